package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.FileDocument;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Mes documents" gathers every document of the file its reader may read: the documents shared with the family, each
 * published PPE version and each published meeting notes, newest first; each PPE version and notes downloads as the PDF
 * its own page gives the same reader.
 */
@IntegrationTest
class DocumentLibraryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    MeetingService meetings;

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

    private List<Long> publishedVersions(long youngPersonId) {
        return jdbc.sql("SELECT version_number FROM care_plan_version WHERE young_person_id = :yp "
                        + "AND status = 'PUBLISHED'")
                .param("yp", youngPersonId)
                .query(Long.class)
                .list();
    }

    private List<Long> publishedNotes(long youngPersonId) {
        return jdbc.sql("SELECT id FROM meeting WHERE young_person_id = :yp AND notes_published_at IS NOT NULL")
                .param("yp", youngPersonId)
                .query(Long.class)
                .list();
    }

    private static List<Long> ids(List<FileDocument> library, FileDocument.Source source) {
        return library.stream()
                .filter(file -> file.source() == source)
                .map(FileDocument::id)
                .toList();
    }

    @Test
    void linaAndKarimFindEveryPpeVersionEveryNotesAndTheSharedDocumentsNewestFirst() {
        Viewer claire = viewer("claire");
        long shared = documents.add(
                claire,
                lina(),
                new NewDocument(
                        DocumentKind.REPORT,
                        "Relevé de notes",
                        LocalDate.now(clock).minusDays(2),
                        "releve.pdf",
                        DocumentServiceTest.pdf("Relevé.")));
        documents.share(claire, shared, true);
        long kept = documents.add(
                claire,
                lina(),
                new NewDocument(
                        DocumentKind.REPORT,
                        "Note du service",
                        LocalDate.now(clock).minusDays(2),
                        "note.pdf",
                        DocumentServiceTest.pdf("Note.")));

        for (String reader : List.of("lina", "karim")) {
            List<FileDocument> library = documents.library(viewer(reader), lina());

            assertThat(ids(library, FileDocument.Source.CARE_PLAN))
                    .as(reader)
                    .containsExactlyInAnyOrderElementsOf(publishedVersions(lina()))
                    .isNotEmpty();
            assertThat(ids(library, FileDocument.Source.MEETING_NOTES))
                    .as(reader)
                    .containsExactlyInAnyOrderElementsOf(publishedNotes(lina()))
                    .isNotEmpty();
            assertThat(ids(library, FileDocument.Source.DOCUMENT))
                    .contains(shared)
                    .doesNotContain(kept);
            assertThat(library).extracting(FileDocument::date).isSortedAccordingTo(Comparator.reverseOrder());

            for (FileDocument file : library) {
                byte[] pdf = switch (file.source()) {
                    case CARE_PLAN -> carePlans.pdf(viewer(reader), lina(), (int) file.id(), Locale.FRENCH);
                    case MEETING_NOTES -> meetings.notesPdf(viewer(reader), lina(), file.id(), Locale.FRENCH);
                    case DOCUMENT -> documents.content(viewer(reader), file.id());
                };
                assertThat(DocumentService.isPdf(pdf)).as("%s %s", reader, file).isTrue();
            }
        }
    }

    @Test
    void nadiaIsRefusedLinasLibrary() {
        assertThatThrownBy(() -> documents.library(viewer("nadia"), lina()))
                .isInstanceOfSatisfying(
                        AccessRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccessReason.AUTHORITY_WITHDRAWN));
    }
}
