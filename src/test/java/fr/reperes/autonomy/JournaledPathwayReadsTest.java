package fr.reperes.autonomy;

import static fr.reperes.JournalEntries.entry;
import static fr.reperes.JournalEntries.writtenBy;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.JournalEntries.Entry;
import fr.reperes.access.AuditAction;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.caseload.AutonomyCaseload;
import fr.reperes.autonomy.caseload.PathwayFilter;
import fr.reperes.autonomy.caseload.PathwayRow;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The autonomy module's reads of personal data, each with the exact journal entries it writes, so that a journal
 * call removed from any of them fails here (the dossier's are in {@code fr.reperes.access.JournaledReadsTest}).
 */
@IntegrationTest
class JournaledPathwayReadsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AutonomyService autonomy;

    @Autowired
    PathwayService pathways;

    @Autowired
    YoungAdultRequests requests;

    @Autowired
    AutonomyCaseload caseload;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    @Test
    void theAutonomySpaceIsReadWithTheNameOnIt() {
        Viewer amina = viewer("amina");
        long id = amina.youngPersonId();
        writtenBy(context, amina, () -> autonomy.space(amina, id))
                .are(Map.of(
                        entry(id, InformationKind.AUTONOMY, AuditAction.READ), 1L,
                        entry(id, InformationKind.IDENTITY, AuditAction.READ), 1L));
    }

    @Test
    void thePathwayIsReadOnce() {
        Viewer amina = viewer("amina");
        writtenBy(context, amina, () -> pathways.pathway(amina, amina.youngPersonId()))
                .are(entry(amina.youngPersonId(), InformationKind.AUTONOMY, AuditAction.READ), 1);
    }

    @Test
    void theProjectAttachedToAPpeVersionIsReadOnce() {
        Viewer amina = viewer("amina");
        long version = jdbc.sql("SELECT care_plan_version_id FROM autonomy_project WHERE young_person_id = :id "
                        + "ORDER BY id LIMIT 1")
                .param("id", amina.youngPersonId())
                .query(Long.class)
                .single();
        var written = writtenBy(context, amina, () -> pathways.projectOfVersion(amina, amina.youngPersonId(), version));
        assertThat(written.value()).isPresent();
        written.are(entry(amina.youngPersonId(), InformationKind.AUTONOMY, AuditAction.READ), 1);
    }

    @Test
    void aDocumentJoinedToARequestIsReadOnce() {
        PathwayPeople.Person person = PathwayPeople.bornOn(
                context, LocalDate.now(clock).minusYears(17).minusMonths(6), "claire");
        requests.saveDraft(
                person.viewer(context), person.id(), new RequestDraft("Finir mon CAP.", true, false, false, ""));
        long document =
                requests.addDocument(person.viewer(context), person.id(), "avis.pdf", "%PDF-1.4 test".getBytes());
        // The référent reads the young person's pieces once the request is sent, not while it is a draft.
        requests.submit(person.viewer(context), person.id());
        Viewer claire = viewer("claire");
        writtenBy(context, claire, () -> requests.document(claire, document))
                .are(entry(person.id(), InformationKind.AUTONOMY, AuditAction.READ), 1);
    }

    @Test
    void theRéférentsPathwayListJournalsEachYoungPersonListedOnce() {
        Viewer claire = viewer("claire");
        var written =
                writtenBy(context, claire, () -> caseload.page(claire, PathwayFilter.all(), PageRequest.of(0, 5)));
        List<PathwayRow> rows = written.value();
        assertThat(rows).isNotEmpty();
        Map<Entry, Long> expected = rows.stream()
                .collect(Collectors.toMap(
                        row -> entry(row.id(), InformationKind.AUTONOMY, AuditAction.LISTED), row -> 1L));
        written.are(expected);
    }
}
