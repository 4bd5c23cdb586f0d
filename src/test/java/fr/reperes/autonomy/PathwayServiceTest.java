package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.grid.AutonomyStep;
import fr.reperes.autonomy.interview.Interview;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.project.AutonomyProject;
import fr.reperes.dossier.AttachedVersion;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The entretien des 17 ans from its scheduling to the projet published with the PPE. */
@IntegrationTest
class PathwayServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PathwayService pathways;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    MeetingService meetings;

    @Autowired
    ReactionService reactions;

    @Autowired
    AutonomyService autonomy;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Viewer claire() {
        return TestSignIn.viewer(context, "claire");
    }

    private static ProjectDraft project(LocalDate review) {
        return new ProjectDraft(
                review,
                Map.of(
                        AutonomyDomain.HOUSING,
                        "Entrer en FJT à Arras en septembre.",
                        AutonomyDomain.MONEY,
                        "Ouvrir un compte et suivre un budget."),
                List.of(
                        new ProjectAction(AutonomyDomain.HOUSING, "Déposer le dossier au FJT", "Claire", null),
                        new ProjectAction(null, "", "", null)));
    }

    private PathwayPeople.Person interviewHeld() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(3), "claire");
        pathways.scheduleInterview(claire(), person.id(), today().plusDays(3).atTime(10, 0), "Service ASE");
        jdbc.sql("UPDATE meeting m JOIN autonomy_interview i ON i.meeting_id = m.id SET m.starts_at = :past "
                        + "WHERE i.young_person_id = :yp")
                .param("past", today().minusDays(2).atTime(10, 0))
                .param("yp", person.id())
                .update();
        pathways.recordInterviewHeld(claire(), person.id(), today().minusDays(2));
        return person;
    }

    @Test
    void theEntretienIsScheduledInTheYearBefore18AndBecomesAMeeting() {
        LocalDate birth = today().minusYears(16).minusMonths(8);
        PathwayPeople.Person person = PathwayPeople.bornOn(context, birth, "claire");
        LocalDateTime dayBefore17 = birth.plusYears(17).minusDays(1).atTime(10, 0);
        assertThatThrownBy(() -> pathways.scheduleInterview(claire(), person.id(), dayBefore17, "Service ASE"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("startsAt", "interview.error.outside-year"));
        assertThatThrownBy(() -> pathways.scheduleInterview(
                        claire(), person.id(), birth.plusYears(18).atTime(10, 0), "Service ASE"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pathways.scheduleInterview(
                        TestSignIn.viewer(context, "thomas"),
                        person.id(),
                        birth.plusYears(17).atTime(10, 0),
                        "Service ASE"))
                .isInstanceOf(AccessRefusedException.class);

        pathways.scheduleInterview(claire(), person.id(), birth.plusYears(17).atTime(10, 0), "Service ASE");
        Interview interview =
                pathways.pathway(person.viewer(context), person.id()).interview();
        assertThat(interview.startsAt()).isEqualTo(birth.plusYears(17).atTime(10, 0));
        assertThat(meetings.meetings(person.viewer(context), person.id()).toString())
                .contains("INTERVIEW");
        assertThatThrownBy(() -> pathways.scheduleInterview(
                        claire(), person.id(), birth.plusYears(17).plusDays(1).atTime(10, 0), "Service ASE"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEntretienMovesUntilItIsHeldAndIsRemindedAgainForItsNewDate() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(1), "claire");
        pathways.scheduleInterview(claire(), person.id(), today().plusDays(1).atTime(9, 0), "Service ASE");
        long meeting = pathways.pathway(claire(), person.id()).interview().meetingId();
        jdbc.sql("INSERT INTO meeting_reminder (meeting_id, sent_at) VALUES (:id, NOW())")
                .param("id", meeting)
                .update();

        pathways.rescheduleInterview(claire(), person.id(), today().plusDays(8).atTime(14, 0), "Mission locale");

        Interview moved = pathways.pathway(claire(), person.id()).interview();
        assertThat(moved.startsAt()).isEqualTo(today().plusDays(8).atTime(14, 0));
        assertThat(moved.place()).isEqualTo("Mission locale");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_reminder WHERE meeting_id = :id")
                        .param("id", meeting)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> pathways.rescheduleInterview(
                        claire(), person.id(), today().minusDays(1).atTime(9, 0), "Service ASE"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pathways.rescheduleInterview(
                        TestSignIn.viewer(context, "thomas"),
                        person.id(),
                        today().plusDays(9).atTime(9, 0),
                        "Service ASE"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(pathways.pathway(claire(), person.id()).interview().place()).isEqualTo("Mission locale");
    }

    @Test
    void theYoungPersonPreparesAndOnlyThey() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(1), "claire");
        assertThatThrownBy(() -> pathways.prepareInterview(person.viewer(context), person.id(), "x", "y"))
                .isInstanceOf(InvalidInputException.class);
        pathways.scheduleInterview(claire(), person.id(), today().plusDays(10).atTime(9, 30), "Service ASE");
        pathways.prepareInterview(person.viewer(context), person.id(), "Un studio à Lens.", "Et mon pécule ?");
        assertThatThrownBy(() -> pathways.prepareInterview(person.parent(context), person.id(), "x", "y"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> pathways.prepareInterview(claire(), person.id(), "x", "y"))
                .isInstanceOf(AccessRefusedException.class);
        Interview interview = pathways.pathway(claire(), person.id()).interview();
        assertThat(interview.wishes()).isEqualTo("Un studio à Lens.");
        assertThat(interview.questions()).isEqualTo("Et mon pécule ?");
        assertThat(interview.preparedAt()).isNotNull();
    }

    @Test
    void theProjetWaitsForTheEntretienThenIsPublishedWithTheNextPpeVersion() {
        PathwayPeople.Person early =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(2), "claire");
        assertThatThrownBy(() -> pathways.recordProject(claire(), early.id(), project(today().plusMonths(6))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("goals", "project.error.interview-not-held"));

        PathwayPeople.Person person = interviewHeld();
        AttachedVersion version = pathways.recordProject(claire(), person.id(), project(today().plusMonths(6)));
        assertThat(version.number()).isEqualTo(1);

        Viewer young = person.viewer(context);
        assertThat(carePlans.published(young, person.id(), null).shown().id()).isEqualTo(version.versionId());
        AutonomyProject shown = pathways.projectOfVersion(young, person.id(), version.versionId())
                .orElseThrow();
        assertThat(shown.goals()).containsEntry(AutonomyDomain.HOUSING, "Entrer en FJT à Arras en septembre.");
        assertThat(shown.actions()).extracting(ProjectAction::what).containsExactly("Déposer le dossier au FJT");
        // The agreed step joins the young person's own steps.
        assertThat(autonomy.space(young, person.id()).steps())
                .extracting(AutonomyStep::title)
                .contains("Déposer le dossier au FJT");
        // The same reactions as any PPE version, and the parent with authority reads it too.
        reactions.react(
                young,
                person.id(),
                ReactionSubject.CARE_PLAN_VERSION,
                version.versionId(),
                ReactionKind.WANT_TO_TALK,
                "Je veux parler du FJT.");
        long parentReads = journal.count(person.id(), person.parent(context).accountId(), InformationKind.AUTONOMY);
        assertThat(pathways.projectOfVersion(person.parent(context), person.id(), version.versionId()))
                .isPresent();
        assertThat(journal.count(person.id(), person.parent(context).accountId(), InformationKind.AUTONOMY))
                .isEqualTo(parentReads + 1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE autonomy_project_goal SET goals = 'x' WHERE project_id = :id")
                        .param("id", shown.id())
                        .update())
                .hasMessageContaining("never changes");
    }

    @Test
    void aProjetThatWouldMissItsReviewDateWritesNothing() {
        PathwayPeople.Person person = interviewHeld();
        assertThatThrownBy(() -> pathways.recordProject(claire(), person.id(), project(today().plusYears(2))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("nextReviewOn", "ppe.error.review.one-year"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_plan_version WHERE young_person_id = :yp")
                        .param("yp", person.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(pathways.pathway(claire(), person.id()).project()).isNull();
    }

    @Test
    void theProjetCopiesThePpeAndLeavesTheRéférentsDraftAlone() {
        PathwayPeople.Person person = interviewHeld();
        CarePlanDraft empty = CarePlanDraft.empty();
        carePlans.publish(
                claire(), person.id(), new CarePlanDraft(today().plusMonths(2), "Publié", "", empty.domains()));
        carePlans.saveDraft(
                claire(), person.id(), new CarePlanDraft(today().plusMonths(5), "Brouillon", "", empty.domains()));

        pathways.recordProject(claire(), person.id(), project(today().plusMonths(4)));

        var latest =
                carePlans.published(person.viewer(context), person.id(), null).shown();
        assertThat(latest.number()).isEqualTo(2);
        assertThat(latest.youthWords()).isEqualTo("Publié");
        assertThat(latest.nextReviewOn()).isEqualTo(today().plusMonths(4));
        assertThat(carePlans.draft(claire(), person.id()).youthWords()).isEqualTo("Brouillon");
    }

    @Test
    void afterEighteenAParentSeesThePathwayOnlyIfTheYoungAdultSharedIt() {
        PathwayPeople.Person adult = PathwayPeople.bornOn(context, today().minusYears(18), "claire");
        PathwayPeople.Person dayBefore =
                PathwayPeople.bornOn(context, today().minusYears(18).plusDays(1), "claire");
        assertThat(pathways.pathway(dayBefore.parent(context), dayBefore.id()).youngPersonId())
                .isEqualTo(dayBefore.id());
        assertThatThrownBy(() -> pathways.pathway(adult.parent(context), adult.id()))
                .isInstanceOf(AccessRefusedException.class);
        jdbc.sql("UPDATE parent_link SET granted_by_young_adult = TRUE WHERE young_person_id = :yp")
                .param("yp", adult.id())
                .update();
        assertThat(pathways.pathway(adult.parent(context), adult.id()).youngPersonId())
                .isEqualTo(adult.id());
    }

    @Test
    void aParentWithoutAuthoritySeesNoneOfThePathway() {
        Viewer nadia = TestSignIn.viewer(context, "nadia");
        Viewer lina = TestSignIn.viewer(context, "lina");
        assertThatThrownBy(() -> pathways.pathway(nadia, lina.youngPersonId()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(pathways.pathway(TestSignIn.viewer(context, "karim"), lina.youngPersonId())
                        .interview())
                .isNotNull();
    }
}
