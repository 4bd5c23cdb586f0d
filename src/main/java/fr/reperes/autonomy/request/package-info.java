/**
 * The contrat jeune majeur: the young person's request, its steps to a decision, its documents and the contract.
 */
@NullMarked
package fr.reperes.autonomy.request;

import org.jspecify.annotations.NullMarked;
