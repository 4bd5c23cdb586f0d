/**
 * The animateur's moderation of the debate: reports, hiding with a reason the author sees, redaction that keeps no
 * copy, and a text that reveals a danger to a child routed at once to the author's référent or the département's
 * duty address (CRIP), journaled, with the author told who will contact them.
 */
@NullMarked
package fr.reperes.participation.moderation;

import org.jspecify.annotations.NullMarked;
