package fr.reperes.shell;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.shell.errors.Incidents;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a page offers a PDF: read through the service when the link is followed (access checked then, read
 * journaled), and ended cleanly when it cannot be. A refusal (access withdrawn since the page was drawn, an item no
 * longer there) is a 403 without a body, already journaled by the service that refused; anything else is a 500 whose
 * details go to the log under a reference, as for a page. Never a stack trace in the response, never an error logged
 * for a refusal.
 */
public final class PdfDownloads {

    private static final Logger log = LoggerFactory.getLogger(PdfDownloads.class);

    private PdfDownloads() {}

    /** A download of {@code fileName}, whose bytes {@code read} asks the service for at click time. */
    public static DownloadHandler pdf(String fileName, Supplier<byte[]> read) {
        return file(fileName, "application/pdf", read);
    }

    /**
     * Any other file offered the same way (an observatory table as CSV or ODS...): read at click time, refused or
     * failed as cleanly as a PDF.
     */
    public static DownloadHandler file(String fileName, String contentType, Supplier<byte[]> read) {
        return DownloadHandler.fromInputStream(event -> response(fileName, contentType, read));
    }

    /** What the download answers: the PDF, or an error status with nothing of the file. */
    static DownloadResponse response(String fileName, Supplier<byte[]> read) {
        return response(fileName, "application/pdf", read);
    }

    static DownloadResponse response(String fileName, String contentType, Supplier<byte[]> read) {
        byte[] pdf;
        try {
            pdf = read.get();
        } catch (AccessRefusedException refused) {
            // Never the file's name: a member or a référent may have written a person's name in it.
            log.info("A download was refused: {}", refused.reason());
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        } catch (RuntimeException unexpected) {
            Incidents.record(unexpected, contentType.equals("application/pdf") ? "a PDF download" : "a file download");
            return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR);
        }
        return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, contentType, pdf.length);
    }
}
