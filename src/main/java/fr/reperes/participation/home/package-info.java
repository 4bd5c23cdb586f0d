/** A member's council on their home page: the panel and the sections each part of the council offers. */
@NullMarked
package fr.reperes.participation.home;

import org.jspecify.annotations.NullMarked;
