/** A member's council on their home page: the shell's home panel and the sections each part of the council adds. */
@NullMarked
package fr.reperes.participation.home;

import org.jspecify.annotations.NullMarked;
