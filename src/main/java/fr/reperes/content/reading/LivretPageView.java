package fr.reperes.content.reading;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.GlossaryTerms;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.PageVersionLine;
import fr.reperes.content.ReadingPage;
import fr.reperes.content.pages.PageArticle;
import fr.reperes.content.pages.PictogramCredit;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page, {@code livret/<CODE>/<slug>}: what the PPE and the measures link to. Its latest version in the reader's
 * language or in French (saying so), the list of its published versions in that language, and an earlier one read
 * with {@code ?version=N}.
 */
@Route(LivretPageView.ROUTE)
@PermitAll
public class LivretPageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "livret/:code/:slug";
    static final String VERSION = "version";

    private final transient CurrentViewer currentViewer;
    private final transient ContentLibrary library;
    private final transient GlossaryTerms glossary;
    private final transient DateTexts dates;
    private String code = "";
    private String slug = "";
    private @Nullable Integer asked;
    private String title = "";

    LivretPageView(CurrentViewer currentViewer, ContentLibrary library, GlossaryTerms glossary, DateTexts dates) {
        this.currentViewer = currentViewer;
        this.library = library;
        this.glossary = glossary;
        this.dates = dates;
        setMaxWidth("48rem");
        addClassName("reperes-livret");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        slug = event.getRouteParameters().get("slug").orElse("");
        asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(VERSION)
                .filter(number -> number.matches("[0-9]{1,6}"))
                .map(Integer::valueOf)
                .orElse(null);
        show(library.readingLanguage(currentViewer.require()));
    }

    private void show(PageLanguage language) {
        removeAll();
        Viewer viewer = currentViewer.require();
        ReadingPage latest = library.page(viewer, code, slug, language);
        List<PageVersionLine> versions = library.versions(viewer, latest.pageId(), latest.language());
        ReadingPage page = asked == null || asked == latest.number()
                ? latest
                : library.version(viewer, latest.pageId(), latest.language(), asked);
        title = page.title();
        add(new PageArticle(
                page.title(),
                page.body(),
                page.language(),
                glossary.of(Objects.requireNonNull(viewer.departementId()), language, viewer.role()),
                true,
                "page"));
        PictogramCredit.forBodies(List.of(page.body())).ifPresent(this::add);
        if (page != latest) {
            Paragraph earlier = new Paragraph(getTranslation(
                    viewer.audience().key("content.reading.version.earlier"),
                    page.number(),
                    dates.day(page.publishedAt())));
            earlier.addClassName(ReadingNotes.CLASS_NAME);
            addComponentAtIndex(0, earlier);
            add(new Anchor(
                    BookView.ROUTE_PREFIX + code + "/" + slug, getTranslation("content.reading.version.latest")));
        }
        ReadingNotes.of(viewer, page).forEach(note -> addComponentAtIndex(0, note));
        add(new LanguagePicker(viewer, library, language, this::show));
        Section history = new Section(new H2(getTranslation("content.reading.versions")));
        history.setId("versions");
        UnorderedList list = new UnorderedList();
        for (PageVersionLine line : versions) {
            String text = getTranslation(
                    "content.reading.version.line",
                    line.number(),
                    dates.day(line.publishedAt()),
                    line.publishedByName());
            if (line.number() == page.number()) {
                list.add(new ListItem(new Paragraph(text + " " + getTranslation("content.reading.version.current"))));
            } else {
                list.add(new ListItem(new Anchor(
                        BookView.ROUTE_PREFIX + code + "/" + slug + "?" + VERSION + "=" + line.number(), text)));
            }
        }
        history.add(list);
        add(history, new Anchor(BookView.ROUTE_PREFIX + code, getTranslation("content.reading.book.back")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
