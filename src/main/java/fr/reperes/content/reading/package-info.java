/** What a reader reads of the département's content: the livrets, a book, a page and its versions, the search. */
@NullMarked
package fr.reperes.content.reading;

import org.jspecify.annotations.NullMarked;
