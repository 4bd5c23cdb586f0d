/** Closing surveys at the end of their last day, and what the close removes from their answers. */
@NullMarked
package fr.reperes.participation.closing;

import org.jspecify.annotations.NullMarked;
