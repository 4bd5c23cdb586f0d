/** Secret council votes: the roll, the counters and the receipts kept apart (docs/secret-ballot.md), and their pages. */
@NullMarked
package fr.reperes.participation.votes;

import org.jspecify.annotations.NullMarked;
