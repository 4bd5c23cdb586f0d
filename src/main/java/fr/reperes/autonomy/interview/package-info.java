/**
 * The entretien des 17 ans as the pathway shows it.
 */
@NullMarked
package fr.reperes.autonomy.interview;

import org.jspecify.annotations.NullMarked;
