package fr.reperes.participation.votes;

import fr.reperes.participation.BallotChoice;
import fr.reperes.participation.MajorityRule;
import fr.reperes.participation.VoteKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counting of a closed vote: participation, quorum, and each proposal's counts and decision. */
public record VoteCount(
        VoteKind kind,
        MajorityRule majority,
        int ballots,
        int electorate,
        boolean quorumReached,
        Map<Long, Map<BallotChoice, Integer>> counts) {

    public static VoteCount of(
            VoteKind kind, MajorityRule majority, int quorumPercent, int electorate, int ballots, List<Tally> tallies) {
        Map<Long, Map<BallotChoice, Integer>> counts = new HashMap<>();
        for (Tally tally : tallies) {
            counts.computeIfAbsent(tally.proposalId(), p -> new HashMap<>()).put(tally.choice(), tally.ballots());
        }
        boolean quorum = electorate > 0 && ballots > 0 && 100L * ballots >= (long) quorumPercent * electorate;
        return new VoteCount(kind, majority, ballots, electorate, quorum, counts);
    }

    public int count(long proposalId, BallotChoice choice) {
        return counts.getOrDefault(proposalId, Map.of()).getOrDefault(choice, 0);
    }

    /** For, against: in approval votes a ballot that does not approve counts against. */
    public int forCount(long proposalId) {
        return count(proposalId, kind == VoteKind.APPROVAL ? BallotChoice.APPROVED : BallotChoice.FOR);
    }

    public int againstCount(long proposalId) {
        return kind == VoteKind.APPROVAL
                ? ballots - count(proposalId, BallotChoice.APPROVED)
                : count(proposalId, BallotChoice.AGAINST);
    }

    public int abstainCount(long proposalId) {
        return kind == VoteKind.APPROVAL ? 0 : count(proposalId, BallotChoice.ABSTAIN);
    }

    public boolean adopted(long proposalId) {
        return quorumReached && majority.adopts(forCount(proposalId), againstCount(proposalId), ballots);
    }

    public int participationPercent() {
        return electorate == 0 ? 0 : (int) (100L * ballots / electorate);
    }
}
