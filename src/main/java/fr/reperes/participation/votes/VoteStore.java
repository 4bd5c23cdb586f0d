package fr.reperes.participation.votes;

import fr.reperes.participation.BallotChoice;
import fr.reperes.participation.MajorityRule;
import fr.reperes.participation.NewVote;
import fr.reperes.participation.VoteKind;
import fr.reperes.platform.InvalidInputException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads council votes without checking who asks (the service did). The casting transaction inserts the
 * roll row and increments the counters and inserts a random receipt, and nothing else: no log line, no event, no
 * audit entry, no timestamp (docs/secret-ballot.md). Never add logging to this class.
 */
@Component
public class VoteStore {

    /** Receipt code alphabet: no 0/O, 1/I/L, so that a code read aloud or copied by hand stays right. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int ATTEMPTS = 8;

    /**
     * The person a mandate is held by, as the roll keys it: 'Y:' and the young person's id, or 'P:' and the parent's.
     * A person has one key whatever their mandates (renewed, ended and taken back), so one ballot per vote.
     */
    private static final String MEMBER_KEY =
            "CONCAT(IF(m.young_person_id IS NULL, 'P:', 'Y:'), COALESCE(m.young_person_id, m.parent_id))";

    /** A mandate active on day :d (council_mandate m). */
    private static final String ACTIVE_ON_OPENING_DAY =
            "m.starts_on <= :d AND :d <= m.ends_on AND (m.resigned_on IS NULL OR m.resigned_on > :d)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    public VoteStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.zone = clock.getZone();
    }

    /** A vote as stored. */
    public record VoteRow(
            long id,
            long councilId,
            String title,
            VoteKind kind,
            @Nullable Integer approvalLimit,
            Instant opensAt,
            Instant closesAt,
            int quorumPercent,
            MajorityRule majority,
            @Nullable Instant closedAt,
            @Nullable Integer electorate) {}

    /** Why a ballot was not taken. */
    public enum CastRefusal {
        BEFORE_OPENING,
        AFTER_CLOSING,
        ALREADY_VOTED,
        NOT_IN_ELECTORATE
    }

    /** Creates the vote, its zeroed counters, and moves its proposals from PUBLISHED to IN_VOTE, all or nothing. */
    public long open(NewVote vote, Instant now) {
        return Objects.requireNonNull(transaction.execute(status -> {
            // The council's row, as CouncilMembers.endMandate takes it: a mandate is not ended while a vote opens.
            jdbc.sql("SELECT id FROM council WHERE id = :id FOR UPDATE")
                    .param("id", vote.councilId())
                    .query(Long.class)
                    .single();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO council_vote (council_id, title, kind, approval_limit, opens_at, closes_at,
                                                      quorum_percent, majority, created_at)
                            VALUES (:councilId, :title, :kind, :approvalLimit, :opensAt, :closesAt,
                                    :quorum, :majority, :now)""")
                    .param("councilId", vote.councilId())
                    .param("title", vote.title())
                    .param("kind", vote.kind().name())
                    .param("approvalLimit", vote.approvalLimit())
                    .param("opensAt", Timestamp.from(vote.opensAt()))
                    .param("closesAt", Timestamp.from(vote.closesAt()))
                    .param("quorum", vote.quorumPercent())
                    .param("majority", vote.majority().name())
                    .param("now", Timestamp.from(now))
                    .update(key);
            long voteId = Objects.requireNonNull(key.getKey()).longValue();
            int position = 0;
            for (long proposalId : vote.proposalIds()) {
                int moved = jdbc.sql("""
                                UPDATE proposal SET status = 'IN_VOTE'
                                WHERE id = :id AND council_id = :councilId AND status = 'PUBLISHED'
                                  AND hidden_at IS NULL""")
                        .param("id", proposalId)
                        .param("councilId", vote.councilId())
                        .update();
                if (moved != 1) {
                    status.setRollbackOnly();
                    throw new InvalidInputException(Map.of("proposals", "council.votes.invalid.proposals"));
                }
                jdbc.sql("INSERT INTO council_vote_proposal (vote_id, proposal_id, position) VALUES (:v, :p, :n)")
                        .param("v", voteId)
                        .param("p", proposalId)
                        .param("n", position++)
                        .update();
                List<BallotChoice> choices = vote.kind() == VoteKind.APPROVAL
                        ? List.of(BallotChoice.APPROVED)
                        : List.of(BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.ABSTAIN);
                for (BallotChoice choice : choices) {
                    jdbc.sql("""
                                    INSERT INTO council_vote_tally (vote_id, proposal_id, choice, ballots)
                                    VALUES (:v, :p, :c, 0)""")
                            .param("v", voteId)
                            .param("p", proposalId)
                            .param("c", choice.name())
                            .update();
                }
            }
            return voteId;
        }));
    }

    public Optional<VoteRow> vote(long voteId) {
        return jdbc.sql("SELECT * FROM council_vote WHERE id = :id")
                .param("id", voteId)
                .query(VoteStore::row)
                .optional();
    }

    /** The council's votes, newest window first. */
    public List<VoteRow> votesOf(long councilId) {
        return jdbc.sql("SELECT * FROM council_vote WHERE council_id = :c ORDER BY closes_at DESC, id DESC")
                .param("c", councilId)
                .query(VoteStore::row)
                .list();
    }

    /**
     * A proposal of a vote as stored, with whether the animateur hid it (moderated or routed as a danger) and who wrote
     * it (the author's person key): the service blanks a hidden one for anyone but its author and the animateur.
     */
    public record StoredProposal(
            long proposalId, String title, String body, boolean hidden, boolean routed, String authorKey) {}

    /** The proposals of the given votes, in each vote's order, in one query. */
    public Map<Long, List<StoredProposal>> proposalsOf(Collection<Long> voteIds) {
        Map<Long, List<StoredProposal>> proposals = new HashMap<>();
        if (voteIds.isEmpty()) {
            return proposals;
        }
        jdbc.sql("SELECT vp.vote_id, p.id, p.title, p.body, p.hidden_at IS NOT NULL AS hidden, "
                        + "EXISTS (SELECT 1 FROM council_danger_routing r WHERE r.proposal_id = p.id) AS routed, "
                        + MEMBER_KEY
                        + " AS author FROM council_vote_proposal vp JOIN proposal p ON p.id = vp.proposal_id"
                        + " JOIN council_mandate m ON m.id = p.author_mandate_id"
                        + " WHERE vp.vote_id IN (:votes) ORDER BY vp.vote_id, vp.position")
                .param("votes", voteIds)
                .query(rs -> {
                    proposals
                            .computeIfAbsent(rs.getLong("vote_id"), v -> new ArrayList<>())
                            .add(new StoredProposal(
                                    rs.getLong("id"),
                                    rs.getString("title"),
                                    rs.getString("body"),
                                    rs.getBoolean("hidden"),
                                    rs.getBoolean("routed"),
                                    rs.getString("author")));
                });
        return proposals;
    }

    /** The person key (see the roll) of a mandate's holder. */
    public String memberKey(long mandateId) {
        return jdbc.sql("SELECT " + MEMBER_KEY + " FROM council_mandate m WHERE m.id = :m")
                .param("m", mandateId)
                .query(String.class)
                .single();
    }

    /** Of the given votes, those the holder of the mandate (the person, whatever their mandate) is on the roll of. */
    public Set<Long> votedIn(long mandateId, Collection<Long> voteIds) {
        if (voteIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("SELECT vote_id FROM council_vote_roll WHERE vote_id IN (:votes) AND member_key = "
                                + "(SELECT " + MEMBER_KEY + " FROM council_mandate m WHERE m.id = :m)")
                        .param("m", mandateId)
                        .param("votes", voteIds)
                        .query(Long.class)
                        .list());
    }

    /** How many members are on the roll: the ballots cast. */
    public int rollSize(long voteId) {
        return jdbc.sql("SELECT COUNT(*) FROM council_vote_roll WHERE vote_id = :v")
                .param("v", voteId)
                .query(Integer.class)
                .single();
    }

    /** The roll sizes of the given votes, in one query (votes nobody cast in are absent). */
    public Map<Long, Integer> rollSizes(Collection<Long> voteIds) {
        Map<Long, Integer> sizes = new HashMap<>();
        if (voteIds.isEmpty()) {
            return sizes;
        }
        jdbc.sql("SELECT vote_id, COUNT(*) FROM council_vote_roll WHERE vote_id IN (:votes) GROUP BY vote_id")
                .param("votes", voteIds)
                .query(rs -> {
                    sizes.put(rs.getLong(1), rs.getInt(2));
                });
        return sizes;
    }

    public List<Tally> tallies(long voteId) {
        return jdbc.sql("SELECT proposal_id, choice, ballots FROM council_vote_tally WHERE vote_id = :v")
                .param("v", voteId)
                .query((rs, n) -> new Tally(
                        rs.getLong("proposal_id"), BallotChoice.valueOf(rs.getString("choice")), rs.getInt("ballots")))
                .list();
    }

    /** The receipts of the counted ballots, in alphabetical order (the order they were cast in is kept nowhere). */
    public List<String> receipts(long voteId) {
        return jdbc.sql("SELECT code FROM council_vote_receipt WHERE vote_id = :v ORDER BY code")
                .param("v", voteId)
                .query(String.class)
                .list();
    }

    /**
     * Casts one ballot under {@code mandateId}: the roll row (keyed on the mandate's holder, not the mandate, so once
     * per person and vote), one increment per
     * answer, and a random receipt, in one transaction; returns the receipt code, or the refusal. A transaction lost
     * to a lock conflict is retried whole; nothing of it was kept.
     */
    public Cast cast(long voteId, long mandateId, Map<Long, BallotChoice> answers, Instant now) {
        PessimisticLockingFailureException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Objects.requireNonNull(transaction.execute(status -> castOnce(voteId, mandateId, answers, now)));
            } catch (DuplicateKeyException onTheRoll) {
                return Cast.refused(CastRefusal.ALREADY_VOTED);
            } catch (PessimisticLockingFailureException lost) {
                last = lost;
            }
        }
        throw Objects.requireNonNull(last);
    }

    /** The receipt of a ballot taken, or why it was not. */
    public record Cast(@Nullable String receipt, @Nullable CastRefusal refusal) {
        static Cast refused(CastRefusal refusal) {
            return new Cast(null, refusal);
        }
    }

    private Cast castOnce(long voteId, long mandateId, Map<Long, BallotChoice> answers, Instant now) {
        // A shared lock on the vote: ballots go in side by side, and the closing UPDATE waits for those in flight.
        VoteRow vote = jdbc.sql("SELECT * FROM council_vote WHERE id = :id LOCK IN SHARE MODE")
                .param("id", voteId)
                .query(VoteStore::row)
                .single();
        if (now.isBefore(vote.opensAt())) {
            return Cast.refused(CastRefusal.BEFORE_OPENING);
        }
        if (vote.closedAt() != null || !now.isBefore(vote.closesAt())) {
            return Cast.refused(CastRefusal.AFTER_CLOSING);
        }
        String member = memberKey(mandateId);
        if (!inElectorate(vote, member)) {
            return Cast.refused(CastRefusal.NOT_IN_ELECTORATE);
        }
        jdbc.sql("INSERT INTO council_vote_roll (vote_id, member_key) VALUES (:v, :k)")
                .param("v", voteId)
                .param("k", member)
                .update();
        // Counters in one fixed order, so that concurrent ballots never wait on each other in a circle.
        for (Map.Entry<Long, BallotChoice> answer : new TreeMap<>(answers).entrySet()) {
            int counted = jdbc.sql("""
                            UPDATE council_vote_tally SET ballots = ballots + 1
                            WHERE vote_id = :v AND proposal_id = :p AND choice = :c""")
                    .param("v", voteId)
                    .param("p", answer.getKey())
                    .param("c", answer.getValue().name())
                    .update();
            if (counted != 1) {
                throw new IllegalStateException("A ballot answered outside its vote");
            }
        }
        while (true) {
            String code = receiptCode();
            try {
                jdbc.sql("INSERT INTO council_vote_receipt (vote_id, code) VALUES (:v, :c)")
                        .param("v", voteId)
                        .param("c", code)
                        .update();
                return new Cast(code, null);
            } catch (DuplicateKeyException sameCode) {
                // One chance in 31^12: draw again. MariaDB keeps the transaction open after a duplicate key.
            }
        }
    }

    /** Whether the person held a mandate of the vote's council active on its opening day (any of their mandates). */
    private boolean inElectorate(VoteRow vote, String member) {
        return jdbc.sql("SELECT COUNT(*) FROM council_mandate m WHERE m.council_id = :c AND " + MEMBER_KEY
                                + " = :k AND " + ACTIVE_ON_OPENING_DAY)
                        .param("k", member)
                        .param("c", vote.councilId())
                        .param("d", openingDay(vote))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * People (not mandates: two mandates of one person count once) with a mandate active on the vote's opening day,
     * in the département's zone.
     */
    private Set<String> electorate(VoteRow vote) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT " + MEMBER_KEY
                        + " FROM council_mandate m WHERE m.council_id = :c" + " AND " + ACTIVE_ON_OPENING_DAY)
                .param("c", vote.councilId())
                .param("d", openingDay(vote))
                .query(String.class)
                .list());
    }

    private LocalDate openingDay(VoteRow vote) {
        return LocalDate.ofInstant(vote.opensAt(), zone);
    }

    /** Votes whose window is over and that nobody closed yet. */
    public List<Long> due(Instant now) {
        return jdbc.sql("SELECT id FROM council_vote WHERE closed_at IS NULL AND closes_at <= :now")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /**
     * Closes the vote if its window is over and nobody closed it yet: one conditional UPDATE decides which caller (of
     * any instance) closes it; that caller counts and decides each proposal, in the same transaction. Returns whether
     * this call closed it.
     */
    public boolean closeIfDue(long voteId, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            VoteRow vote = vote(voteId).orElseThrow();
            if (vote.closedAt() != null || now.isBefore(vote.closesAt())) {
                return false;
            }
            int closed = jdbc.sql("""
                            UPDATE council_vote SET closed_at = :now
                            WHERE id = :id AND closed_at IS NULL AND closes_at <= :now""")
                    .param("now", Timestamp.from(now))
                    .param("id", voteId)
                    .update();
            if (closed != 1) {
                return false;
            }
            // Locking reads: they see every ballot committed while the UPDATE waited for the casts in flight, where
            // this transaction's snapshot (taken by its first read, before the UPDATE) would not.
            List<String> roll = jdbc.sql(
                            "SELECT member_key FROM council_vote_roll WHERE vote_id = :v LOCK IN SHARE MODE")
                    .param("v", voteId)
                    .query(String.class)
                    .list();
            int ballots = roll.size();
            // Whoever cast was a member of the electorate when they did, even if they resigned later on the opening
            // day: the electorate holds them, so that participation never exceeds 100 %.
            Set<String> people = electorate(vote);
            people.addAll(roll);
            int electorate = people.size();
            jdbc.sql("UPDATE council_vote SET electorate = :electorate WHERE id = :id")
                    .param("electorate", electorate)
                    .param("id", voteId)
                    .update();
            List<Tally> tallies = jdbc.sql("""
                            SELECT proposal_id, choice, ballots FROM council_vote_tally WHERE vote_id = :v
                            LOCK IN SHARE MODE""")
                    .param("v", voteId)
                    .query((rs, n) -> new Tally(
                            rs.getLong("proposal_id"),
                            BallotChoice.valueOf(rs.getString("choice")),
                            rs.getInt("ballots")))
                    .list();
            VoteCount count =
                    VoteCount.of(vote.kind(), vote.majority(), vote.quorumPercent(), electorate, ballots, tallies);
            // A proposal the animateur hid during the vote (moderated, or routed as a danger) is not adopted,
            // whatever its count: the département must not answer a text the council may no longer read.
            for (StoredProposal proposal : proposalsOf(List.of(voteId)).getOrDefault(voteId, List.of())) {
                jdbc.sql("""
                                UPDATE proposal SET status = :status, decided_at = :now
                                WHERE id = :id AND status = 'IN_VOTE'""")
                        .param(
                                "status",
                                count.adopted(proposal.proposalId()) && !proposal.hidden() ? "ADOPTED" : "REJECTED")
                        .param("now", Timestamp.from(now))
                        .param("id", proposal.proposalId())
                        .update();
            }
            return true;
        }));
    }

    private String receiptCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    private static VoteRow row(ResultSet rs, int n) throws SQLException {
        int limit = rs.getInt("approval_limit");
        Integer approvalLimit = rs.wasNull() ? null : limit;
        int size = rs.getInt("electorate");
        Integer electorate = rs.wasNull() ? null : size;
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new VoteRow(
                rs.getLong("id"),
                rs.getLong("council_id"),
                rs.getString("title"),
                VoteKind.valueOf(rs.getString("kind")),
                approvalLimit,
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                rs.getInt("quorum_percent"),
                MajorityRule.valueOf(rs.getString("majority")),
                closedAt == null ? null : closedAt.toInstant(),
                electorate);
    }
}
