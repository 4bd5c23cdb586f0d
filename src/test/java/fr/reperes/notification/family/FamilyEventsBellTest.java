package fr.reperes.notification.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.Deliveries;
import fr.reperes.IntegrationTest;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DocumentServiceTest;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.NotificationLine;
import fr.reperes.notification.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every event the family is told of reaches the bell of exactly the readers the policy allows: an answer to a
 * reaction its author alone, a shared document and a moved meeting the young person and the parents who may read that
 * part of the file; never Nadia (authority withdrawn), and under an anonymity order never a place.
 */
@IntegrationTest
class FamilyEventsBellTest {

    private static final List<String> FAMILIES = List.of("lina", "karim", "nadia", "sofia", "mehdi", "amina");

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactionService reactions;

    @Autowired
    DocumentService documents;

    @Autowired
    MeetingService meetings;

    @Autowired
    Notifications notifications;

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

    /** How many notifications of this kind each family persona holds. */
    private Map<String, Long> counts(NotificationKind kind) {
        return FAMILIES.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        subject -> jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = :k")
                                .param("a", viewer(subject).accountId())
                                .param("k", kind.name())
                                .query(Long.class)
                                .single()));
    }

    /** Runs the action, waits for the listeners, and returns who got one more notification of this kind. */
    private List<String> toldBy(NotificationKind kind, Runnable action) {
        Deliveries.awaitSettled(jdbc);
        Map<String, Long> before = counts(kind);
        action.run();
        Deliveries.awaitSettled(jdbc);
        Map<String, Long> after = counts(kind);
        return FAMILIES.stream()
                .filter(subject -> after.get(subject) > before.get(subject))
                .flatMap(subject -> Stream.generate(() -> subject).limit(after.get(subject) - before.get(subject)))
                .toList();
    }

    private long latestPpeVersion(long youngPersonId) {
        return jdbc.sql("SELECT id FROM care_plan_version WHERE young_person_id = :yp AND status = 'PUBLISHED' "
                        + "ORDER BY version_number DESC LIMIT 1")
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
    }

    private long publishedNotes(long youngPersonId) {
        return jdbc.sql("SELECT id FROM meeting WHERE young_person_id = :yp AND notes_published_at IS NOT NULL "
                        + "ORDER BY id LIMIT 1")
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
    }

    private long reactionOf(Viewer author, ReactionSubject subject, long subjectId) {
        return reactions.mine(author, subject, subjectId).getFirst().id();
    }

    @Test
    void anAnswerToAReactionToThePpeReachesItsAuthorAloneOnce() {
        long version = latestPpeVersion(lina());
        reactions.react(viewer("karim"), lina(), ReactionSubject.CARE_PLAN_VERSION, version, ReactionKind.READ, null);
        long karims = reactionOf(viewer("karim"), ReactionSubject.CARE_PLAN_VERSION, version);

        assertThat(toldBy(
                        NotificationKind.CARE_PLAN_REACTION_ANSWERED,
                        () -> reactions.answer(viewer("claire"), karims, "Merci, on en parle jeudi.")))
                .containsExactly("karim");
        // Marked answered once: a second click tells nobody again.
        assertThat(toldBy(
                        NotificationKind.CARE_PLAN_REACTION_ANSWERED,
                        () -> reactions.answer(viewer("claire"), karims, "Encore")))
                .isEmpty();
        assertThat(notifications.recent(viewer("karim")))
                .filteredOn(line -> line.kind() == NotificationKind.CARE_PLAN_REACTION_ANSWERED)
                .first()
                .satisfies(line -> {
                    assertThat(line.firstName()).isEqualTo("Lina");
                    assertThat(line.link()).isEqualTo("ppe");
                });
    }

    @Test
    void anAnswerToLinasReactionToNotesReachesLinaAndNotHerParents() {
        long notes = publishedNotes(lina());
        reactions.react(
                viewer("lina"),
                lina(),
                ReactionSubject.MEETING_NOTES,
                notes,
                ReactionKind.WANT_TO_TALK,
                "On en parle ?");
        long linas = reactionOf(viewer("lina"), ReactionSubject.MEETING_NOTES, notes);

        assertThat(toldBy(
                        NotificationKind.NOTES_REACTION_ANSWERED,
                        () -> reactions.answer(viewer("claire"), linas, "Oui, mardi.")))
                .containsExactly("lina");
    }

    @Test
    void aParentWhoseAuthorityWasWithdrawnSinceReactingIsNotToldOfTheAnswer() {
        long version = latestPpeVersion(lina());
        reactions.react(
                viewer("karim"), lina(), ReactionSubject.CARE_PLAN_VERSION, version, ReactionKind.WANT_TO_TALK, "Oui");
        long karims = reactionOf(viewer("karim"), ReactionSubject.CARE_PLAN_VERSION, version);
        long karimParent = viewer("karim").parentId();
        String authority = jdbc.sql("SELECT authority FROM parent_link WHERE parent_id = :p AND young_person_id = :yp")
                .param("p", karimParent)
                .param("yp", lina())
                .query(String.class)
                .single();
        try {
            setAuthority(karimParent, "WITHDRAWN");
            assertThat(toldBy(
                            NotificationKind.CARE_PLAN_REACTION_ANSWERED,
                            () -> reactions.answer(viewer("claire"), karims, "Bien reçu.")))
                    .isEmpty();
        } finally {
            setAuthority(karimParent, authority);
        }
    }

    private void setAuthority(long parentId, String authority) {
        jdbc.sql("UPDATE parent_link SET authority = :a WHERE parent_id = :p AND young_person_id = :yp")
                .param("a", authority)
                .param("p", parentId)
                .param("yp", lina())
                .update();
    }

    @Test
    void aSharedDocumentReachesLinaAndKarimButNotNadiaOnceWhateverTheClicks() {
        Viewer claire = viewer("claire");
        long document = documents.add(
                claire,
                lina(),
                new NewDocument(
                        DocumentKind.REPORT,
                        "Bulletin du premier trimestre",
                        LocalDate.now(clock).minusDays(1),
                        "bulletin.pdf",
                        DocumentServiceTest.pdf("Bons résultats.")));
        assertThat(toldBy(NotificationKind.DOCUMENT_SHARED, () -> {})).isEmpty();

        assertThat(toldBy(NotificationKind.DOCUMENT_SHARED, () -> documents.share(claire, document, true)))
                .containsExactlyInAnyOrder("lina", "karim");
        assertThat(toldBy(NotificationKind.DOCUMENT_SHARED, () -> {
                    documents.share(claire, document, true);
                    documents.share(claire, document, false);
                    documents.share(claire, document, true);
                }))
                .isEmpty();
        assertThat(toldBy(NotificationKind.DOCUMENT_SHARED, () -> documents.share(claire, document, false)))
                .isEmpty();
    }

    @Test
    void aDocumentSharedAboutLeoReachesSofiaAlone() {
        Viewer claire = viewer("claire");
        long document = documents.add(
                claire,
                leo(),
                new NewDocument(
                        DocumentKind.REPORT,
                        "Bilan orthophonie",
                        LocalDate.now(clock).minusDays(1),
                        "bilan.pdf",
                        DocumentServiceTest.pdf("Léo lit de mieux en mieux.")));

        assertThat(toldBy(NotificationKind.DOCUMENT_SHARED, () -> documents.share(claire, document, true)))
                .containsExactly("sofia");
    }

    @Test
    void aMovedMeetingReachesLinaAndKarimButNotNadiaEachTimeItMoves() {
        Viewer claire = viewer("claire");
        // Far enough not to be Lina's next meeting, which other tests read.
        LocalDateTime first = LocalDate.now(clock).plusDays(40).atTime(10, 0);
        long meeting = meetings.schedule(
                claire, lina(), new NewMeeting(MeetingKind.VISIT, first, "Service ASE Littoral", null, null));

        assertThat(toldBy(
                        NotificationKind.MEETING_MOVED,
                        () -> meetings.reschedule(claire, meeting, first.plusDays(1), "Service ASE Littoral")))
                .containsExactlyInAnyOrder("lina", "karim");
        assertThat(toldBy(
                        NotificationKind.MEETING_MOVED,
                        () -> meetings.reschedule(claire, meeting, first.plusDays(1), "Service ASE, salle 2")))
                .containsExactlyInAnyOrder("lina", "karim");
    }

    @Test
    void sofiaIsToldLeosMeetingMovedButNeverWhere() {
        Viewer claire = viewer("claire");
        LocalDateTime first = LocalDate.now(clock).plusDays(45).atTime(10, 0);
        long meeting = meetings.schedule(
                claire, leo(), new NewMeeting(MeetingKind.VISIT, first, "Service ASE Littoral", null, null));

        assertThat(toldBy(
                        NotificationKind.MEETING_MOVED,
                        () -> meetings.reschedule(claire, meeting, first.plusDays(2), "Maison des familles, salle 7")))
                .containsExactly("sofia");
        List<NotificationLine> told = notifications.recent(viewer("sofia"));
        assertThat(told)
                .filteredOn(line -> line.kind() == NotificationKind.MEETING_MOVED)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.firstName() + " " + line.link())
                        .doesNotContain("Maison des familles", "salle 7", "Service ASE"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a "
                                + "AND (link LIKE '%salle%' OR first_name LIKE '%salle%' OR occasion LIKE '%salle%')")
                        .param("a", viewer("sofia").accountId())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
