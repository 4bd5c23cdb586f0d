package fr.reperes.dossier.documents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.dossier.DocumentService;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.PdfDownloads;

/** A download link that reads the document through the service at click time (access checked, read journaled). */
final class DocumentLinks {

    private DocumentLinks() {}

    static Anchor download(DocumentService documents, Viewer viewer, DocumentLine line) {
        return new Anchor(
                PdfDownloads.pdf("document-" + line.id() + ".pdf", () -> documents.content(viewer, line.id())),
                I18NProvider.translate("documents.download", line.title()));
    }
}
