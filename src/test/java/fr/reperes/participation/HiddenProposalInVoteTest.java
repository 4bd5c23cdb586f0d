package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilVote.VotedProposal;
import fr.reperes.participation.VoteResults.ProposalResult;
import fr.reperes.participation.answers.AnswerRecords.AdoptedProposal;
import fr.reperes.participation.answers.CouncilAnswers;
import fr.reperes.participation.votes.VoteStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A proposal the animateur hides (moderated, or routed as a danger: both hide it) after it went to a vote is not
 * readable through the vote (review 11, item 1): every member but its author reads it as hidden, in the list of votes,
 * the vote itself and the results; its author and the animateur still read it.
 */
@IntegrationTest
class HiddenProposalInVoteTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilVotes votes;

    @Autowired
    CouncilModeration moderation;

    @Autowired
    VoteStore store;

    @Test
    void aHiddenProposalIsBlankInEveryVotePathForAllButItsAuthorAndTheAnimateur() {
        VoteFixture council = new VoteFixture(context, 3);
        long hidden = council.proposal("Le texte à masquer", council.mandates.get(0));
        long shown = council.proposal("Le texte qui reste", council.mandates.get(1));
        Instant now = Instant.now();
        long vote = votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Vote avec un texte masqué",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(hidden, shown),
                        null,
                        now,
                        now.plus(Duration.ofDays(1)),
                        0,
                        MajorityRule.SIMPLE));
        moderation.hide(council.animateur, council.councilId, ModerationTarget.PROPOSAL, hidden, "Il nomme quelqu’un");

        Viewer author = council.members.get(0);
        for (Viewer other : List.of(council.members.get(1), council.members.get(2))) {
            assertThat(votes.vote(other, council.councilId, vote).proposals())
                    .extracting(
                            VotedProposal::proposalId, VotedProposal::title, VotedProposal::body, VotedProposal::masked)
                    .containsExactly(
                            tuple(hidden, "", "", true),
                            tuple(shown, "Le texte qui reste", "Le texte de Le texte qui reste", false));
            assertThat(votes.votes(other, council.councilId).stream()
                            .flatMap(v -> v.proposals().stream())
                            .filter(p -> p.proposalId() == hidden))
                    .singleElement()
                    .satisfies(p -> assertThat(p.title() + p.body()).isEmpty());
        }
        for (Viewer privy : List.of(author, council.animateur)) {
            assertThat(votes.vote(privy, council.councilId, vote).proposals())
                    .extracting(VotedProposal::title, VotedProposal::masked)
                    .containsExactly(tuple("Le texte à masquer", false), tuple("Le texte qui reste", false));
        }

        assertThat(store.closeIfDue(vote, now.plus(Duration.ofDays(2)))).isTrue();
        assertThat(votes.results(council.members.get(1), council.councilId, vote)
                        .proposals())
                .extracting(ProposalResult::title, ProposalResult::masked)
                .containsExactly(tuple("", true), tuple("Le texte qui reste", false));
        for (Viewer privy : List.of(author, council.animateur)) {
            assertThat(votes.results(privy, council.councilId, vote).proposals())
                    .extracting(ProposalResult::title)
                    .containsExactly("Le texte à masquer", "Le texte qui reste");
        }
    }

    /**
     * A text routed as a danger during its vote (review of the fixes): the animateur reads that it is hidden, like the
     * council, and it is not adopted whatever its count, so it never reaches the département's answers.
     */
    @Test
    void aTextRoutedDuringItsVoteIsHiddenFromTheAnimateurAndNeverAdopted() {
        VoteFixture council = new VoteFixture(context, 3);
        long routed = council.proposal("Le texte signalé", council.mandates.get(0));
        long kept = council.proposal("Le texte adopté", council.mandates.get(1));
        Instant now = Instant.now();
        long vote = votes.open(
                council.animateur,
                new NewVote(
                        council.councilId,
                        "Vote avec un texte signalé",
                        VoteKind.FOR_AGAINST_ABSTAIN,
                        List.of(routed, kept),
                        null,
                        now,
                        now.plus(Duration.ofDays(1)),
                        0,
                        MajorityRule.SIMPLE));
        for (Viewer member : council.members) {
            votes.cast(member, council.councilId, vote, Map.of(routed, BallotChoice.FOR, kept, BallotChoice.FOR));
        }
        moderation.routeDanger(council.animateur, council.councilId, ModerationTarget.PROPOSAL, routed);

        assertThat(votes.vote(council.animateur, council.councilId, vote).proposals())
                .extracting(VotedProposal::title, VotedProposal::masked)
                .containsExactly(tuple("", true), tuple("Le texte adopté", false));
        assertThat(votes.vote(council.members.get(0), council.councilId, vote).proposals())
                .extracting(VotedProposal::title)
                .containsExactly("Le texte signalé", "Le texte adopté");

        assertThat(store.closeIfDue(vote, now.plus(Duration.ofDays(2)))).isTrue();
        assertThat(votes.results(council.animateur, council.councilId, vote).proposals())
                .extracting(ProposalResult::title)
                .containsExactly("", "Le texte adopté");
        assertThat(context.getBean(CouncilAnswers.class).managed(council.animateur))
                .extracting(AdoptedProposal::proposalId)
                .contains(kept)
                .doesNotContain(routed);
    }
}
