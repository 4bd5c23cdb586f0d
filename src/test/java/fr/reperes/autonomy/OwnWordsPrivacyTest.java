package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.autonomy.FamilyReaders.Family;
import fr.reperes.autonomy.FamilyReaders.Reader;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.imports.AutonomyImport;
import fr.reperes.autonomy.pathway.Pathway;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.RequestDocument;
import fr.reperes.autonomy.request.YoungAdultRequest;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The young person's own words written for their référent reach their parents only when the young person shared them:
 * a table over every reader, a minor and an adult, shared or not, and every kind of text the young person writes,
 * each read through the services the pages use.
 */
@IntegrationTest
class OwnWordsPrivacyTest {

    /** Every text the young person writes for their référent. */
    enum Words {
        GRID_COMMENT,
        INTERVIEW_WISHES,
        INTERVIEW_QUESTIONS,
        REQUEST_PLANS,
        REQUEST_OTHER_SUPPORT,
        REQUEST_DOCUMENT,
        DRAFT_PLANS
    }

    private record Key(boolean adult, boolean shared) {}

    private static final Map<Key, Family> FAMILIES = new HashMap<>();

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyService autonomy;

    @Autowired
    PathwayService pathways;

    @Autowired
    YoungAdultRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    static Stream<Arguments> table() {
        return Stream.of(false, true)
                .flatMap(adult -> Stream.of(false, true)
                        .flatMap(shared -> Stream.of(Reader.values())
                                .flatMap(reader -> Stream.of(Words.values())
                                        .map(words -> Arguments.of(
                                                adult ? "adult" : "minor",
                                                shared ? "shared" : "not shared",
                                                reader,
                                                words,
                                                visible(reader, adult, shared, words))))));
    }

    /**
     * The rule as a table: the young person reads everything; their référent what was sent (not a draft); a parent
     * whose child's file is open to them only what was shared.
     */
    private static boolean visible(Reader reader, boolean adult, boolean shared, Words words) {
        if (!reader.opensFile(adult)) {
            return false;
        }
        return switch (reader) {
            case SELF -> true;
            case ASSIGNED_REFERENT -> words != Words.DRAFT_PLANS;
            case PARENT_GRANTED, PARENT_NOT_GRANTED, PARENT_WITHDRAWN -> shared;
            case OTHER_REFERENT -> false;
        };
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}: shown = {4}")
    @MethodSource("table")
    void theYoungPersonsWordsReachOnlyTheReadersTheTableSays(
            String age, String sharing, Reader reader, Words words, boolean shown) {
        Family family = family(age.equals("adult"), sharing.equals("shared"));
        String text = read(family.viewer(context, reader), family.id(), words);
        assertThat(text.contains("Mots")).as("%s reads: %s", reader, text).isEqualTo(shown);
    }

    @Test
    void aParentIsNotToldOfADraftTheYoungPersonKeptForThemself() {
        Family family = family(false, false);
        Viewer parent = family.viewer(context, Reader.PARENT_GRANTED);
        Pathway pathway = pathways.pathway(parent, family.id());
        assertThat(pathway.requests())
                .extracting(YoungAdultRequest::status)
                .doesNotContain(RequestStatus.DRAFT)
                .contains(RequestStatus.REFUSED);
        assertThat(pathway.requests()).allSatisfy(r -> {
            assertThat(r.wordsWithheld()).isTrue();
            assertThat(r.documents()).isEmpty();
            assertThat(r.content().housing()).isFalse();
        });
        assertThat(pathway.interview().preparedAt()).isNull();
        Pathway shared = pathways.pathway(
                family(false, true).viewer(context, Reader.PARENT_GRANTED),
                family(false, true).id());
        assertThat(shared.requests()).extracting(YoungAdultRequest::status).contains(RequestStatus.DRAFT);
        assertThat(shared.requests()).noneMatch(YoungAdultRequest::wordsWithheld);
    }

