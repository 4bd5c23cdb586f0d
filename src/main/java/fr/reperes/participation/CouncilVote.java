package fr.reperes.participation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A council vote as its members see it. {@code hasVoted} comes from the roll ("a voté") and says nothing of the
 * ballot; it is false for anyone who is not a member. {@code canCast}: the viewer is a member who has not cast in
 * this open vote.
 */
public record CouncilVote(
        long id,
        long councilId,
        String title,
        VoteKind kind,
        @Nullable Integer approvalLimit,
        Instant opensAt,
        Instant closesAt,
        int quorumPercent,
        MajorityRule majority,
        VoteState state,
        List<VotedProposal> proposals,
        boolean hasVoted,
        boolean canCast) {

    /**
     * A proposal a vote is on. {@code masked}: the animateur hid it (moderated, or routed as a danger) and the viewer is
     * neither its author nor the animateur, so its title and body are blank and the view says it is hidden.
     */
    public record VotedProposal(long proposalId, String title, String body, boolean masked) {}
}
