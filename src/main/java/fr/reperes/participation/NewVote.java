package fr.reperes.participation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A vote the animateur opens: on published proposals of the council, for a window, with a quorum (minimum share of
 * the members, in percent) and a majority rule. {@code approvalLimit} is set for {@link VoteKind#APPROVAL} only.
 */
public record NewVote(
        long councilId,
        String title,
        VoteKind kind,
        List<Long> proposalIds,
        @Nullable Integer approvalLimit,
        Instant opensAt,
        Instant closesAt,
        int quorumPercent,
        MajorityRule majority) {

    public NewVote {
        proposalIds = List.copyOf(proposalIds);
    }
}
