/** The département's answers to the proposals a council adopted: the answer, its progress, and who waits for it. */
@NullMarked
package fr.reperes.participation.answers;

import org.jspecify.annotations.NullMarked;
