/**
 * A page of content as every reader sees it, the same component for the reader, the editor's preview and the search.
 */
@NullMarked
package fr.reperes.content.pages;

import org.jspecify.annotations.NullMarked;
