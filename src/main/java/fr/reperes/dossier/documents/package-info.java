/**
 * Documents shared with the family, the référent's uploads, and the PDF writer the dossier's PDFs share.
 */
@NullMarked
package fr.reperes.dossier.documents;

import org.jspecify.annotations.NullMarked;
