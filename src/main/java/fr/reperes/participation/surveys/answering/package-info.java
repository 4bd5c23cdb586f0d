/** A young person's (a parent's) surveys: their list, answering page by page, the resume code, the home panel. */
@NullMarked
package fr.reperes.participation.surveys.answering;

import org.jspecify.annotations.NullMarked;
