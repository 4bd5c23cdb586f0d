/** A council's sessions as members read them (agenda, place or link, minutes) and the next one on a member's home. */
@NullMarked
package fr.reperes.participation.sessions;

import org.jspecify.annotations.NullMarked;
