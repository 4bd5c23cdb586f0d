package fr.reperes.content.reading;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.content.BookReading;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.GlossaryTerms;
import fr.reperes.content.LivretPdf;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.ReadingPage;
import fr.reperes.content.pages.PageArticle;
import fr.reperes.content.pages.PictogramCredit;
import fr.reperes.content.pdf.BookPdfLink;
import fr.reperes.content.render.GlossaryTerm;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;

/**
 * A whole book, {@code livret/<CODE>}: the pages that speak to the reader, one after the other, each in the language
 * they chose or in French (saying so), with a link to the page alone and its earlier versions. The place for the
 * book's PDF in the same language ({@link #PDF_SLOT_ID}) sits under the language picker, for paper and interpreters.
 */
@Route(BookView.ROUTE)
@PermitAll
public class BookView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "livret/:code";
    static final String ROUTE_PREFIX = "livret/";
    public static final String PDF_SLOT_ID = "livret-pdf";

    private final transient CurrentViewer currentViewer;
    private final transient ContentLibrary library;
    private final transient GlossaryTerms glossary;
    private final transient LivretPdf pdfs;
    private final Div pdfSlot = new Div();
    private String code = "";
    private String title = "";

    BookView(CurrentViewer currentViewer, ContentLibrary library, GlossaryTerms glossary, LivretPdf pdfs) {
        this.currentViewer = currentViewer;
        this.library = library;
        this.glossary = glossary;
        this.pdfs = pdfs;
        setMaxWidth("48rem");
        addClassName("reperes-livret");
        pdfSlot.setId(PDF_SLOT_ID);
        pdfSlot.addClassName("reperes-livret-pdf");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        show(library.readingLanguage(currentViewer.require()));
    }

    private void show(PageLanguage language) {
        removeAll();
        Viewer viewer = currentViewer.require();
        BookReading book = library.book(viewer, code, language);
        title = book.book().title();
        H1 heading = new H1(title);
        heading.getElement().setAttribute("lang", book.book().titleLanguage().languageTag());
        heading.getElement().setAttribute("dir", book.book().titleLanguage().direction());
        pdfSlot.removeAll();
        pdfSlot.add(new BookPdfLink(pdfs, viewer, code, language));
        add(heading, new LanguagePicker(viewer, library, language, this::show), pdfSlot);
        List<GlossaryTerm> terms = glossary.of(Objects.requireNonNull(viewer.departementId()), language, viewer.role());
        for (ReadingPage page : book.pages()) {
            Section section = new Section();
            section.addClassName("reperes-livret-section");
            section.add(ReadingNotes.of(viewer, page));
            section.add(new PageArticle(page.title(), page.body(), page.language(), terms, false, "p" + page.pageId()));
            Anchor alone =
                    new Anchor(ROUTE_PREFIX + code + "/" + page.slug(), getTranslation("content.reading.page.alone"));
            alone.getElement()
                    .setAttribute("aria-label", getTranslation("content.reading.page.alone.for", page.title()));
            section.add(alone);
            add(section);
        }
        PictogramCredit.forBodies(book.pages().stream().map(ReadingPage::body).toList())
                .ifPresent(this::add);
        addComponentAtIndex(3, PageSummary.of(this, H2.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
