package fr.reperes.content.pdf;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.content.LivretPdf;
import fr.reperes.content.PageLanguage;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.PdfDownloads;

/**
 * "Télécharger le livret en PDF (langue)": a whole book in the language the reader chose, for the book view. The PDF
 * is read through {@link LivretPdf} when the link is followed, so access is checked then; a refusal is a bare 403.
 */
public class BookPdfLink extends Anchor {

    public BookPdfLink(LivretPdf pdfs, Viewer viewer, String bookCode, PageLanguage language) {
        setText(I18NProvider.translate("livret.pdf.download", I18NProvider.translate(language.nameKey())));
        setHref(PdfDownloads.pdf(LivretPdf.fileName(bookCode, language), () -> pdfs.book(viewer, bookCode, language)));
        setTarget("_blank");
        addClassName("reperes-pdf-link");
    }
}
