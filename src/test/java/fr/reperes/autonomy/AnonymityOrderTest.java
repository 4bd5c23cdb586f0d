package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.Deliveries;
import fr.reperes.IntegrationTest;
import fr.reperes.TwoInstances;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.imports.AutonomyImport;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDomain;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.ContactKind;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.anonymity.AnonymityRecheck;
import fr.reperes.dossier.anonymity.PlacementChanges;
import fr.reperes.dossier.anonymity.WithheldText;
import fr.reperes.dossier.anonymity.WithheldTexts;
import fr.reperes.dossier.contacts.ContactService;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.measures.MeasureService;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Every way a text a parent can read is written, imported or shared, tried under an anonymity order with the
 * placement written in several ways: each is refused on its field, and nothing is written. A new writing path belongs
 * in {@link #writingPaths}; a new parent-readable column fails FamilyTextRegistryTest until it is listed.
 */
@IntegrationTest
class AnonymityOrderTest {

    static final String NAME = "Maison Les Goélands";
    static final String ADDRESS = "12 rue des Capucines, 59140 Dunkerque";
    static final String PHONE = "03 28 00 11 22";
    /** The placement as a careless or a clever writer would put it. */
    static final List<String> LEAKS = List.of(
            "RDV à la maison les goelands",
            "au 12, RUE DES CAPUCINES",
            "Il est à Dunkerque.",
            "appeler le 03.28.00.11.22",
            "tél +33 3 28 00 11 22",
            "(0033) 3-28-00-11-22",
            "code postal 59140");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DossierImport dossier;

    @Autowired
    PlacementChanges placements;

    @Autowired
    DocumentService documents;

    @Autowired
    MeetingService meetings;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    ReactionService reactions;

    @Autowired
    AutonomyService autonomy;

    @Autowired
    PathwayService pathways;

    @Autowired
    YoungAdultRequests requests;

    @Autowired
    AutonomyImport autonomyImport;

    /** A young person of 17 and a half, with a parent, placed at the Goélands; the judge ordered anonymity. */
    record Ordered(PathwayPeople.Person person, long id) {}

    interface WritingPath {
        void write(AnonymityOrderTest test, Ordered ordered, String leak);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Viewer claire() {
        return TestSignIn.viewer(context, "claire");
    }

    Viewer young(Ordered o) {
        return o.person().viewer(context);
    }

    Ordered ordered() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(6), "claire");
        dossier.measures(List.of(new DossierImport.NewMeasure(
                person.id(),
                MeasureKind.PLACEMENT_JUDICIAIRE,
                Decider.JUGE_DES_ENFANTS,
                today().minusMonths(3),
                today().minusMonths(3),
                null,
                PlacementKind.MECS,
                NAME,
                ADDRESS,
                PHONE,
                null,
                null)));
        placements.orderAnonymity(claire(), person.id(), true);
        return new Ordered(person, person.id());
    }

    @Test
    void aStepsPartnerThatIsThePlacementIsKeptFromTheParentAndShownToTheYoungPerson() {
        Ordered o = ordered();
        long departement = jdbc.sql("SELECT departement_id FROM young_person WHERE id = :id")
                .param("id", o.id())
                .query(Long.class)
                .single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO partner (departement_id, kind, name, helps_with, address, hours, phone)
                        VALUES (:d, 'FJT', 'Foyer des jeunes travailleurs', 'Logement', :address, 'Tous les jours', :phone)""")
                .param("d", departement)
                .param("address", ADDRESS.toUpperCase())
                .param("phone", "+33 3 28 00 11 22")
                .update(keys, "id");
        long partner = keys.getKey().longValue();
        autonomy.addStep(
                claire(),
                o.id(),
                new NewStep(AutonomyDomain.HOUSING, "Visiter un logement", today().plusDays(10), null, partner));

        assertThat(autonomy.space(o.person().parent(context), o.id()).steps())
                .filteredOn(step -> step.title().equals("Visiter un logement"))
                .singleElement()
                .satisfies(step -> assertThat(step.partner()).isNull());
        assertThat(autonomy.space(young(o), o.id()).steps())
                .filteredOn(step -> step.title().equals("Visiter un logement"))
                .singleElement()
                .satisfies(step -> assertThat(step.partner().id()).isEqualTo(partner));
    }

    @Test
    void twoYoungPeoplesWithheldGridCommentsOfOneDomainAreEachKeptForTheirOwnReferent() {
        PathwayPeople.Person first = placedWithoutOrder();
        PathwayPeople.Person second = placedWithoutOrder();
        for (PathwayPeople.Person person : List.of(first, second)) {
            autonomy.assess(
                    person.viewer(context),
                    person.id(),
                    AutonomyDomain.HOUSING,
                    AutonomyLevel.values()[0],
                    "J'aime bien la " + NAME + ".",
                    true);
        }
        placements.orderAnonymity(claire(), first.id(), true);
        placements.orderAnonymity(claire(), second.id(), true);

        // A grid comment's row is its domain: only unique within one file, so the review list is kept per young person.
        assertThat(withheldTexts.pending(claire(), first.id())).hasSize(1);
        assertThat(withheldTexts.pending(claire(), second.id())).hasSize(1);
        assertThat(autonomy.space(first.parent(context), first.id())
                        .grid()
                        .get(AutonomyDomain.HOUSING)
                        .comment())
                .isNull();
    }

    @Test
    void aDraftRequestIsNeitherRecheckedNorListedToTheReferent() {
        PathwayPeople.Person person = placedWithoutOrder();
        requests.saveDraft(
                person.viewer(context),
                person.id(),
                new RequestDraft("Rester à la " + NAME + ".", true, false, false, "", true));
        placements.orderAnonymity(claire(), person.id(), true);

        assertThat(withheldTexts.pending(claire(), person.id())).isEmpty();
    }

    static byte[] textPdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    CarePlanDraft draft(String youth, String parents, CarePlanDomain domain, String objectives, String who) {
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains =
                new EnumMap<>(CarePlanDraft.empty().domains());
        domains.put(
                domain,
                new CarePlanDraft.DraftDomain(
                        "Besoins",
                        objectives,
                        "",
                        who == null ? List.of() : List.of(new CarePlanAction("Accompagner", who, null))));
        return new CarePlanDraft(today().plusMonths(6), youth, parents, domains);
    }

    long draftRequest(Ordered o) {
        return requests.saveDraft(young(o), o.id(), new RequestDraft("Finir mon CAP.", true, false, false, ""));
    }

    /** The parent's reaction to a published PPE version, made once per young person before the paths are tried. */
    long parentsReaction(Ordered o) {
        long existing = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM reaction WHERE young_person_id = :yp")
                .param("yp", o.id())
                .query(Long.class)
                .single();
        if (existing != 0) {
            return existing;
        }
        int version = dossier.carePlan(
                claire().accountId(),
                "Claire",
                o.id(),
                draft("", "", CarePlanDomain.HEALTH, "Suivi", null),
                Instant.now(clock));
        long versionId = jdbc.sql(
                        "SELECT id FROM care_plan_version WHERE young_person_id = :yp " + "AND version_number = :n")
                .param("yp", o.id())
                .param("n", version)
                .query(Long.class)
                .single();
        reactions.react(
                o.person().parent(context),
                o.id(),
                ReactionSubject.CARE_PLAN_VERSION,
                versionId,
                ReactionKind.WANT_TO_TALK,
                "On en parle ?");
        return parentsReaction(o);
    }

    static Arguments path(String name, String field, WritingPath path) {
        return Arguments.of(name, field, path);
    }

    static Stream<Arguments> writingPaths() {
        return Stream.of(
                path(
                        "DocumentService.add title",
                        "title",
                        (t, o, leak) -> t.documents.add(
                                t.claire(),
                                o.id(),
                                new NewDocument(DocumentKind.REPORT, leak, t.today(), "r.pdf", textPdf("Rapport")))),
                path(
                        "MeetingService.schedule place",
                        "place",
                        (t, o, leak) -> t.meetings.schedule(
                                t.claire(),
                                o.id(),
                                new NewMeeting(
                                        MeetingKind.VISIT,
                                        LocalDateTime.now(t.clock).plusDays(3),
                                        leak,
                                        null,
                                        null))),
                path(
                        "MeetingService.schedule invited",
                        "invited",
                        (t, o, leak) -> t.meetings.schedule(
                                t.claire(),
                                o.id(),
                                new NewMeeting(
                                        MeetingKind.VISIT,
                                        LocalDateTime.now(t.clock).plusDays(3),
                                        "Service",
                                        leak,
                                        null))),
                path(
                        "MeetingService.schedule questions",
                        "questions",
                        (t, o, leak) -> t.meetings.schedule(
                                t.claire(),
                                o.id(),
                                new NewMeeting(
                                        MeetingKind.SYNTHESE,
                                        LocalDateTime.now(t.clock).plusDays(3),
                                        "Service",
                                        null,
                                        leak))),
                path("MeetingService.reschedule place", "place", (t, o, leak) -> {
                    long meeting = t.meetings.schedule(
                            t.claire(),
                            o.id(),
                            new NewMeeting(
                                    MeetingKind.VISIT,
                                    LocalDateTime.now(t.clock).plusDays(3),
                                    "Service",
                                    null,
                                    null));
                    t.meetings.reschedule(
                            t.claire(), meeting, LocalDateTime.now(t.clock).plusDays(4), leak);
                }),
                path("MeetingService.publishNotes", "notes", (t, o, leak) -> {
                    long meeting = t.dossier.meeting(
                            t.claire().accountId(),
                            "Claire",
                            o.id(),
                            new NewMeeting(
                                    MeetingKind.SYNTHESE,
                                    LocalDateTime.now(t.clock).minusDays(2),
                                    "Service",
                                    null,
                                    null),
                            null);
                    t.meetings.publishNotes(t.claire(), meeting, leak);
                }),
                path(
                        "DossierImport.meeting notes",
                        "notes",
                        (t, o, leak) -> t.dossier.meeting(
                                t.claire().accountId(),
                                "Claire",
                                o.id(),
                                new NewMeeting(
                                        MeetingKind.SYNTHESE,
                                        LocalDateTime.now(t.clock).minusDays(2),
                                        "Service",
                                        null,
                                        null),
                                leak)),
                path(
                        "CarePlanService.saveDraft youthWords",
                        "youthWords",
                        (t, o, leak) -> t.carePlans.saveDraft(
                                t.claire(), o.id(), t.draft(leak, "", CarePlanDomain.HEALTH, "", null))),
                path(
                        "CarePlanService.publish parentsWords",
                        "parentsWords",
                        (t, o, leak) -> t.carePlans.publish(
                                t.claire(), o.id(), t.draft("", leak, CarePlanDomain.HEALTH, "", null))),
                path(
                        "CarePlanService.publish objectives",
                        "SCHOOLING.objectives",
                        (t, o, leak) -> t.carePlans.publish(
                                t.claire(), o.id(), t.draft("", "", CarePlanDomain.SCHOOLING, leak, null))),
                path(
                        "CarePlanService.saveDraft action who",
                        "FAMILY.action.0.who",
                        (t, o, leak) -> t.carePlans.saveDraft(
                                t.claire(), o.id(), t.draft("", "", CarePlanDomain.FAMILY, "", leak))),
                path(
                        "DossierImport.carePlan",
                        "SCHOOLING.objectives",
                        (t, o, leak) -> t.dossier.carePlan(
                                t.claire().accountId(),
                                "Claire",
                                o.id(),
                                t.draft("", "", CarePlanDomain.SCHOOLING, leak, null),
                                Instant.now(t.clock))),
                path(
                        "CarePlanService.publishForAttachment",
                        "HOUSING.goals",
                        (t, o, leak) -> t.carePlans.publishForAttachment(
                                t.claire(), o.id(), t.today().plusMonths(6), Map.of("HOUSING.goals", leak))),
                path(
                        "ReactionService.answer",
                        "answer",
                        (t, o, leak) -> t.reactions.answer(t.claire(), t.parentsReaction(o), leak)),
                path(
                        "DossierImport.meetings place",
                        "meetings[0].place",
                        (t, o, leak) -> t.dossier.meetings(List.of(new DossierImport.ImportedMeeting(
                                o.id(),
                                MeetingKind.VISIT,
                                LocalDateTime.now(t.clock).plusDays(5),
                                leak)))),
                path(
                        "DossierImport.measures visitingFrequency",
                        "measures[0].visitingFrequency",
                        (t, o, leak) -> t.dossier.measures(List.of(new DossierImport.NewMeasure(
                                o.id(),
                                MeasureKind.AEMO,
                                Decider.JUGE_DES_ENFANTS,
                                t.today(),
                                t.today(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                VisitingRights.MEDIATED,
                                leak)))),
                path(
                        "DossierImport.contacts organisation",
                        "contacts[0].organisation",
                        (t, o, leak) -> t.dossier.contacts(List.of(new DossierImport.NewContact(
                                o.id(), ContactKind.LAWYER, "Me Martin", leak, null, null, false)))),
                path(
                        "AutonomyService.assess comment",
                        "HOUSING.comment",
                        (t, o, leak) -> t.autonomy.assess(
                                t.young(o), o.id(), AutonomyDomain.HOUSING, AutonomyLevel.LEARNING, leak)),
                path(
                        "AutonomyService.addStep title",
                        "title",
                        (t, o, leak) -> t.autonomy.addStep(
                                t.claire(), o.id(), new NewStep(AutonomyDomain.HOUSING, leak, null, null, null))),
                path(
                        "AutonomyService.addStep helper",
                        "helper",
                        (t, o, leak) -> t.autonomy.addStep(
                                t.young(o),
                                o.id(),
                                new NewStep(AutonomyDomain.HOUSING, "Visiter un studio", null, leak, null))),
                path(
                        "AutonomyImport.space step",
                        "steps[0].title",
                        (t, o, leak) -> t.autonomyImport.space(
                                o.id(),
                                List.of(),
                                List.of(new NewStep(AutonomyDomain.MONEY, leak, null, null, null)),
                                List.of(StepStatus.TODO))),
                path(
                        "PathwayService.prepareInterview questions",
                        "questions",
                        (t, o, leak) -> t.pathways.prepareInterview(t.young(o), o.id(), "Un studio", leak)),
                path(
                        "AutonomyImport.interview wishes",
                        "wishes",
                        (t, o, leak) -> t.autonomyImport.interview(
                                t.claire(),
                                o.id(),
                                new NewMeeting(
                                        MeetingKind.INTERVIEW,
                                        LocalDateTime.now(t.clock).plusDays(9),
                                        "Service",
                                        null,
                                        null),
                                leak,
                                null,
                                null)),
                path(
                        "AutonomyImport.project goals",
                        "HOUSING.goals",
                        (t, o, leak) -> t.autonomyImport.project(
                                t.claire(),
                                o.id(),
                                t.today().plusMonths(6),
                                new ProjectDraft(
                                        t.today().plusMonths(6), Map.of(AutonomyDomain.HOUSING, leak), List.of()),
                                Instant.now(t.clock))),
                path(
                        "AutonomyImport.project action who",
                        "action.0.who",
                        (t, o, leak) -> t.autonomyImport.project(
                                t.claire(),
                                o.id(),
                                t.today().plusMonths(6),
                                new ProjectDraft(
                                        t.today().plusMonths(6),
                                        Map.of(AutonomyDomain.HOUSING, "Un studio"),
                                        List.of(new ProjectAction(AutonomyDomain.HOUSING, "Visiter", leak, null))),
                                Instant.now(t.clock))),
                path(
                        "YoungAdultRequests.saveDraft plans",
                        "plans",
                        (t, o, leak) -> t.requests.saveDraft(
                                t.young(o), o.id(), new RequestDraft(leak, true, false, false, ""))),
                path(
                        "YoungAdultRequests.saveDraft otherSupport",
                        "otherSupport",
                        (t, o, leak) -> t.requests.saveDraft(
                                t.young(o), o.id(), new RequestDraft("Un CAP", true, false, false, leak))),
                path(
                        "YoungAdultRequests.refuse reasons",
                        "reasons",
                        (t, o, leak) -> t.requests.refuse(t.claire(), t.draftRequest(o), t.today(), leak)),
                path(
                        "YoungAdultRequests.grant objectives",
                        "objectives",
                        (t, o, leak) -> t.requests.grant(
                                t.claire(),
                                t.draftRequest(o),
                                t.today(),
                                new NewContract(
                                        leak,
                                        t.today().plusMonths(7),
                                        t.today().plusMonths(12),
                                        t.today().plusMonths(9)))),
                path("YoungAdultRequests.addDocument file name", "file", (t, o, leak) -> {
                    t.draftRequest(o);
                    t.requests.addDocument(t.young(o), o.id(), leak + ".pdf", textPdf("Attestation"));
                }),
                path("AutonomyImport.request reasons", "reasons", (t, o, leak) -> {
                    Map<RequestStatus, LocalDate> steps = new LinkedHashMap<>();
                    steps.put(RequestStatus.SUBMITTED, t.today().minusDays(20));
                    steps.put(RequestStatus.REFUSED, t.today().minusDays(2));
                    t.autonomyImport.request(
                            t.young(o),
                            t.claire(),
                            o.id(),
                            null,
                            new RequestDraft("Un CAP", true, false, false, ""),
                            steps,
                            leak,
                            null);
                }),
                path(
                        "AutonomyImport.pathways plans",
                        "pathways[0].requests[0].plans",
                        (t, o, leak) -> t.autonomyImport.pathways(List.of(new AutonomyImport.NewPathway(
                                o.id(),
                                "Test",
                                "Claire",
                                List.of(),
                                null,
                                List.of(new AutonomyImport.NewRequest(
                                        false,
                                        leak,
                                        true,
                                        false,
                                        false,
                                        List.of(new AutonomyImport.RequestStep(
                                                RequestStatus.DRAFT, t.today().minusDays(3))),
                                        null,
                                        null)))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writingPaths")
    void everyWritingPathRefusesATextThatNamesThePlacement(String name, String field, WritingPath path) {
        Ordered ordered = ordered();
        if (name.startsWith("ReactionService")) {
            parentsReaction(ordered);
        }
        long before = rowsOf(ordered.id());
        for (String leak : LEAKS) {
            assertThatThrownBy(() -> path.write(this, ordered, leak))
                    .as(name + " with " + leak)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsEntry(
                                            field,
                                            writtenByTheYoungPerson(name)
                                                    ? AnonymityGuard.LEAK_YOUTH
                                                    : AnonymityGuard.LEAK));
        }
        assertThat(rowsOf(ordered.id())).as("nothing written").isEqualTo(before);
    }

    /** The young person is told in their own words ("tu"). */
    static boolean writtenByTheYoungPerson(String name) {
        return List.of(
                        "AutonomyService.assess comment",
                        "AutonomyService.addStep helper",
                        "PathwayService.prepareInterview questions",
                        "YoungAdultRequests.saveDraft plans",
                        "YoungAdultRequests.saveDraft otherSupport",
                        "YoungAdultRequests.addDocument file name")
                .contains(name);
    }

    /** Every row a writing path could leave behind for this young person. */
    long rowsOf(long youngPersonId) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM document WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM meeting WHERE young_person_id = :yp AND notes IS NOT NULL)
                             + (SELECT COUNT(*) FROM care_plan_version WHERE young_person_id = :yp AND status = 'PUBLISHED')
                             + (SELECT COUNT(*) FROM reaction WHERE young_person_id = :yp AND answer IS NOT NULL)
                             + (SELECT COUNT(*) FROM measure WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM contact WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM autonomy_assessment WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM autonomy_step WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM autonomy_interview WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM autonomy_project WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM young_adult_contract WHERE young_person_id = :yp)
                             + (SELECT COUNT(*) FROM young_adult_request WHERE young_person_id = :yp
                                AND (refusal_reasons IS NOT NULL OR status <> 'DRAFT'))""").param("yp", youngPersonId).query(Long.class).single();
    }

    @Autowired
    WithheldTexts withheldTexts;

    @Autowired
    AnonymityRecheck recheck;

    @Autowired
    ContactService contacts;

    @Autowired
    MeasureService measures;

    @Autowired
    AuditJournal journal;

    long bell(long youngPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND young_person_id = :yp "
                        + "AND kind = 'PLACEMENT_TEXTS_WITHHELD'")
                .param("a", claire().accountId())
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
    }

    PathwayPeople.Person placedWithoutOrder() {
        PathwayPeople.Person person =
                PathwayPeople.bornOn(context, today().minusYears(17).minusMonths(6), "claire");
        dossier.measures(List.of(new DossierImport.NewMeasure(
                person.id(),
                MeasureKind.PLACEMENT_JUDICIAIRE,
                Decider.JUGE_DES_ENFANTS,
                today().minusMonths(3),
                today().minusMonths(3),
                null,
                PlacementKind.MECS,
                NAME,
                ADDRESS,
                PHONE,
                null,
                null)));
        return person;
    }

    @Test
    void textsWrittenBeforeTheOrderAreWithheldFromTheParentsUntilTheReferentReviewsThem() {
        PathwayPeople.Person person = placedWithoutOrder();
        long id = person.id();
        Viewer parent = person.parent(context);
        long meeting = meetings.schedule(
                claire(),
                id,
                new NewMeeting(MeetingKind.VISIT, LocalDateTime.now(clock).plusDays(3), NAME, null, null));
        long titled = documents.add(
                claire(),
                id,
                new NewDocument(
                        DocumentKind.REPORT, "Bilan à Dunkerque", today(), "b.pdf", textPdf("Bilan du trimestre.")));
        documents.share(claire(), titled, true);
        long inside = documents.add(
                claire(),
                id,
                new NewDocument(
                        DocumentKind.REPORT,
                        "Bilan scolaire",
                        today(),
                        "s.pdf",
                        textPdf("Adresse du lieu : 12 rue des Capucines.")));
        documents.share(claire(), inside, true);
        long plain = documents.add(
                claire(),
                id,
                new NewDocument(
                        DocumentKind.REPORT, "Jugement", today(), "j.pdf", textPdf("Le juge maintient le placement.")));
        documents.share(claire(), plain, true);
        dossier.carePlan(
                claire().accountId(),
                "Claire",
                id,
                draft("", "", CarePlanDomain.SCHOOLING, "Rester au collège de Dunkerque", null),
                Instant.now(clock));
        dossier.contacts(List.of(new DossierImport.NewContact(
                id, ContactKind.LAWYER, "Maître Martin", "Cabinet du port de Dunkerque", null, null, false)));
        dossier.measures(List.of(new DossierImport.NewMeasure(
                id,
                MeasureKind.AEMO,
                Decider.JUGE_DES_ENFANTS,
                today().minusYears(2),
                today().minusYears(2),
                today().minusMonths(3),
                null,
                null,
                null,
                null,
                VisitingRights.FREE,
                "Le week-end, rue des Capucines")));
        assertThat(meetings.meetings(parent, id).upcoming())
                .extracting(m -> m.place())
                .contains(NAME);
        assertThat(contacts.contacts(parent, id)).extracting(c -> c.name()).contains("Maître Martin");
        assertThat(documents.list(parent, id)).hasSize(3);
        long told = bell(id);
        long journaled = journal.count(id, claire().accountId(), InformationKind.DOCUMENTS);

        assertThat(placements.orderAnonymity(claire(), id, true)).isEqualTo(6);

        // The parent no longer reads any of it...
        assertThat(meetings.meetings(parent, id).upcoming())
                .filteredOn(m -> m.id() == meeting)
                .singleElement()
                .satisfies(m -> assertThat(m.place()).isNull());
        assertThat(documents.list(parent, id)).extracting(d -> d.id()).containsExactly(plain);
        assertThatThrownBy(() -> documents.content(parent, inside)).isInstanceOf(AccessRefusedException.class);
        assertThat(carePlans.published(parent, id, null).shown().domains())
                .filteredOn(d -> d.domain() == CarePlanDomain.SCHOOLING)
                .singleElement()
                .satisfies(d -> assertThat(d.objectives()).isNull());
        assertThat(contacts.contacts(parent, id)).extracting(c -> c.name()).doesNotContain("Maître Martin");
        assertThat(measures.measures(parent, id).measures())
                .filteredOn(m -> m.kind() == MeasureKind.AEMO)
                .singleElement()
                .satisfies(m -> assertThat(m.visitingFrequency()).isNull());
        // ...the young person and the référent still do...
        assertThat(meetings.meetings(person.viewer(context), id).upcoming())
                .extracting(m -> m.place())
                .contains(NAME);
        assertThat(documents.list(claire(), id)).hasSize(3);
        // ...the référent is told, and the check of the shared PDFs is journaled as a read.
        // The référent is told after the commit, through the event publication registry.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> bell(id) == told + 1);
        assertThat(journal.count(id, claire().accountId(), InformationKind.DOCUMENTS))
                .isGreaterThan(journaled);

        List<WithheldText> pending = withheldTexts.pending(claire(), id);
        assertThat(pending)
                .extracting(w -> w.source())
                .containsExactlyInAnyOrder(
                        "meeting.place",
                        "document.title",
                        "document.content",
                        "care_plan_domain.objectives",
                        "contact.organisation",
                        "measure.visiting_frequency");
        assertThatThrownBy(() -> withheldTexts.pending(parent, id)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() ->
                        withheldTexts.confirmSafe(parent, pending.getFirst().id()))
                .isInstanceOf(AccessRefusedException.class);
        long place = pending.stream()
                .filter(w -> w.source().equals("meeting.place"))
                .findFirst()
                .orElseThrow()
                .id();
        withheldTexts.confirmSafe(claire(), place);
        assertThat(meetings.meetings(parent, id).upcoming())
                .extracting(m -> m.place())
                .contains(NAME);
        assertThat(withheldTexts.pending(claire(), id)).hasSize(5);
    }

    @Test
    void anOrderWrittenStraightIntoTheDatabaseIsCaughtBeforeTheParentsNextRead() {
        PathwayPeople.Person person = placedWithoutOrder();
        long id = person.id();
        meetings.schedule(
                claire(),
                id,
                new NewMeeting(
                        MeetingKind.VISIT,
                        LocalDateTime.now(clock).plusDays(3),
                        "Service",
                        null,
                        "Peut-on se voir à Dunkerque ?"));
        long told = bell(id);
        jdbc.sql("UPDATE young_person SET placement_anonymity_ordered = TRUE WHERE id = :id")
                .param("id", id)
                .update();

        assertThat(meetings.meetings(person.parent(context), id).upcoming())
                .singleElement()
                .satisfies(m -> assertThat(m.questions()).isNull());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM anonymity_recheck WHERE young_person_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        // The référent is told after the commit, through the event publication registry.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> bell(id) == told + 1);
    }

    @Test
    void theScheduleChecksEveryYoungPersonTheDatabaseMarkedDue() {
        PathwayPeople.Person person = placedWithoutOrder();
        long id = person.id();
        meetings.schedule(
                claire(),
                id,
                new NewMeeting(MeetingKind.VISIT, LocalDateTime.now(clock).plusDays(3), NAME, null, null));
        long told = bell(id);
        jdbc.sql("UPDATE young_person SET placement_anonymity_ordered = TRUE WHERE id = :id")
                .param("id", id)
                .update();

        recheck.runDue();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM withheld_text WHERE young_person_id = :id AND reviewed_at IS NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM anonymity_recheck WHERE young_person_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        // The référent is told after the commit, through the event publication registry.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> bell(id) == told + 1);
    }

    @Test
    void aNewPlacementChecksAgainWhatWasWrittenBefore() {
        Ordered o = ordered();
        meetings.schedule(
                claire(),
                o.id(),
                new NewMeeting(
                        MeetingKind.VISIT, LocalDateTime.now(clock).plusDays(3), "Médiathèque de Calais", null, null));
        long measure = jdbc.sql("SELECT id FROM measure WHERE young_person_id = :id")
                .param("id", o.id())
                .query(Long.class)
                .single();
        long told = bell(o.id());

        assertThat(placements.changePlacement(
                        claire(), measure, "Famille Morel", "3 rue des Lilas, 62100 Calais", "03 21 00 00 07"))
                .isEqualTo(1);

        assertThat(meetings.meetings(o.person().parent(context), o.id()).upcoming())
                .singleElement()
                .satisfies(m -> assertThat(m.place()).isNull());
        // The référent is told after the commit, through the event publication registry.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> bell(o.id()) == told + 1);
        // The old place is no secret any more.
        assertThat(meetings.schedule(
                        claire(),
                        o.id(),
                        new NewMeeting(
                                MeetingKind.VISIT,
                                LocalDateTime.now(clock).plusDays(5),
                                "Ancien lieu à Dunkerque",
                                null,
                                null)))
                .isPositive();
    }

    @Test
    void underAnOrderAPdfThatNamesThePlacementOrCannotBeReadIsNeverShared() {
        Ordered o = ordered();
        long naming = documents.add(
                claire(),
                o.id(),
                new NewDocument(
                        DocumentKind.REPORT, "Rapport", today(), "r.pdf", textPdf("Contact du lieu : 03-28-00-11-22")));
        long scan = documents.add(
                claire(),
                o.id(),
                new NewDocument(DocumentKind.REPORT, "Jugement scanné", today(), "s.pdf", imagePdf()));
        long plain = documents.add(
                claire(),
                o.id(),
                new NewDocument(
                        DocumentKind.REPORT,
                        "Rapport",
                        today(),
                        "p.pdf",
                        textPdf("Léo va bien. Les visites continuent au service, deux fois par mois.")));
        long journaled = journal.count(o.id(), claire().accountId(), InformationKind.DOCUMENTS);

        assertThatThrownBy(() -> documents.share(claire(), naming, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", AnonymityGuard.PDF_LEAK));
        assertThatThrownBy(() -> documents.share(claire(), scan, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", AnonymityGuard.PDF_UNREADABLE));
        documents.share(claire(), plain, true);

        assertThat(documents.list(o.person().parent(context), o.id()))
                .extracting(d -> d.id())
                .containsExactly(plain);
        // Each check read the PDF, refused or not: one journal entry each.
        assertThat(journal.count(o.id(), claire().accountId(), InformationKind.DOCUMENTS))
                .isEqualTo(journaled + 3);
    }

    @Test
    void aParentUnderAnOrderGetsNoPieceOfARequestThatCannotBeCheckedOrNamesThePlacement() {
        Ordered o = ordered();
        // Shared with the parents, so that only the order keeps the naming document from them.
        requests.saveDraft(young(o), o.id(), new RequestDraft("Un CAP", true, false, false, "", true));
        long naming =
                requests.addDocument(young(o), o.id(), "attestation.pdf", textPdf("Hébergement : Maison Les Goélands"));
        long plain = requests.addDocument(young(o), o.id(), "cv.pdf", textPdf("Mon CV : CAP cuisine, stage."));
        Viewer parent = o.person().parent(context);
        assertThatThrownBy(() -> requests.document(parent, naming)).isInstanceOf(AccessRefusedException.class);
        assertThat(requests.document(parent, plain)).isNotEmpty();
        assertThat(requests.document(young(o), naming)).isNotEmpty();
    }

    static byte[] imagePdf() {
        try {
            BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            Image scan = Image.getInstance(png.toByteArray());
            scan.scaleToFit(500, 700);
            document.add(scan);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two instances' schedules at the same moment: the young person checked once, the référent told once. */
    @Test
    void twoInstancesCheckingAtOnceTellTheReferentOnce() throws Exception {
        PathwayPeople.Person person = placedWithoutOrder();
        long id = person.id();
        meetings.schedule(
                claire(),
                id,
                new NewMeeting(MeetingKind.VISIT, LocalDateTime.now(clock).plusDays(3), NAME, null, null));
        long told = bell(id);
        jdbc.sql("UPDATE young_person SET placement_anonymity_ordered = TRUE WHERE id = :id")
                .param("id", id)
                .update();

        TwoInstances.atOnce(() -> {
            recheck.runDue();
            return true;
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM withheld_text WHERE young_person_id = :id AND reviewed_at IS NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Deliveries.awaitSettled(jdbc);
        assertThat(bell(id)).isEqualTo(told + 1);
    }
}
