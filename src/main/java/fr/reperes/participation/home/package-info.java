/** A member's council on their home page: its name and the sections every part of the council offers. */
@NullMarked
package fr.reperes.participation.home;

import org.jspecify.annotations.NullMarked;
