/**
 * The référent's caseload and the page of one young person (invitations, replacing an access).
 */
@NullMarked
package fr.reperes.dossier.caseload;

import org.jspecify.annotations.NullMarked;
