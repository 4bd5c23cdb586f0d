package fr.reperes.dossier.documents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.DocumentService;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.PdfDownloads;
import java.util.Locale;
import java.util.function.Function;

/** A download link that reads the document through the service at click time (access checked, read journaled). */
final class DocumentLinks {

    private DocumentLinks() {}

    static Anchor download(DocumentService documents, Viewer viewer, DocumentLine line) {
        return new Anchor(
                PdfDownloads.pdf("document-" + line.id() + ".pdf", () -> documents.content(viewer, line.id())),
                I18NProvider.translate("documents.download", line.title()));
    }

    /**
     * A download link for a PDF made at click time by a service that reads it as its page does (a PPE version, meeting
     * notes), in the language of the page.
     */
    static Anchor pdf(String title, String fileName, Locale locale, Function<Locale, byte[]> render) {
        return new Anchor(
                PdfDownloads.pdf(fileName, () -> render.apply(locale)),
                I18NProvider.translate("documents.download", title));
    }
}
