/**
 * The référent's list of 16-21-year-olds with the sorties sèches at risk, and the référent's page for one young
 * person's pathway.
 */
@NullMarked
package fr.reperes.autonomy.caseload;

import org.jspecify.annotations.NullMarked;
