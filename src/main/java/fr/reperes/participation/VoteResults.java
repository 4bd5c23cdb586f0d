package fr.reperes.participation;

import java.util.List;

/**
 * A closed vote's results: ballots cast (the roll's size), the electorate (members whose mandate was active on the
 * opening day), participation in whole percent, whether the quorum was reached, and each proposal's counts.
 */
public record VoteResults(
        long voteId,
        VoteKind kind,
        int ballots,
        int electorate,
        int participationPercent,
        boolean quorumReached,
        List<ProposalResult> proposals) {

    /**
     * Counts on one proposal: for, against, abstain (approval votes: approvals in {@code forCount}). {@code masked}: a
     * hidden proposal's title is blank for anyone but its author and the animateur.
     */
    public record ProposalResult(
            long proposalId,
            String title,
            boolean masked,
            int forCount,
            int againstCount,
            int abstainCount,
            boolean adopted) {}
}
