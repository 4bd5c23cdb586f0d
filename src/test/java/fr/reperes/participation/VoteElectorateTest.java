package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessPolicy;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.VoteFixture.Seat;
import fr.reperes.participation.VoteFixture.TestClock;
import fr.reperes.participation.votes.VoteStore;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roll and the electorate are per person, not per mandate (review 11, item 5): a member who resigns and is taken
 * back, or whose mandate is renewed, during a vote has exactly one ballot and counts once; whoever cast counts in the
 * electorate even if they resigned on the opening day, so participation never exceeds 100 %. And the animateur ends
 * no mandate while a vote of the council is open (item 15); the member may still resign.
 */
@IntegrationTest
class VoteElectorateTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    VoteStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessPolicy policy;

    @Autowired
    CouncilMembers members;

    @Autowired
    CouncilVotes realVotes;

    private TestClock clock;
    private CouncilVotes votes;
    private Instant now;
    private LocalDate today;

    @BeforeEach
    void clock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock = new TestClock(now, context.getBean(Clock.class).getZone());
        votes = new CouncilVotes(new CouncilAccess(jdbc, policy, clock), store, jdbc, clock);
        today = LocalDate.ofInstant(now, clock.getZone());
    }

    /** A for/against vote on the proposals, open from now for {@code days}, no quorum. */
    private long openNow(VoteFixture council, List<Long> proposals, int days) {
        return votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Vote par personne",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        proposals,
                        null,
                        now,
                        now.plus(Duration.ofDays(days)),
                        0,
                        MajorityRule.SIMPLE));
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
    void aMemberWhoResignsAndIsTakenBackTheSameDayHasStillOneBallot() {
        VoteFixture council = new VoteFixture(context, 3);
        long proposal = council.proposal("Un bulletin par personne");
        long vote = openNow(council, List.of(proposal), 1);
        Viewer lea = council.members.getFirst();
        votes.cast(lea, council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
        members.resign(lea, council.councilId);
        council.mandate(Objects.requireNonNull(lea.youngPersonId()), today, CouncilMembers.endOfMandate(today), null);

        assertThat(votes.vote(lea, council.councilId, vote).hasVoted()).isTrue();
        assertThat(refusal(() -> votes.cast(lea, council.councilId, vote, Map.of(proposal, BallotChoice.AGAINST))))
                .isEqualTo("council.votes.refused.already-voted");

        clock.set(now.plus(Duration.ofDays(1)));
        VoteResults results = votes.results(council.animateur, council.councilId, vote);
        assertThat(results.ballots()).isEqualTo(1);
        assertThat(results.electorate()).isEqualTo(3);
        assertThat(results.proposals().getFirst().forCount()).isEqualTo(1);
        assertThat(results.proposals().getFirst().againstCount()).isZero();
    }

    @Test
    void aMemberRenewedDuringTheVoteCastsUnderTheRenewalAndCountsOnce() {
        VoteFixture council = new VoteFixture(context, 3);
        long proposal = council.proposal("Un renouvellement pendant le vote");
        Seat renewed = council.seat("Renouvelée", today.minusYears(2).plusDays(1), today);
        council.mandate(
                renewed.youngPersonId(),
                today.plusDays(1),
                CouncilMembers.endOfMandate(today.plusDays(1)),
                renewed.mandateId());
        long vote = openNow(council, List.of(proposal), 3);

        clock.set(now.plus(Duration.ofDays(1)));
        assertThat(votes.vote(renewed.viewer(), council.councilId, vote).canCast())
                .isTrue();
        votes.cast(renewed.viewer(), council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
        assertThat(refusal(() ->
                        votes.cast(renewed.viewer(), council.councilId, vote, Map.of(proposal, BallotChoice.FOR))))
                .isEqualTo("council.votes.refused.already-voted");

        clock.set(now.plus(Duration.ofDays(3)));
        VoteResults results = votes.results(council.animateur, council.councilId, vote);
        assertThat(results.ballots()).isEqualTo(1);
        // The 3 members and the renewed one, once for her two mandates.
        assertThat(results.electorate()).isEqualTo(4);
        assertThat(results.participationPercent()).isEqualTo(25);
    }

    @Test
    void membersWhoCastThenResignOnTheOpeningDayStayInTheElectorate() {
        VoteFixture council = new VoteFixture(context, 2);
        long proposal = council.proposal("Voter puis démissionner");
        long vote = openNow(council, List.of(proposal), 1);
        for (Viewer member : council.members) {
            votes.cast(member, council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
            members.resign(member, council.councilId);
        }

        clock.set(now.plus(Duration.ofDays(1)));
        VoteResults results = votes.results(council.animateur, council.councilId, vote);
        assertThat(results.ballots()).isEqualTo(2);
        assertThat(results.electorate()).isEqualTo(2);
        assertThat(results.participationPercent()).isEqualTo(100);
    }

    @Test
    void twoActiveMandatesOfOnePersonAreOneVoterAndOneBallot() {
        VoteFixture council = new VoteFixture(context, 2);
        long proposal = council.proposal("Deux mandats, une voix");
        Viewer twice = council.members.getFirst();
        // What the unguarded check-then-insert of CouncilMembers could leave behind (an import may too).
        council.mandate(Objects.requireNonNull(twice.youngPersonId()), today.minusDays(3), today.plusYears(1), null);
        long vote = openNow(council, List.of(proposal), 1);
        votes.cast(twice, council.councilId, vote, Map.of(proposal, BallotChoice.AGAINST));

        clock.set(now.plus(Duration.ofDays(1)));
        VoteResults results = votes.results(council.animateur, council.councilId, vote);
        assertThat(results.electorate()).isEqualTo(2);
        assertThat(results.ballots()).isEqualTo(1);
    }

    /**
     * Item 15: ending a mandate during an open vote would take a member's ballot away while they still count in the
     * electorate (fixed on the opening day), lowering participation, perhaps below the quorum. Refused while a vote is
     * open; allowed before it opens and after it closes; the member's own resignation stays theirs.
     */
    @Test
    void theAnimateurEndsNoMandateWhileAVoteOfTheCouncilIsOpen() {
        VoteFixture council = new VoteFixture(context, 4);
        long first = council.proposal("Pendant le vote");
        long second = council.proposal("Vote à venir");
        long third = council.proposal("Vote terminé");
        Instant real = Instant.now();
        long closed = store.open(
                new NewVote(
                        council.councilId,
                        "Terminé",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(third),
                        null,
                        real.minus(Duration.ofDays(3)),
                        real.minus(Duration.ofDays(2)),
                        0,
                        MajorityRule.SIMPLE),
                real.minus(Duration.ofDays(4)));
        assertThat(store.closeIfDue(closed, real)).isTrue();
        realVotes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "À venir",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(second),
                        null,
                        real.plus(Duration.ofDays(5)),
                        real.plus(Duration.ofDays(6)),
                        0,
                        MajorityRule.SIMPLE));
        // A closed vote and an upcoming one: the animateur may end a mandate.
        members.endMandate(council.animateur, council.mandates.get(3));

        realVotes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Ouvert",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(first),
                        null,
                        real.minus(Duration.ofMinutes(1)),
                        real.plus(Duration.ofDays(1)),
                        50,
                        MajorityRule.SIMPLE));
        assertThat(refusal(() -> members.endMandate(council.animateur, council.mandates.get(1))))
                .isEqualTo("council.votes.error.end-during-vote");
        assertThat(jdbc.sql("SELECT resigned_on IS NULL FROM council_mandate WHERE id = :id")
                        .param("id", council.mandates.get(1))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // The member's own resignation is theirs to make, vote or no vote.
        members.resign(council.members.get(2), council.councilId);
    }
}
