/** The member's council on their home: the panel and the sections each part of the council offers it. */
@NullMarked
package fr.reperes.participation.home;

import org.jspecify.annotations.NullMarked;
