/**
 * The measures (placement, AEMO...) with their legal basis, as a timeline.
 */
@NullMarked
package fr.reperes.dossier.measures;

import org.jspecify.annotations.NullMarked;
