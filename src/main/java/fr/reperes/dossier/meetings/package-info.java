/**
 * Synthèses, hearings and other meetings: the countdown, questions to prepare, the notes and their PDF.
 */
@NullMarked
package fr.reperes.dossier.meetings;

import org.jspecify.annotations.NullMarked;
