/**
 * What the family answers to a PPE or meeting notes, and the référent's inbox of those answers.
 */
@NullMarked
package fr.reperes.dossier.reactions;

import org.jspecify.annotations.NullMarked;
