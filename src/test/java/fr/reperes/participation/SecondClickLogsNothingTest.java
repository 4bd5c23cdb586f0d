package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * A member clicking "voter" twice (on one instance or two, as in the vote burst) is refused, and nothing of it reaches
 * the log: the database's duplicate key on the roll names the vote and the member, and the driver would log it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecondClickLogsNothingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilVotes votes;

    @Autowired
    Clock clock;

    @Test
    void aSecondBallotIsRefusedAndNeitherTheVoteNorTheMemberIsLogged(CapturedOutput output) {
        VoteFixture council = new VoteFixture(context, 1);
        long proposal = council.proposal("Deux clics");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long vote = votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Deux clics",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(proposal),
                        null,
                        now,
                        now.plus(Duration.ofDays(1)),
                        50,
                        MajorityRule.SIMPLE));
        Viewer member = council.members.getFirst();
        int before = output.length();

        votes.cast(member, council.councilId, vote, Map.of(proposal, BallotChoice.FOR));
        assertThatThrownBy(() -> votes.cast(member, council.councilId, vote, Map.of(proposal, BallotChoice.AGAINST)))
                .hasMessageContaining("council.votes.refused.already-voted");

        String logged = output.toString().substring(before);
        assertThat(logged).doesNotContain("Y:" + member.youngPersonId()).doesNotContain("Duplicate entry");
    }
}
