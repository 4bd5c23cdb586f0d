package fr.reperes.access;

import static fr.reperes.JournalEntries.entry;
import static fr.reperes.JournalEntries.writtenBy;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.DemoPeople;
import fr.reperes.IntegrationTest;
import fr.reperes.JournalEntries.Entry;
import fr.reperes.dossier.CarePlanDomain;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.careplan.YoungPersonCarePlan;
import fr.reperes.dossier.caseload.CaseloadFilter;
import fr.reperes.dossier.caseload.CaseloadRow;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.dossier.contacts.ContactService;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.dossier.meetings.Meeting;
import fr.reperes.dossier.reactions.Reaction;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every service read of personal data in the dossier, notification and invitation paths, with the exact journal
 * entries it writes: one row per read path, so that a journal call removed from any of them fails here. The
 * autonomy module's reads are in {@code fr.reperes.autonomy.JournaledPathwayReadsTest}.
 */
@IntegrationTest
class JournaledReadsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    YoungPersonService youngPeople;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeasureService measures;

    @Autowired
    ContactService contacts;

    @Autowired
    DocumentService documents;

    @Autowired
    ReactionService reactions;

    @Autowired
    Notifications notifications;

    @Autowired
    InvitationDesk invitations;

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

    private static Map<Entry, Long> one(long youngPersonId, InformationKind kind, AuditAction action) {
        return Map.of(entry(youngPersonId, kind, action), 1L);
    }

    private static Map<Entry, Long> merge(Map<Entry, Long> a, Map<Entry, Long> b) {
        Map<Entry, Long> merged = new HashMap<>(a);
        b.forEach((entry, count) -> merged.merge(entry, count, Long::sum));
        return merged;
    }

    /** A PPE read: the plan, the name on it, and its health part when there is one and the reader may see it. */
    private Map<Entry, Long> carePlanRead(long youngPersonId, boolean withHealth) {
        Map<Entry, Long> expected = merge(
                one(youngPersonId, InformationKind.CARE_PLAN, AuditAction.READ),
                one(youngPersonId, InformationKind.IDENTITY, AuditAction.READ));
        return withHealth ? merge(expected, one(youngPersonId, InformationKind.HEALTH, AuditAction.READ)) : expected;
    }

    private Map<Entry, Long> meetingsRead(long youngPersonId) {
        return merge(
                one(youngPersonId, InformationKind.MEETINGS_AND_NOTES, AuditAction.READ),
                one(youngPersonId, InformationKind.IDENTITY, AuditAction.READ));
    }

    /** The measures, where the child lives (allowed to these readers), and the name on the page. */
    private Map<Entry, Long> measuresRead(long youngPersonId) {
        return merge(
                merge(
                        one(youngPersonId, InformationKind.MEASURES, AuditAction.READ),
                        one(youngPersonId, InformationKind.PLACEMENT_LOCATION, AuditAction.READ)),
                one(youngPersonId, InformationKind.IDENTITY, AuditAction.READ));
    }

    /**
     * A parent's "my PPE": each child listed, then each child's latest version read (a child without a published
     * version has only the name read), with its health part when it has one.
     */
    private Map<Entry, Long> myCarePlansRead(Object plans) {
        Map<Entry, Long> expected = new HashMap<>();
        for (Object each : (List<?>) plans) {
            YoungPersonCarePlan plan = (YoungPersonCarePlan) each;
            long id = plan.youngPersonId();
            expected = merge(expected, one(id, InformationKind.IDENTITY, AuditAction.LISTED));
            expected = merge(
                    expected,
                    plan.shown() == null
                            ? one(id, InformationKind.IDENTITY, AuditAction.READ)
                            : carePlanRead(
                                    id,
                                    plan.shown().domains().stream()
                                            .anyMatch(domain -> domain.domain() == CarePlanDomain.HEALTH
                                                    && !domain.withheld()
                                                    && (domain.needs() != null || domain.objectives() != null))));
        }
        return expected;
    }

    /** One "listed" entry per young person shown in a list; a list that shows nobody proves nothing. */
    private static Map<Entry, Long> inboxRead(Stream<Reaction> reactions) {
        Map<Entry, Long> expected = reactions
                .map(reaction -> entry(
                        reaction.youngPersonId(),
                        reaction.subject() == ReactionSubject.CARE_PLAN_VERSION
                                ? InformationKind.CARE_PLAN
                                : InformationKind.MEETINGS_AND_NOTES,
                        AuditAction.READ))
                .distinct()
                .collect(Collectors.toMap(entry -> entry, entry -> 1L));
        assertThat(expected).as("reactions in the inbox").isNotEmpty();
        return expected;
    }

    private static Map<Entry, Long> listed(Stream<Long> youngPeople) {
        Map<Entry, Long> expected = youngPeople.collect(
                Collectors.toMap(id -> entry(id, InformationKind.IDENTITY, AuditAction.LISTED), id -> 1L));
        assertThat(expected).as("young people listed").isNotEmpty();
        return expected;
    }

    /** The caseload lists each young person, and the latest PPE's review date of those who have one. */
    private static Map<Entry, Long> caseloadListed(List<CaseloadRow> rows) {
        Map<Entry, Long> expected = new HashMap<>(listed(rows.stream().map(CaseloadRow::id)));
        rows.stream()
                .filter(row -> row.ppeReviewOn() != null)
                .forEach(row -> expected.put(entry(row.id(), InformationKind.CARE_PLAN, AuditAction.LISTED), 1L));
        return expected;
    }

    /** A read whose entries depend on what it returned (a list: one entry per young person listed). */
    private DynamicTest read(
            String name, Viewer reader, Supplier<?> call, Function<Object, Map<Entry, Long>> expected) {
        return DynamicTest.dynamicTest(name, () -> {
            var written = writtenBy(context, reader, call);
            written.are(expected.apply(written.value()));
        });
    }

    private DynamicTest read(String name, String reader, Supplier<?> call, Map<Entry, Long> expected) {
        return read(name, viewer(reader), call, value -> expected);
    }

    @TestFactory
    Stream<DynamicTest> everyReadOfPersonalDataWritesExactlyItsJournalEntries() {
        long lina = lina();
        long leo = leo();
        Viewer claire = viewer("claire");
        Viewer karim = viewer("karim");
        long linaV3 = carePlans.published(viewer("lina"), lina, 3).shown().id();
        long notesMeeting = meetings.meetings(karim, lina).past().stream()
                .filter(Meeting::notesPublished)
                .findFirst()
                .orElseThrow()
                .id();
        long uninvited = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        return Stream.of(
                read(
                        "profile: the young person's own identity",
                        "lina",
                        () -> youngPeople.profile(viewer("lina"), lina),
                        one(lina, InformationKind.IDENTITY, AuditAction.READ)),
                read(
                        "overview: the young person's home page",
                        "lina",
                        () -> youngPeople.overview(viewer("lina")),
                        one(lina, InformationKind.IDENTITY, AuditAction.READ)),
                read(
                        "file: the référent's page, with the parents' names",
                        "claire",
                        () -> youngPeople.file(claire, lina),
                        one(lina, InformationKind.IDENTITY, AuditAction.READ)),
                read(
                        "caseload: every young person listed",
                        claire,
                        () -> youngPeople.caseload(claire, new CaseloadFilter("Benali", null), PageRequest.of(0, 50)),
                        rows -> caseloadListed(((List<?>) rows)
                                .stream().map(CaseloadRow.class::cast).toList())),
                read(
                        "children: each child whose file is open to the parent",
                        karim,
                        () -> youngPeople.children(karim),
                        cards -> listed(((List<?>) cards)
                                .stream()
                                        .map(ChildCard.class::cast)
                                        .filter(ChildCard::open)
                                        .map(ChildCard::youngPersonId))),
                read(
                        "PPE: a parent of a minor reads the latest version, health included",
                        "karim",
                        () -> carePlans.published(karim, lina, null),
                        carePlanRead(lina, true)),
                read(
                        "PPE: the young person reads a version with its health part",
                        "lina",
                        () -> carePlans.published(viewer("lina"), lina, 3),
                        carePlanRead(lina, true)),
                read(
                        "PPE: the PDF",
                        "lina",
                        () -> carePlans.pdf(viewer("lina"), lina, 3, Locale.FRENCH),
                        carePlanRead(lina, true)),
                read("PPE: 'my PPE' of a parent", karim, () -> carePlans.mine(karim), this::myCarePlansRead),
                read(
                        "PPE: the référent's draft",
                        "claire",
                        () -> carePlans.draft(claire, lina),
                        one(lina, InformationKind.CARE_PLAN, AuditAction.READ)),
                read(
                        "meetings: a parent reads the meetings and notes",
                        "karim",
                        () -> meetings.meetings(karim, lina),
                        meetingsRead(lina)),
                read(
                        "meetings: the notes' PDF",
                        "karim",
                        () -> meetings.notesPdf(karim, lina, notesMeeting, Locale.FRENCH),
                        meetingsRead(lina)),
                read("meetings: 'my meetings'", "lina", () -> meetings.mine(viewer("lina")), meetingsRead(lina)),
                read(
                        "measures: a parent reads the measures and where the child lives",
                        "karim",
                        () -> measures.measures(karim, lina),
                        measuresRead(lina)),
                read("measures: 'my measures'", "lina", () -> measures.mine(viewer("lina")), measuresRead(lina)),
                read(
                        "contacts: the young person's contacts",
                        "lina",
                        () -> contacts.contacts(viewer("lina"), lina),
                        one(lina, InformationKind.IDENTITY, AuditAction.READ)),
                read(
                        "documents: the list",
                        "claire",
                        () -> documents.list(claire, leo),
                        one(leo, InformationKind.DOCUMENTS, AuditAction.LISTED)),
                documentChecked(leo),
                documentRead(leo),
                answersRead(lina, linaV3),
                read(
                        "reactions: the référent's inbox reads each young person's reactions once per subject kind",
                        claire,
                        () -> reactions.inbox(claire, false),
                        list -> inboxRead(((List<?>) list).stream().map(Reaction.class::cast))),
                bellRead(lina),
                read(
                        "invitation: the account is labelled with the young person's name",
                        "claire",
                        () -> invitations.inviteYoungPerson(claire, uninvited),
                        one(uninvited, InformationKind.IDENTITY, AuditAction.READ)));
    }

    /** Checking a document before sharing it reads its text. */
    private DynamicTest documentChecked(long leo) {
        return DynamicTest.dynamicTest("documents: checking a document before sharing it reads its text", () -> {
            Viewer claire = viewer("claire");
            long document = documents.add(
                    claire,
                    leo,
                    new NewDocument(
                            DocumentKind.JUDGMENT,
                            "Jugement",
                            LocalDate.now(clock).minusMonths(2),
                            "jugement.pdf",
                            pdf("Le juge confie Léo au service.")));
            writtenBy(context, claire, () -> documents.share(claire, document, true))
                    .are(entry(leo, InformationKind.DOCUMENTS, AuditAction.READ), 1);
        });
    }

    private DynamicTest documentRead(long leo) {
        return DynamicTest.dynamicTest("documents: a parent opens a shared document", () -> {
            Viewer claire = viewer("claire");
            long document = documents.add(
                    claire,
                    leo,
                    new NewDocument(
                            DocumentKind.JUDGMENT,
                            "Jugement",
                            LocalDate.now(clock).minusMonths(2),
                            "jugement.pdf",
                            pdf("Le juge confie Léo au service.")));
            documents.share(claire, document, true);
            Viewer sofia = viewer("sofia");
            writtenBy(context, sofia, () -> documents.content(sofia, document))
                    .are(entry(leo, InformationKind.DOCUMENTS, AuditAction.READ), 1);
        });
    }

    /** A parent reads the référent's answer to their reaction: read as the PPE is. */
    private DynamicTest answersRead(long lina, long version) {
        return DynamicTest.dynamicTest("reactions: a parent reads the référent's answer", () -> {
            Viewer karim = viewer("karim");
            reactions.react(
                    karim,
                    lina,
                    ReactionSubject.CARE_PLAN_VERSION,
                    version,
                    ReactionKind.WANT_TO_TALK,
                    "Pouvons-nous en parler ?");
            long reaction = reactions
                    .mine(karim, ReactionSubject.CARE_PLAN_VERSION, version)
                    .getFirst()
                    .id();
            reactions.answer(viewer("claire"), reaction, "Oui, appelez-moi jeudi.");
            var written =
                    writtenBy(context, karim, () -> reactions.mine(karim, ReactionSubject.CARE_PLAN_VERSION, version));
            assertThat(written.value()).anySatisfy(r -> assertThat(r.answer()).isEqualTo("Oui, appelez-moi jeudi."));
            written.are(entry(lina, InformationKind.CARE_PLAN, AuditAction.READ), 1);
        });
    }

    /** The bell names the young person each notification is about. */
    private DynamicTest bellRead(long lina) {
        return DynamicTest.dynamicTest("bell: the names shown in the notifications", () -> {
            notifications.tellFamily(lina, NotificationKind.CARE_PLAN_PUBLISHED);
            Viewer karim = viewer("karim");
            var written = writtenBy(context, karim, () -> notifications.recent(karim));
            assertThat(written.value()).isNotEmpty();
            written.are(entry(lina, InformationKind.IDENTITY, AuditAction.LISTED), 1);
        });
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
