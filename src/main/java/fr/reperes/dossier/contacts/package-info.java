/**
 * The people to call: référent, service, placement (unless withheld), and others.
 */
@NullMarked
package fr.reperes.dossier.contacts;

import org.jspecify.annotations.NullMarked;
