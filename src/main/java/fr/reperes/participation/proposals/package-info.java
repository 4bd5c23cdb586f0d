/**
 * Proposals and the debate on them: a member's drafts and their PDF attachments, publication to the council,
 * comments with one level of answers, supports, reports, and the rule that no text names another young person.
 */
@NullMarked
package fr.reperes.participation.proposals;

import org.jspecify.annotations.NullMarked;
