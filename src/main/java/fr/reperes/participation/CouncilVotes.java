package fr.reperes.participation;

import fr.reperes.access.CouncilInformation;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilVote.VotedProposal;
import fr.reperes.participation.VoteResults.ProposalResult;
import fr.reperes.participation.votes.VoteCount;
import fr.reperes.participation.votes.VoteStore;
import fr.reperes.participation.votes.VoteStore.Cast;
import fr.reperes.participation.votes.VoteStore.StoredProposal;
import fr.reperes.participation.votes.VoteStore.VoteRow;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Secret council votes (docs/secret-ballot.md): the animateur opens them, members cast once during the window, and
 * results (counts, participation, adopted or not) exist for nobody before the close. Casting leaves a roll row ("a
 * voté"), anonymous counter increments and a random receipt, with nothing that ties them together; this class logs
 * nothing, publishes no event and journals no ballot.
 */
@Service
public class CouncilVotes {

    /** How far in the past an opening may be set (the form's minutes): a vote never opens behind members' backs. */
    /** The longest title of a vote (council_vote.title). */
    public static final int MAX_TITLE = 160;

    private static final long NO_COUNCIL = 0L;

    private static final Duration OPENING_SLACK = Duration.ofMinutes(5);

    private final CouncilAccess access;
    private final VoteStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    CouncilVotes(CouncilAccess access, VoteStore store, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A council the viewer runs. */
    public record RunCouncil(long id, String name) {}

    /** The councils of the viewer's département they may run (animateur). */
    public List<RunCouncil> councilsToRun(Viewer viewer) {
        if (viewer.departementId() == null) {
            return List.of();
        }
        return jdbc
                .sql("SELECT id, name FROM council WHERE departement_id = :d ORDER BY name")
                .param("d", viewer.departementId())
                .query((rs, n) -> new RunCouncil(rs.getLong("id"), rs.getString("name")))
                .list()
                .stream()
                .filter(council -> access.decide(viewer, council.id(), CouncilInformation.MANAGEMENT)
                        .allowed())
                .toList();
    }

    /** Published proposals the animateur may put to a vote (not hidden, not in another vote). */
    public List<VotedProposal> proposalsToVote(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        return jdbc.sql("""
                        SELECT id, title, body FROM proposal
                        WHERE council_id = :c AND status = 'PUBLISHED' AND hidden_at IS NULL
                        ORDER BY published_at DESC, id DESC""")
                .param("c", councilId)
                .query((rs, n) ->
                        new VotedProposal(rs.getLong("id"), rs.getString("title"), rs.getString("body"), false))
                .list();
    }

    /** Opens a vote (animateur); its proposals go IN_VOTE. Returns the vote's id. */
    public long open(Viewer viewer, NewVote vote) {
        access.require(viewer, vote.councilId(), CouncilInformation.MANAGEMENT);
        Map<String, String> errors = new HashMap<>();
        Instant now = clock.instant();
        if (vote.title().isBlank() || vote.title().length() > MAX_TITLE) {
            errors.put("title", "council.votes.invalid.title");
        }
        int proposals = vote.proposalIds().size();
        if (proposals == 0 || new HashSet<>(vote.proposalIds()).size() != proposals) {
            errors.put("proposals", "council.votes.invalid.proposals");
        }
        Integer limit = vote.approvalLimit();
        if (vote.kind() == VoteKind.APPROVAL) {
            if (proposals < 2) {
                errors.put("proposals", "council.votes.invalid.approval-proposals");
            }
            if (limit == null || limit < 1 || limit > proposals) {
                errors.put("approvalLimit", "council.votes.invalid.approval-limit");
            }
        } else if (limit != null) {
            errors.put("approvalLimit", "council.votes.invalid.approval-limit");
        }
        if (vote.opensAt().isBefore(now.minus(OPENING_SLACK))) {
            errors.put("opensAt", "council.votes.invalid.opens-in-past");
        }
        if (!vote.closesAt().isAfter(vote.opensAt())) {
            errors.put("closesAt", "council.votes.invalid.closes-before-opening");
        }
        if (vote.quorumPercent() < 0 || vote.quorumPercent() > 100) {
            errors.put("quorum", "council.votes.invalid.quorum");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return store.open(vote, now);
    }

    /** The council's votes, newest first, each with whether the viewer is on its roll. Closes those due. */
    public List<CouncilVote> votes(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        Instant now = clock.instant();
        List<VoteRow> rows = store.votesOf(councilId);
        boolean closedSome = false;
        for (VoteRow row : rows) {
            if (row.closedAt() == null && !now.isBefore(row.closesAt())) {
                store.closeIfDue(row.id(), now);
                closedSome = true;
            }
        }
        if (closedSome) {
            rows = store.votesOf(councilId);
        }
        List<Long> ids = rows.stream().map(VoteRow::id).toList();
        Map<Long, List<StoredProposal>> proposals = store.proposalsOf(ids);
        Optional<Long> mandate = takingPart(viewer, councilId);
        Reader reader = reader(viewer, councilId, mandate);
        Set<Long> voted = mandate.map(m -> store.votedIn(m, ids)).orElse(Set.of());
        return rows.stream()
                .map(row -> vote(
                        row,
                        reader.shown(proposals.getOrDefault(row.id(), List.of())),
                        voted.contains(row.id()),
                        mandate.isPresent(),
                        now))
                .toList();
    }

    /** One vote of the council, with whether the viewer is on its roll. Closes it if due. */
    public CouncilVote vote(Viewer viewer, long councilId, long voteId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        VoteRow row = due(viewer, councilId, voteId);
        Optional<Long> mandate = takingPart(viewer, councilId);
        boolean voted =
                mandate.map(m -> !store.votedIn(m, List.of(voteId)).isEmpty()).orElse(false);
        return vote(
                row,
                reader(viewer, councilId, mandate)
                        .shown(store.proposalsOf(List.of(voteId)).getOrDefault(voteId, List.of())),
                voted,
                mandate.isPresent(),
                clock.instant());
    }

    /**
     * Casts the member's ballot, once: every proposal answered (for, against or abstain), or in an approval vote the
     * approved proposals only, at most the limit (none is a blank ballot). Returns the receipt code, shown once.
     */
    public String cast(Viewer viewer, long councilId, long voteId, Map<Long, BallotChoice> answers) {
        long mandate = access.requireMandate(viewer, councilId);
        VoteRow row = inCouncil(viewer, councilId, voteId, CouncilInformation.TAKING_PART);
        Set<Long> proposals = new HashSet<>(store.proposalsOf(List.of(voteId)).getOrDefault(voteId, List.of()).stream()
                .map(StoredProposal::proposalId)
                .toList());
        boolean valid = proposals.containsAll(answers.keySet());
        if (row.kind() == VoteKind.APPROVAL) {
            valid &= answers.values().stream().allMatch(choice -> choice == BallotChoice.APPROVED)
                    && answers.size() <= Objects.requireNonNull(row.approvalLimit());
        } else {
            valid &= answers.keySet().equals(proposals)
                    && answers.values().stream().noneMatch(choice -> choice == BallotChoice.APPROVED);
        }
        if (!valid) {
            throw new InvalidInputException(Map.of(
                    "ballot",
                    row.kind() == VoteKind.APPROVAL
                            ? "council.votes.refused.approval-limit"
                            : "council.votes.refused.incomplete"));
        }
        Cast cast = store.cast(voteId, mandate, answers, clock.instant());
        String receipt = cast.receipt();
        if (receipt == null) {
            throw new InvalidInputException(Map.of(
                    "ballot",
                    switch (Objects.requireNonNull(cast.refusal())) {
                        case BEFORE_OPENING -> "council.votes.refused.before-opening";
                        case AFTER_CLOSING -> "council.votes.refused.after-closing";
                        case ALREADY_VOTED -> "council.votes.refused.already-voted";
                        case NOT_IN_ELECTORATE -> "council.votes.refused.not-in-electorate";
                    }));
        }
        return receipt;
    }

    /** A closed vote's results, for its members and the animateur; nobody has them before the close. */
    public VoteResults results(Viewer viewer, long councilId, long voteId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        VoteRow row = closed(viewer, councilId, voteId);
        VoteCount count = VoteCount.of(
                row.kind(),
                row.majority(),
                row.quorumPercent(),
                Objects.requireNonNullElse(row.electorate(), 0),
                store.rollSize(voteId),
                store.tallies(voteId));
        Reader reader = reader(viewer, councilId, takingPart(viewer, councilId));
        List<ProposalResult> proposals =
                reader.shown(store.proposalsOf(List.of(voteId)).getOrDefault(voteId, List.of())).stream()
                        .map(p -> new ProposalResult(
                                p.proposalId(),
                                p.title(),
                                p.masked(),
                                count.forCount(p.proposalId()),
                                count.againstCount(p.proposalId()),
                                count.abstainCount(p.proposalId()),
                                count.adopted(p.proposalId())))
                        .toList();
        return new VoteResults(
                voteId,
                row.kind(),
                count.ballots(),
                count.electorate(),
                count.participationPercent(),
                count.quorumReached(),
                proposals);
    }

    /** The receipts of the counted ballots of a closed vote, alphabetically; codes only. */
    public List<String> countedReceipts(Viewer viewer, long councilId, long voteId) {
        access.require(viewer, councilId, CouncilInformation.COUNCIL);
        closed(viewer, councilId, voteId);
        return store.receipts(voteId);
    }

    /**
     * How many members have cast so far in each of the council's open votes (animateur): a count, never who, never
     * what. One query for all the votes.
     */
    public Map<Long, Integer> participationSoFar(Viewer viewer, long councilId) {
        access.require(viewer, councilId, CouncilInformation.MANAGEMENT);
        Instant now = clock.instant();
        List<Long> open = store.votesOf(councilId).stream()
                .filter(row -> row.closedAt() == null && !now.isBefore(row.opensAt()) && now.isBefore(row.closesAt()))
                .map(VoteRow::id)
                .toList();
        return store.rollSizes(open);
    }

    /** Closes every vote whose window is over, on every instance; the conditional UPDATE closes each once. */
    @Scheduled(fixedDelayString = "${reperes.votes.closing.every:PT1M}", initialDelayString = "PT1M")
    void closeDue() {
        Instant now = clock.instant();
        store.due(now).forEach(voteId -> store.closeIfDue(voteId, now));
    }

    private VoteRow closed(Viewer viewer, long councilId, long voteId) {
        VoteRow row = due(viewer, councilId, voteId);
        if (row.closedAt() == null) {
            throw new ResultsNotPublishedException();
        }
        return row;
    }

    /** The vote, closed first if its window is over. */
    private VoteRow due(Viewer viewer, long councilId, long voteId) {
        VoteRow row = inCouncil(viewer, councilId, voteId, CouncilInformation.COUNCIL);
        Instant now = clock.instant();
        if (row.closedAt() == null && !now.isBefore(row.closesAt())) {
            store.closeIfDue(voteId, now);
            return inCouncil(viewer, councilId, voteId, CouncilInformation.COUNCIL);
        }
        return row;
    }

    /**
     * A vote id of another council, or one that names nothing, is refused as a council id that names nothing is
     * (CouncilAccess refuses the council id 0, which no council has): trying ids tells nothing.
     */
    private VoteRow inCouncil(Viewer viewer, long councilId, long voteId, CouncilInformation information) {
        Optional<VoteRow> row = store.vote(voteId).filter(vote -> vote.councilId() == councilId);
        if (row.isEmpty()) {
            access.require(viewer, NO_COUNCIL, information);
            throw new IllegalStateException("CouncilAccess granted a council that does not exist");
        }
        return row.get();
    }

    /**
     * Who reads a vote's proposals: the animateur (the policy's MANAGEMENT) and a proposal's author (by person, so that
     * a renewed mandate still writes the same proposals) read a hidden one; anyone else reads that it is hidden. A text
     * routed as a danger is its author's and the professional's: the animateur reads that it is hidden, like the
     * council.
     */
    private Reader reader(Viewer viewer, long councilId, Optional<Long> mandate) {
        return new Reader(
                access.decide(viewer, councilId, CouncilInformation.MANAGEMENT).allowed(),
                mandate.map(store::memberKey).orElse(null));
    }

    private record Reader(boolean moderator, @Nullable String memberKey) {
        List<VotedProposal> shown(List<StoredProposal> proposals) {
            return proposals.stream()
                    .map(p -> !p.hidden()
                                    || moderator && !p.routed()
                                    || p.authorKey().equals(memberKey)
                            ? new VotedProposal(p.proposalId(), p.title(), p.body(), false)
                            : new VotedProposal(p.proposalId(), "", "", true))
                    .toList();
        }
    }

    /** The viewer's mandate when the policy lets them take part in the council's acts. */
    private Optional<Long> takingPart(Viewer viewer, long councilId) {
        return access.decide(viewer, councilId, CouncilInformation.TAKING_PART).allowed()
                ? access.activeMandate(viewer, councilId)
                : Optional.empty();
    }

    private static CouncilVote vote(
            VoteRow row, List<VotedProposal> proposals, boolean voted, boolean member, Instant now) {
        VoteState state = row.closedAt() != null || !now.isBefore(row.closesAt())
                ? VoteState.CLOSED
                : now.isBefore(row.opensAt()) ? VoteState.UPCOMING : VoteState.OPEN;
        return new CouncilVote(
                row.id(),
                row.councilId(),
                row.title(),
                row.kind(),
                row.approvalLimit(),
                row.opensAt(),
                row.closesAt(),
                row.quorumPercent(),
                row.majority(),
                state,
                proposals,
                voted,
                member && !voted && state == VoteState.OPEN);
    }
}
