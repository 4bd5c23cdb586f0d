/**
 * The PPE: the young person's and the parents' pages, the référent's editor, the PDF, and how versions are written.
 */
@NullMarked
package fr.reperes.dossier.careplan;

import org.jspecify.annotations.NullMarked;
