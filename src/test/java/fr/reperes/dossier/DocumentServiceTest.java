package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.DocumentLine;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
public class DocumentServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long leo() {
        return jdbc.sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
    }

    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    private long count(long youngPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE young_person_id = :id")
                .param("id", youngPersonId)
                .query(Long.class)
                .single();
    }

    @Test
    void aFileNameLongerThanItsColumnKeepsItsEnd() {
        String name = "r".repeat(DocumentService.MAX_FILE_NAME) + ".pdf";
        long id = documents.add(
                viewer("claire"),
                leo(),
                new NewDocument(DocumentKind.OTHER, "Relevé", LocalDate.now(clock), name, pdf("Relevé.")));
        String kept = jdbc.sql("SELECT file_name FROM document WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(kept).hasSize(DocumentService.MAX_FILE_NAME).endsWith(".pdf");
    }

    @Test
    void aNonPdfAnOversizedFileOrMissingFieldsAreRefusedClearlyAndNothingIsSaved() {
        Viewer claire = viewer("claire");
        long before = count(leo());
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> documents.add(
                        claire, leo(), new NewDocument(DocumentKind.REPORT, "Rapport", today, "photo.png", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', 1, 2, 3
                        })))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "document.error.file.not-pdf"));
        byte[] huge = new byte[DocumentService.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, huge, 0, 5);
        assertThatThrownBy(() -> documents.add(
                        claire, leo(), new NewDocument(DocumentKind.REPORT, "Rapport", today, "gros.pdf", huge)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "document.error.file.too-large"));
        assertThatThrownBy(() ->
                        documents.add(claire, leo(), new NewDocument(null, " ", today.plusDays(1), "x.pdf", pdf("x"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("kind", "document.error.kind")
                                .containsEntry("title", "document.error.title")
                                .containsEntry("date", "document.error.date.impossible"));
        assertThat(count(leo())).isEqualTo(before);
    }

    @Test
    void aDocumentIsSharedOnlyWhenItNamesNoPartOfAHiddenPlacement() {
        Viewer claire = viewer("claire");
        Viewer sofia = viewer("sofia");
        LocalDate today = LocalDate.now(clock);
        long leaking = documents.add(
                claire,
                leo(),
                new NewDocument(
                        DocumentKind.SITUATION_REPORT,
                        "Rapport de situation",
                        today,
                        "rapport.pdf",
                        pdf("Léo vit chez la famille Dumont, 4 impasse des Mouettes à Wimereux.")));
        assertThatThrownBy(() -> documents.share(claire, leaking, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "document.error.names-placement"));
        assertThat(documents.list(sofia, leo())).extracting(DocumentLine::id).doesNotContain(leaking);
        assertThatThrownBy(() -> documents.content(sofia, leaking)).isInstanceOf(AccessRefusedException.class);

        long clean = documents.add(
                claire,
                leo(),
                new NewDocument(
                        DocumentKind.JUDGMENT,
                        "Jugement de placement",
                        today.minusMonths(14),
                        "jugement.pdf",
                        pdf("Le juge confie Léo au service de l’aide sociale à l’enfance.")));
        assertThat(documents.list(sofia, leo())).extracting(DocumentLine::id).doesNotContain(clean);
        documents.share(claire, clean, true);
        assertThat(documents.list(sofia, leo())).extracting(DocumentLine::title).contains("Jugement de placement");
        long before = journal.count(leo(), sofia.accountId(), InformationKind.DOCUMENTS);
        byte[] content = documents.content(sofia, clean);
        assertThat(DocumentService.isPdf(content)).isTrue();
        assertThat(journal.count(leo(), sofia.accountId(), InformationKind.DOCUMENTS))
                .isEqualTo(before + 1);
    }

    @Test
    void familiesAndOtherProfessionalsCannotAddOrShare() {
        long lina = viewer("lina").youngPersonId();
        NewDocument document = new NewDocument(DocumentKind.OTHER, "x", LocalDate.now(clock), "x.pdf", pdf("x"));
        assertThatThrownBy(() -> documents.add(viewer("karim"), lina, document))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> documents.add(viewer("thomas"), lina, document))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> documents.list(viewer("nadia"), lina)).isInstanceOf(AccessRefusedException.class);
    }
}
