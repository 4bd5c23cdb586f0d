/**
 * The judge's anonymity order: the placement's secrets, the filter of what parents read, the rechecks and the texts
 * withheld for the référent to review.
 */
@NullMarked
package fr.reperes.dossier.anonymity;

import org.jspecify.annotations.NullMarked;
