package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.careplan.CarePlanInvalidException;
import fr.reperes.dossier.meetings.Meeting;
import fr.reperes.dossier.meetings.YoungPersonMeetings;
import fr.reperes.dossier.reactions.Reaction;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MeetingAndReactionServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingService meetings;

    @Autowired
    ReactionService reactions;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long lina() {
        return viewer("lina").youngPersonId();
    }

    private long leo() {
        return jdbc.sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
    }

    @Test
    void linaSeesHerNextSyntheseWithQuestionsAndTheNotesOfTheLastOne() {
        YoungPersonMeetings mine = meetings.meetings(viewer("lina"), lina());
        Meeting next = mine.upcoming().stream()
                .filter(m -> m.kind() == MeetingKind.SYNTHESE)
                .findFirst()
                .orElseThrow();
        assertThat(next.startsAt().toLocalDate()).isEqualTo(LocalDate.now(clock).plusDays(12));
        assertThat(next.questions()).contains("Où veux-tu vivre après tes 18 ans ?");
        assertThat(mine.past()).anySatisfy(m -> assertThat(m.notes()).contains("CAP cuisine"));
    }

    @Test
    void meetingsFollowThePolicy() {
        assertThat(meetings.meetings(viewer("karim"), lina()).past()).isNotEmpty();
        assertThatThrownBy(() -> meetings.meetings(viewer("nadia"), lina())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> meetings.meetings(viewer("thomas"), lina()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> meetings.schedule(
                        viewer("karim"),
                        lina(),
                        new NewMeeting(
                                MeetingKind.SYNTHESE, LocalDateTime.now(clock).plusDays(3), "Ici", null, null)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void questionsLongerThanTheirColumnAreToldUnderTheirField() {
        assertThatThrownBy(() -> meetings.schedule(
                        viewer("claire"),
                        lina(),
                        new NewMeeting(
                                MeetingKind.VISIT,
                                LocalDateTime.now(clock).plusDays(3),
                                "Service ASE",
                                null,
                                "a".repeat(MeetingService.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("questions", "ppe.error.too-long")));
    }

    @Test
    void aMeetingWithoutDateOrPlaceIsRefusedFieldByField() {
        assertThatThrownBy(
                        () -> meetings.schedule(viewer("claire"), lina(), new NewMeeting(null, null, " ", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("kind", "meeting.error.kind")
                                .containsEntry("startsAt", "meeting.error.date.missing")
                                .containsEntry("place", "meeting.error.place"));
        assertThatThrownBy(() -> meetings.schedule(
                        viewer("claire"),
                        lina(),
                        new NewMeeting(
                                MeetingKind.VISIT, LocalDateTime.of(1999, 1, 1, 10, 0), "Service ASE", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("startsAt", "meeting.error.date.impossible"));
    }

    @Test
    void underAnAnonymityOrderNoTextForTheFamilyMayNameThePlacement() {
        Viewer claire = viewer("claire");
        for (String place :
                List.of("Chez les Dumont", "Mairie de Wimereux", "impasse des Mouettes", "appeler le 06.00.00.40.00")) {
            assertThatThrownBy(() -> meetings.schedule(
                            claire,
                            leo(),
                            new NewMeeting(
                                    MeetingKind.VISIT, LocalDateTime.now(clock).plusDays(4), place, null, null)))
                    .as(place)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("place", AnonymityGuard.LEAK));
        }
        long ok = meetings.schedule(
                claire,
                leo(),
                new NewMeeting(
                        MeetingKind.VISIT, LocalDateTime.now(clock).plusDays(4), "Service ASE Littoral", null, null));
        assertThat(ok).isPositive();

        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains =
                new EnumMap<>(CarePlanDraft.empty().domains());
        domains.put(
                CarePlanDomain.FAMILY,
                new CarePlanDraft.DraftDomain("", "", "Léo est bien chez les Dumont.", List.of()));
        assertThatThrownBy(() -> carePlans.saveDraft(
                        claire, leo(), new CarePlanDraft(LocalDate.now(clock).plusMonths(3), "", "", domains)))
                .isInstanceOfSatisfying(
                        CarePlanInvalidException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("FAMILY.evaluation", AnonymityGuard.LEAK));
        // Lina has no anonymity order: her MECS may be named.
        assertThat(meetings.schedule(
                        claire,
                        lina(),
                        new NewMeeting(
                                MeetingKind.INTERVIEW,
                                LocalDateTime.now(clock).plusDays(4),
                                "MECS Les Tilleuls",
                                null,
                                null)))
                .isPositive();
    }

    @Test
    void notesArePublishedOnceAfterTheMeetingAndThenNeverChange() {
        Viewer claire = viewer("claire");
        long mehdi = viewer("mehdi").youngPersonId();
        long future = meetings.schedule(
                claire,
                mehdi,
                new NewMeeting(MeetingKind.INTERVIEW, LocalDateTime.now(clock).plusDays(2), "Service ASE", null, null));
        assertThatThrownBy(() -> meetings.publishNotes(claire, future, "Compte rendu"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("notes", "meeting.error.notes.future"));
        long past = meetings.schedule(
                claire,
                mehdi,
                new NewMeeting(
                        MeetingKind.INTERVIEW, LocalDateTime.now(clock).minusDays(2), "Service ASE", null, null));
        assertThatThrownBy(() -> meetings.publishNotes(claire, past, "  ")).isInstanceOf(InvalidInputException.class);
        meetings.publishNotes(claire, past, "Nous avons parlé du stage.");
        assertThat(meetings.meetings(viewer("mehdi"), mehdi).past())
                .anySatisfy(m -> assertThat(m.notes()).isEqualTo("Nous avons parlé du stage."));
        assertThatThrownBy(() -> meetings.publishNotes(claire, past, "Autre chose"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("notes", "meeting.error.notes.published"));
        assertThatThrownBy(() -> meetings.publishNotes(viewer("thomas"), past, "x"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void karimAcknowledgesTheNotesAndClaireAnswersFromHerInbox() {
        Viewer karim = viewer("karim");
        Viewer claire = viewer("claire");
        Meeting notes = meetings.meetings(karim, lina()).past().stream()
                .filter(Meeting::notesPublished)
                .findFirst()
                .orElseThrow();

        reactions.react(
                karim,
                lina(),
                ReactionSubject.MEETING_NOTES,
                notes.id(),
                ReactionKind.WANT_TO_TALK,
                "Je voudrais parler de l’appartement.");

        Reaction received = reactions.inbox(claire, true).stream()
                .filter(r -> r.comment() != null && r.comment().contains("appartement"))
                .findFirst()
                .orElseThrow();
        assertThat(received.authorName()).isEqualTo("Karim Benali");
        assertThat(received.youngPersonName()).isEqualTo("Lina Benali");
        assertThatThrownBy(() -> reactions.answer(viewer("thomas"), received.id(), "x"))
                .isInstanceOf(AccessRefusedException.class);

        assertThatThrownBy(() -> reactions.inbox(karim, true)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> reactions.inbox(viewer("odpe"), true)).isInstanceOf(AccessRefusedException.class);

        reactions.answer(claire, received.id(), "Je vous appelle jeudi.");

        assertThat(reactions.inbox(claire, true)).extracting(Reaction::id).doesNotContain(received.id());
        assertThat(reactions.mine(karim, ReactionSubject.MEETING_NOTES, notes.id()))
                .anySatisfy(r -> assertThat(r.answer()).isEqualTo("Je vous appelle jeudi."));
    }

    @Test
    void reactionsAreCheckedBeforeTheyReachTheReferent() {
        Viewer karim = viewer("karim");
        long version = carePlans.published(karim, lina(), null).shown().id();
        assertThatThrownBy(() -> reactions.react(
                        karim, lina(), ReactionSubject.CARE_PLAN_VERSION, version, ReactionKind.DISAGREE, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("comment", "reaction.error.disagree-needs-comment"));
        assertThatThrownBy(() -> reactions.react(
                        viewer("nadia"), lina(), ReactionSubject.CARE_PLAN_VERSION, version, ReactionKind.READ, null))
                .isInstanceOf(AccessRefusedException.class);
        long upcoming = meetings.meetings(karim, lina()).upcoming().stream()
                .filter(m -> m.kind() == MeetingKind.SYNTHESE)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> reactions.react(
                        karim, lina(), ReactionSubject.MEETING_NOTES, upcoming, ReactionKind.READ, null))
                .isInstanceOf(AccessRefusedException.class);
        reactions.react(viewer("lina"), lina(), ReactionSubject.CARE_PLAN_VERSION, version, ReactionKind.READ, null);
        assertThat(reactions.mine(viewer("lina"), ReactionSubject.CARE_PLAN_VERSION, version))
                .isNotEmpty();
    }
}
