/** A whole book on paper, in the reader's chosen language (Arabic laid out right to left), and its download link. */
@NullMarked
package fr.reperes.content.pdf;

import org.jspecify.annotations.NullMarked;
