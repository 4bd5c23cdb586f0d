/**
 * The ADMIN's pages for writing the département's content: its books, a book's pages with where each language
 * stands, and a page's editor with its phone-width preview and history. The service decides who may.
 */
@NullMarked
package fr.reperes.content.editing;

import org.jspecify.annotations.NullMarked;
