/**
 * The rights cards chosen by measure and age.
 */
@NullMarked
package fr.reperes.dossier.rights;

import org.jspecify.annotations.NullMarked;