    /** The texts of one kind the viewer is given through the services, empty when refused. */
    private String read(Viewer viewer, long youngPersonId, Words words) {
        try {
            Pathway pathway = words == Words.GRID_COMMENT ? null : pathways.pathway(viewer, youngPersonId);
            return switch (words) {
                case GRID_COMMENT ->
                    Objects.toString(
                            autonomy.space(viewer, youngPersonId)
                                    .grid()
                                    .get(AutonomyDomain.HOUSING)
                                    .comment(),
                            "");
                case INTERVIEW_WISHES -> Objects.toString(pathway.interview().wishes(), "");
                case INTERVIEW_QUESTIONS -> Objects.toString(pathway.interview().questions(), "");
                case REQUEST_PLANS ->
                    pathway.requests().stream()
                            .filter(r -> r.status() != RequestStatus.DRAFT)
                            .map(r -> r.content().plans())
                            .collect(Collectors.joining("\n"));
                case REQUEST_OTHER_SUPPORT ->
                    pathway.requests().stream()
                            .map(r -> r.content().otherSupport())
                            .collect(Collectors.joining("\n"));
                case REQUEST_DOCUMENT ->
                    pathway.requests().stream()
                                    .flatMap(r -> r.documents().stream())
                                    .map(RequestDocument::fileName)
                                    .collect(Collectors.joining("\n"))
                            + download(viewer, youngPersonId);
                case DRAFT_PLANS ->
                    pathway.requests().stream()
                            .filter(r -> r.status() == RequestStatus.DRAFT)
                            .map(r -> r.content().plans())
                            .collect(Collectors.joining("\n"));
            };
        } catch (AccessRefusedException refused) {
            return "";
        }
    }

    /** The joined document itself, downloaded by id as an attacker who guessed it would. */
    private String download(Viewer viewer, long youngPersonId) {
        long documentId = jdbc.sql("SELECT d.id FROM young_adult_request_document d JOIN young_adult_request r "
                        + "ON r.id = d.request_id WHERE r.young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
        try {
            return new String(requests.document(viewer, documentId), StandardCharsets.ISO_8859_1);
        } catch (AccessRefusedException refused) {
            return "";
        }
    }

    /**
     * A young person of 17 or 19 who wrote every kind of text, shared with their parents or not: a grid comment, the
     * entretien's preparation, a request with a document (sent, then refused) and a new draft.
     */
    private Family family(boolean adult, boolean shared) {
        return FAMILIES.computeIfAbsent(new Key(adult, shared), key -> {
            LocalDate today = LocalDate.now(clock);
            Family family = FamilyReaders.bornOn(
                    context, today.minusYears(adult ? 19 : 17).minusMonths(3));
            Viewer self = family.viewer(context, Reader.SELF);
            Viewer claire = TestSignIn.viewer(context, "claire");
            autonomy.assess(
                    self, family.id(), AutonomyDomain.HOUSING, AutonomyLevel.LEARNING, "Motscommentaire", shared);
            context.getBean(AutonomyImport.class)
                    .interview(
                            claire,
                            family.id(),
                            new NewMeeting(
                                    MeetingKind.INTERVIEW,
                                    today.plusDays(10).atTime(10, 0),
                                    "Maison du Département",
                                    null,
                                    null),
                            null,
                            null,
                            null);
            pathways.prepareInterview(self, family.id(), "Motssouhaits", "Motsquestions", shared);
            requests.saveDraft(
                    self, family.id(), new RequestDraft("Motsprojets", true, false, false, "Motsautre", shared));
            requests.addDocument(
                    self,
                    family.id(),
                    "Motsdocument.pdf",
                    "%PDF-1.4 Motscontenu".getBytes(StandardCharsets.ISO_8859_1));
            requests.submit(self, family.id());
            long requestId =
                    pathways.pathway(claire, family.id()).requests().getFirst().id();
            requests.refuse(claire, requestId, today, "Raisons");
            requests.saveDraft(self, family.id(), new RequestDraft("Motsbrouillon", false, true, false, "", shared));
            return family;
        });
    }
}
