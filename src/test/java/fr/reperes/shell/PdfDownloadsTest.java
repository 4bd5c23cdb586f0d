package fr.reperes.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a PDF download answers for each way the read can end: the PDF, a refusal, a fault. */
class PdfDownloadsTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void aReadPdfIsSentWhole() throws IOException {
        byte[] pdf = "%PDF-1.4 contenu".getBytes(StandardCharsets.US_ASCII);
        DownloadResponse response = PdfDownloads.response("ppe.pdf", () -> pdf);
        assertThat(response.hasError()).isFalse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getFileName()).isEqualTo("ppe.pdf");
        assertThat(response.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void anyOtherFileIsSentWholeWithItsOwnType() throws IOException {
        byte[] csv = "\uFEFFa;b\n".getBytes(StandardCharsets.UTF_8);
        DownloadResponse response = PdfDownloads.response("table.csv", "text/csv;charset=UTF-8", () -> csv);
        assertThat(response.hasError()).isFalse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getFileName()).isEqualTo("table.csv");
        assertThat(response.getInputStream().readAllBytes()).isEqualTo(csv);
    }

    @Test
    void everyRefusalIsAForbiddenWithoutAnErrorInTheLog() {
        for (AccessReason reason : AccessReason.values()) {
            if (reason.grants()) {
                continue;
            }
            DownloadResponse response = PdfDownloads.response("ppe.pdf", () -> {
                throw new AccessRefusedException(reason);
            });
            assertThat(response.hasError()).isTrue();
            assertThat(response.getError()).isEqualTo(403);
            assertThat(response.getException()).isNull();
        }
        assertThat(log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void aFaultIsA500WhoseDetailsGoOnlyToTheLogUnderAReference() {
        DownloadResponse response = PdfDownloads.response("ppe.pdf", () -> {
            throw new IllegalStateException("panne d’essai au téléchargement");
        });
        assertThat(response.getError()).isEqualTo(500);
        assertThat(response.getErrorMessage()).isNull();
        assertThat(log.list)
                .filteredOn(event -> event.getLevel() == Level.ERROR)
                .singleElement()
                .satisfies(event -> {
                    // The incident says what failed, never the file's name (a member may have typed a name in it).
                    assertThat(event.getFormattedMessage())
                            .contains("Incident", "PDF download")
                            .doesNotContain("ppe.pdf");
                    assertThat(event.getThrowableProxy().getMessage()).contains("panne d’essai");
                });
    }
}
