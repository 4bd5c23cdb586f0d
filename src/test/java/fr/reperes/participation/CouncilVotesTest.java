package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.VoteFixture.TestClock;
import fr.reperes.participation.votes.VoteStore;
import fr.reperes.platform.InvalidInputException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of a council vote on a council of its own, with a clock the test moves: the window at its boundaries,
 * results hidden before the close from everyone, quorum and majorities, the approval limit, who may cast, and a close
 * that happens once however many ask at the same time.
 */
@IntegrationTest
class CouncilVotesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilAccess access;

    @Autowired
    VoteStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private TestClock clock;
    private CouncilVotes votes;
    private Instant opens;
    private Instant closes;

    @BeforeEach
    void clock() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock = new TestClock(now, context.getBean(Clock.class).getZone());
        votes = new CouncilVotes(access, store, jdbc, clock);
        opens = now.plus(Duration.ofHours(1));
        closes = opens.plus(Duration.ofDays(2));
    }

    private NewVote forAgainst(VoteFixture council, List<Long> proposals, int quorum, MajorityRule majority) {
        return new NewVote(
                council.councilId,
                "Vote du conseil",
                VoteKind.FOR_AGAINST_ABSTAIN,
                proposals,
                null,
                opens,
                closes,
                quorum,
                majority);
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException refused) {
            return refused.fieldErrors().values().iterator().next();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void membersCastOnlyInsideTheWindowFromOpeningToJustBeforeClosing() {
        VoteFixture council = new VoteFixture(context, 4);
        long proposal = council.proposal("Wifi dans les foyers");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(proposal), 0, MajorityRule.SIMPLE));
        assertThat(council.status(proposal)).isEqualTo(ProposalStatus.IN_VOTE);
        Map<Long, BallotChoice> yes = Map.of(proposal, BallotChoice.FOR);

        clock.set(opens.minusSeconds(1));
        assertThat(refusal(() -> votes.cast(council.members.get(0), council.councilId, vote, yes)))
                .isEqualTo("council.votes.refused.before-opening");
        assertThat(votes.vote(council.members.get(0), council.councilId, vote).state())
                .isEqualTo(VoteState.UPCOMING);

        clock.set(opens);
        assertThat(votes.cast(council.members.get(0), council.councilId, vote, yes))
                .matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(votes.vote(council.members.get(0), council.councilId, vote).hasVoted())
                .isTrue();
        assertThat(votes.vote(council.members.get(1), council.councilId, vote).hasVoted())
                .isFalse();

        clock.set(closes.minusMillis(1));
        votes.cast(council.members.get(1), council.councilId, vote, yes);

        clock.set(closes);
        assertThat(refusal(() -> votes.cast(council.members.get(2), council.councilId, vote, yes)))
                .isEqualTo("council.votes.refused.after-closing");
        clock.set(closes.plusSeconds(1));
        assertThat(refusal(() -> votes.cast(council.members.get(3), council.councilId, vote, yes)))
                .isEqualTo("council.votes.refused.after-closing");

        VoteResults results = votes.results(council.members.get(3), council.councilId, vote);
        assertThat(results.ballots()).isEqualTo(2);
        assertThat(results.electorate()).isEqualTo(4);
        assertThat(results.participationPercent()).isEqualTo(50);
        assertThat(results.proposals().getFirst().forCount()).isEqualTo(2);
        assertThat(results.proposals().getFirst().adopted()).isTrue();
        assertThat(council.status(proposal)).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(jdbc.sql("SELECT decided_at FROM proposal WHERE id = :id")
                        .param("id", proposal)
                        .query(Instant.class)
                        .single())
                .isEqualTo(closes.plusSeconds(1));
    }

    @Test
    void aMemberCastsOnceAndTheSecondBallotIsRefusedWithoutCounting() {
        VoteFixture council = new VoteFixture(context, 2);
        long proposal = council.proposal("Sortie au musée");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(proposal), 0, MajorityRule.SIMPLE));
        clock.set(opens);
        votes.cast(council.members.get(0), council.councilId, vote, Map.of(proposal, BallotChoice.AGAINST));
        assertThat(refusal(() -> votes.cast(
                        council.members.get(0), council.councilId, vote, Map.of(proposal, BallotChoice.FOR))))
                .isEqualTo("council.votes.refused.already-voted");
        clock.set(closes);
        VoteResults results = votes.results(council.animateur, council.councilId, vote);
        assertThat(results.ballots()).isEqualTo(1);
        assertThat(results.proposals().getFirst().againstCount()).isEqualTo(1);
        assertThat(results.proposals().getFirst().forCount()).isZero();
        assertThat(votes.countedReceipts(council.members.get(1), council.councilId, vote))
                .hasSize(1);
    }

    /** Every path to results, for every role that may read the council, the animateur included: none before the close. */
    @Test
    void resultsAndReceiptsExistForNobodyBeforeTheClose() {
        VoteFixture council = new VoteFixture(context, 3);
        long proposal = council.proposal("Un local pour le conseil");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(proposal), 0, MajorityRule.SIMPLE));
        List<Consumer<Viewer>> results = List.of(
                viewer -> votes.results(viewer, council.councilId, vote),
                viewer -> votes.countedReceipts(viewer, council.councilId, vote));
        List<Viewer> readers = new ArrayList<>(council.members);
        readers.add(council.animateur);
        for (Instant at : List.of(opens.minusSeconds(1), opens, closes.minusMillis(1))) {
            clock.set(at);
            if (at.equals(opens)) {
                votes.cast(council.members.get(0), council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
            }
            for (Viewer reader : readers) {
                for (Consumer<Viewer> result : results) {
                    assertThatThrownBy(() -> result.accept(reader))
                            .as("%s at %s", reader.displayName(), at)
                            .isInstanceOf(ResultsNotPublishedException.class);
                }
            }
            assertThat(council.status(proposal)).isEqualTo(ProposalStatus.IN_VOTE);
        }
        // Those who may not read the council are refused before anything is said about the vote, closed or not.
        clock.set(closes);
        for (Viewer outsider : List.of(council.nonMember, council.referent, council.parent, council.observatoire)) {
            for (Consumer<Viewer> result : results) {
                assertThatThrownBy(() -> result.accept(outsider)).isInstanceOf(AccessRefusedException.class);
            }
        }
        for (Viewer reader : readers) {
            assertThat(votes.results(reader, council.councilId, vote).ballots()).isEqualTo(1);
        }
    }

    @Test
    void onlyMembersCastAndOnlyTheAnimateurOpensOrCountsParticipation() {
        VoteFixture council = new VoteFixture(context, 2);
        long proposal = council.proposal("Des ateliers cuisine");
        NewVote newVote = forAgainst(council, List.of(proposal), 0, MajorityRule.SIMPLE);
        for (Viewer notAnimateur : List.of(
                council.members.get(0), council.nonMember, council.referent, council.parent, council.observatoire)) {
            assertThatThrownBy(() -> votes.open(notAnimateur, newVote)).isInstanceOf(AccessRefusedException.class);
        }
        long vote = votes.open(council.animateur, newVote);
        clock.set(opens);
        for (Viewer outsider : council.outsiders()) {
            assertThatThrownBy(() -> votes.cast(outsider, council.councilId, vote, Map.of(proposal, BallotChoice.FOR)))
                    .as(outsider.displayName())
                    .isInstanceOf(AccessRefusedException.class);
            if (outsider != council.animateur) {
                assertThatThrownBy(() -> votes.participationSoFar(outsider, council.councilId))
                        .isInstanceOf(AccessRefusedException.class);
            }
        }
        assertThatThrownBy(() -> votes.participationSoFar(council.members.get(0), council.councilId))
                .isInstanceOf(AccessRefusedException.class);
        votes.cast(council.members.get(0), council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
        assertThat(votes.participationSoFar(council.animateur, council.councilId))
                .isEqualTo(Map.of(vote, 1));
        // A member of another council cannot reach this vote through their own council's id.
        VoteFixture other = new VoteFixture(context, 1);
        assertThatThrownBy(() ->
                        votes.cast(other.members.get(0), other.councilId, vote, Map.of(proposal, BallotChoice.FOR)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aVoteWithoutItsQuorumAdoptsNothingAndEachMajorityRuleCountsAsWritten() {
        VoteFixture council = new VoteFixture(context, 10);
        long low = council.proposal("Quorum non atteint");
        long lowVote = votes.open(council.animateur, forAgainst(council, List.of(low), 50, MajorityRule.SIMPLE));
        clock.set(opens);
        for (int i = 0; i < 4; i++) {
            votes.cast(council.members.get(i), council.councilId, lowVote, Map.of(low, BallotChoice.FOR));
        }
        clock.set(closes);
        VoteResults noQuorum = votes.results(council.animateur, council.councilId, lowVote);
        assertThat(noQuorum.participationPercent()).isEqualTo(40);
        assertThat(noQuorum.quorumReached()).isFalse();
        assertThat(noQuorum.proposals().getFirst().adopted()).isFalse();
        assertThat(council.status(low)).isEqualTo(ProposalStatus.REJECTED);

        // Six ballots on each: 3 for, 2 against, 1 abstain. Simple: 3 > 2 adopted. Absolute: 3 of 6 is not more than
        // half. Two thirds: 3 of 5 expressed is less.
        Map<MajorityRule, Boolean> expected =
                Map.of(MajorityRule.SIMPLE, true, MajorityRule.ABSOLUTE, false, MajorityRule.TWO_THIRDS, false);
        for (MajorityRule rule : MajorityRule.values()) {
            clock.set(opens.minus(Duration.ofHours(1)));
            long proposal = council.proposal("Règle " + rule);
            long vote = votes.open(council.animateur, forAgainst(council, List.of(proposal), 60, rule));
            clock.set(opens);
            List<BallotChoice> choices = List.of(
                    BallotChoice.FOR,
                    BallotChoice.FOR,
                    BallotChoice.FOR,
                    BallotChoice.AGAINST,
                    BallotChoice.AGAINST,
                    BallotChoice.ABSTAIN);
            for (int i = 0; i < choices.size(); i++) {
                votes.cast(council.members.get(i), council.councilId, vote, Map.of(proposal, choices.get(i)));
            }
            clock.set(closes);
            VoteResults results = votes.results(council.members.get(9), council.councilId, vote);
            assertThat(results.quorumReached()).isTrue();
            assertThat(results.proposals().getFirst().abstainCount()).isEqualTo(1);
            assertThat(results.proposals().getFirst().adopted()).as(rule.name()).isEqualTo(expected.get(rule));
            assertThat(council.status(proposal))
                    .isEqualTo(expected.get(rule) ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED);
        }
    }

    @Test
    void anApprovalBallotApprovesAtMostTheLimitAndAnswersOnlyItsProposals() {
        VoteFixture council = new VoteFixture(context, 4);
        long a = council.proposal("Approbation A");
        long b = council.proposal("Approbation B");
        long c = council.proposal("Approbation C");
        long elsewhere = council.proposal("Pas dans ce vote");
        assertThat(refusal(() -> votes.open(
                        council.animateur,
                        new NewVote(
                                council.councilId,
                                "Trop large",
                                VoteKind.APPROVAL,
                                List.of(a, b),
                                3,
                                opens,
                                closes,
                                0,
                                MajorityRule.SIMPLE))))
                .isEqualTo("council.votes.invalid.approval-limit");
        long vote = votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Nos priorités",
                        VoteKind.APPROVAL,
                        List.of(a, b, c),
                        2,
                        opens,
                        closes,
                        0,
                        MajorityRule.SIMPLE));
        clock.set(opens);
        Viewer member = council.members.get(0);
        assertThat(refusal(() -> votes.cast(
                        member,
                        council.councilId,
                        vote,
                        Map.of(a, BallotChoice.APPROVED, b, BallotChoice.APPROVED, c, BallotChoice.APPROVED))))
                .isEqualTo("council.votes.refused.approval-limit");
        assertThatThrownBy(() -> votes.cast(member, council.councilId, vote, Map.of(elsewhere, BallotChoice.APPROVED)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> votes.cast(member, council.councilId, vote, Map.of(a, BallotChoice.FOR)))
                .isInstanceOf(InvalidInputException.class);
        votes.cast(member, council.councilId, vote, Map.of(a, BallotChoice.APPROVED, b, BallotChoice.APPROVED));
        votes.cast(council.members.get(1), council.councilId, vote, Map.of(a, BallotChoice.APPROVED));
        votes.cast(council.members.get(2), council.councilId, vote, Map.of());
        clock.set(closes);
        VoteResults results = votes.results(member, council.councilId, vote);
        assertThat(results.ballots()).isEqualTo(3);
        assertThat(results.proposals())
                .extracting(VoteResults.ProposalResult::forCount, VoteResults.ProposalResult::adopted)
                .containsExactly(tuple(2, true), tuple(1, false), tuple(0, false));
    }

    @Test
    void aForAgainstBallotAnswersEveryProposalOfItsVote() {
        VoteFixture council = new VoteFixture(context, 1);
        long a = council.proposal("Question A");
        long b = council.proposal("Question B");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(a, b), 0, MajorityRule.SIMPLE));
        clock.set(opens);
        assertThat(refusal(
                        () -> votes.cast(council.members.get(0), council.councilId, vote, Map.of(a, BallotChoice.FOR))))
                .isEqualTo("council.votes.refused.incomplete");
        assertThat(refusal(
                        () -> votes.open(council.animateur, forAgainst(council, List.of(a), 0, MajorityRule.SIMPLE))))
                .isEqualTo("council.votes.invalid.proposals");
    }

    /** Many asking at once after the closing time (the page, the schedule, two instances): one closes, once. */
    @Test
    void theVoteClosesOnceWhateverAsksAtTheSameTime() throws Exception {
        VoteFixture council = new VoteFixture(context, 3);
        long proposal = council.proposal("Fermeture unique");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(proposal), 0, MajorityRule.SIMPLE));
        clock.set(opens);
        votes.cast(council.members.get(0), council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
        clock.set(closes.plusSeconds(5));
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> closers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Instant at = closes.plusMillis(i);
            closers.add(() -> {
                start.await();
                return store.closeIfDue(vote, at);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> closed = new ArrayList<>();
            for (Callable<Boolean> closer : closers) {
                closed.add(pool.submit(closer));
            }
            start.countDown();
            int closings = 0;
            for (Future<Boolean> future : closed) {
                closings += future.get() ? 1 : 0;
            }
            assertThat(closings).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(council.status(proposal)).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(votes.results(council.animateur, council.councilId, vote).ballots())
                .isEqualTo(1);
    }

    /**
     * A ballot still in its transaction when the close begins: the closing UPDATE waits for it, and the count that
     * decides the proposal includes it (the ballot made the difference between adopted and rejected).
     */
    @Test
    void aBallotInFlightAtTheCloseIsCountedInTheDecision() throws Exception {
        VoteFixture council = new VoteFixture(context, 1);
        long proposal = council.proposal("Décidée par le dernier bulletin");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(proposal), 0, MajorityRule.SIMPLE));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection inFlight = dataSource.getConnection()) {
            inFlight.setAutoCommit(false);
            for (String sql : List.of(
                    "SELECT id FROM council_vote WHERE id = " + vote + " LOCK IN SHARE MODE",
                    "INSERT INTO council_vote_roll (vote_id, member_key) VALUES (" + vote + ", 'Y:"
                            + council.members.getFirst().youngPersonId() + "')",
                    "UPDATE council_vote_tally SET ballots = ballots + 1 WHERE vote_id = " + vote
                            + " AND proposal_id = " + proposal + " AND choice = 'FOR'",
                    "INSERT INTO council_vote_receipt (vote_id, code) VALUES (" + vote + ", 'TEST-EN-VOL1')")) {
                try (Statement statement = inFlight.createStatement()) {
                    statement.execute(sql);
                }
            }
            Future<Boolean> closing = pool.submit(() -> store.closeIfDue(vote, closes));
            Instant deadline = Instant.now().plusSeconds(30);
            // The close is waiting once its UPDATE is running (the portal's account sees its own connections).
            while (jdbc.sql("""
                                    SELECT COUNT(*) FROM information_schema.processlist
                                    WHERE info LIKE 'UPDATE council_vote SET closed_at%'""").query(Integer.class).single() == 0) {
                assertThat(Instant.now()).as("the close waits for the ballot").isBefore(deadline);
                Thread.onSpinWait();
            }
            inFlight.commit();
            assertThat(closing.get()).isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(council.status(proposal)).isEqualTo(ProposalStatus.ADOPTED);
        clock.set(closes);
        assertThat(votes.results(council.animateur, council.councilId, vote).ballots())
                .isEqualTo(1);
    }

    /** The schedule closes every vote whose window is over, and only those. */
    @Test
    void theScheduleClosesTheVotesThatAreDue() {
        VoteFixture council = new VoteFixture(context, 2);
        long early = council.proposal("Fermée par le planning");
        long late = council.proposal("Encore ouverte");
        long due = votes.open(council.animateur, forAgainst(council, List.of(early), 0, MajorityRule.SIMPLE));
        long notDue = votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Plus longue",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(late),
                        null,
                        opens,
                        closes.plus(Duration.ofDays(1)),
                        0,
                        MajorityRule.SIMPLE));
        clock.set(opens);
        votes.cast(council.members.get(0), council.councilId, due, Map.of(early, BallotChoice.AGAINST));
        clock.set(closes);
        votes.closeDue();
        assertThat(council.status(early)).isEqualTo(ProposalStatus.REJECTED);
        assertThat(council.status(late)).isEqualTo(ProposalStatus.IN_VOTE);
        assertThat(store.vote(due).orElseThrow().closedAt()).isEqualTo(closes);
        assertThat(store.vote(notDue).orElseThrow().closedAt()).isNull();
    }

    /** The votes page, the animateur's counts and a closed vote's results cost as many SELECTs for 1 vote as for 6. */
    @Test
    void thePagesQueriesAreConstantInTheNumberOfVotesAndMembers() {
        VoteFixture small = new VoteFixture(context, 2);
        VoteFixture large = new VoteFixture(context, 12);
        long smallVote = openAndCast(small, 1);
        long largeVote = 0;
        for (int i = 0; i < 6; i++) {
            largeVote = openAndCast(large, 2 + i);
        }
        long smallVotes = selects(() -> votes.votes(small.members.get(0), small.councilId));
        long largeVotes = selects(() -> votes.votes(large.members.get(0), large.councilId));
        assertThat(largeVotes).isEqualTo(smallVotes);
        long smallCounts = selects(() -> votes.participationSoFar(small.animateur, small.councilId));
        long largeCounts = selects(() -> votes.participationSoFar(large.animateur, large.councilId));
        assertThat(largeCounts).isEqualTo(smallCounts);
        clock.set(closes);
        votes.results(small.animateur, small.councilId, smallVote);
        long finalLarge = largeVote;
        votes.results(large.animateur, large.councilId, finalLarge);
        long smallResults = selects(() -> {
            votes.results(small.members.get(0), small.councilId, smallVote);
            votes.countedReceipts(small.members.get(0), small.councilId, smallVote);
        });
        long largeResults = selects(() -> {
            votes.results(large.members.get(0), large.councilId, finalLarge);
            votes.countedReceipts(large.members.get(0), large.councilId, finalLarge);
        });
        assertThat(largeResults).isEqualTo(smallResults);
    }

    private long openAndCast(VoteFixture council, int casting) {
        clock.set(opens.minus(Duration.ofMinutes(30)));
        long a = council.proposal("Compte A");
        long b = council.proposal("Compte B");
        long vote = votes.open(council.animateur, forAgainst(council, List.of(a, b), 0, MajorityRule.SIMPLE));
        clock.set(opens);
        for (int i = 0; i < Math.min(casting, council.members.size()); i++) {
            votes.cast(
                    council.members.get(i),
                    council.councilId,
                    vote,
                    Map.of(a, BallotChoice.FOR, b, BallotChoice.AGAINST));
        }
        return vote;
    }

    private long selects(Runnable action) {
        return SqlStatements.fewestSelectsDuring(jdbc, action);
    }
}
