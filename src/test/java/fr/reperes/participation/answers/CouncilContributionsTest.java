package fr.reperes.participation.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.CouncilContributions;
import fr.reperes.participation.CouncilContributions.ContributionCounts;
import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.MemberSex;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.answers.AnswerFixtures.Council;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The observatory's "contributions des jeunes (nombre et nature)": the year's adopted proposals counted by theme, by
 * answer in force and by kind of council, at the year's boundary in the département's zone; numbers only, for
 * OBSERVATOIRE and ADMIN, refused to every other role.
 */
@IntegrationTest
class CouncilContributionsTest {

    private static final Year YEAR = Year.of(2011);

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilContributions contributions;

    @Test
    void theYearsAdoptedProposalsAreCountedByThemeAnswerAndKindOfCouncil() {
        AnswerFixtures fixtures = new AnswerFixtures(context);
        Council youth = fixtures.council(1);
        long author = youth.members().getFirst().mandateId();
        long accepted = fixtures.proposal(youth.id(), author, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, on(3, 1));
        fixtures.answered(accepted, AnswerStatus.ACCEPTED, 10);
        fixtures.proposal(youth.id(), author, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, on(6, 1));
        long refused = fixtures.proposal(youth.id(), author, ProposalStatus.ADOPTED, ProposalTheme.HEALTH, on(9, 1));
        fixtures.answered(refused, AnswerStatus.UNDER_STUDY, 20);
        fixtures.answered(refused, AnswerStatus.REFUSED, 10);
        // The year ends at midnight in the département, not in UTC.
        fixtures.proposal(
                youth.id(),
                author,
                ProposalStatus.ADOPTED,
                ProposalTheme.AUTONOMY,
                paris(LocalDateTime.of(2011, 12, 31, 23, 30), fixtures));
        fixtures.proposal(
                youth.id(),
                author,
                ProposalStatus.ADOPTED,
                ProposalTheme.AUTONOMY,
                paris(LocalDateTime.of(2012, 1, 1, 0, 30), fixtures));
        fixtures.proposal(youth.id(), author, ProposalStatus.REJECTED, ProposalTheme.HOUSING, on(4, 1));
        // A conseil des parents of 2011 (Karim sat on it then, not today).
        CouncilImport councils = context.getBean(CouncilImport.class);
        long parents = councils.council(
                fixtures.departement(), null, CouncilKind.PARENTS, "Conseil des parents d’essai " + System.nanoTime());
        long karim = councils.mandate(new NewMandate(
                parents,
                null,
                TestSignIn.viewer(context, "karim").parentId(),
                "Karim",
                MemberSex.UNSAID,
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2011, 12, 31),
                null,
                null));
        fixtures.proposal(parents, karim, ProposalStatus.ADOPTED, ProposalTheme.FAMILY_TIES, on(5, 1));

        ContributionCounts counts = contributions.contributions(TestSignIn.viewer(context, "odpe"), YEAR);

        assertThat(counts.adopted()).isEqualTo(5);
        assertThat(counts.byTheme())
                .isEqualTo(Map.of(
                        ProposalTheme.HOUSING, 2L,
                        ProposalTheme.HEALTH, 1L,
                        ProposalTheme.AUTONOMY, 1L,
                        ProposalTheme.FAMILY_TIES, 1L));
        assertThat(counts.byAnswer()).isEqualTo(Map.of(AnswerStatus.ACCEPTED, 1L, AnswerStatus.REFUSED, 1L));
        assertThat(counts.unanswered()).isEqualTo(3);
        assertThat(counts.byCouncilKind()).isEqualTo(Map.of(CouncilKind.YOUTH, 4L, CouncilKind.PARENTS, 1L));
        // Numbers only: no title, no text, no name.
        assertThat(counts.toString()).doesNotContain("Proposition", "proposition", "Karim", "Sami", "Service");
        assertThat(contributions.contributions(TestSignIn.viewer(context, "admin"), YEAR))
                .isEqualTo(counts);
    }

    @Test
    void everyRoleButTheObservatoryAndTheAdministratorIsRefused() {
        for (String subject : List.of("mehdi", "lina", "karim", "claire", "yanis")) {
            Viewer viewer = TestSignIn.viewer(context, subject);
            assertThatThrownBy(() -> contributions.contributions(viewer, YEAR))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    private static Instant on(int month, int day) {
        return LocalDate.of(2011, month, day)
                .atTime(12, 0)
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant();
    }

    private static Instant paris(LocalDateTime time, AnswerFixtures fixtures) {
        return time.atZone(fixtures.clock.getZone()).toInstant();
    }
}
