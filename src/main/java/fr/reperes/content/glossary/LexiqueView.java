package fr.reperes.content.glossary;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.ReadingPage;
import fr.reperes.content.pages.Pictograms;
import fr.reperes.content.render.PageHtml;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.Lexicon;
import fr.reperes.shell.LexiconSource;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of child protection in plain language, as the département's lexique (its GLOSSARY book) explains them,
 * in the language the reader chose or in French. A page's explanations link here with {@code ?mot=KEY}: that entry
 * opens and comes into view.
 */
@Route(Lexicon.ROUTE)
@PermitAll
@Menu(title = "nav.glossary", order = 80, icon = "vaadin:book")
public class LexiqueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CurrentViewer currentViewer;
    private final transient ContentLibrary library;
    private final Map<String, Details> entries = new LinkedHashMap<>();

    LexiqueView(CurrentViewer currentViewer, ContentLibrary library) {
        this.currentViewer = currentViewer;
        this.library = library;
        setMaxWidth("48rem");
        addClassName(LexiconSource.NO_PAGE_WORDS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        entries.clear();
        Viewer viewer = currentViewer.require();
        PageLanguage language = library.readingLanguage(viewer);
        add(new H1(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro")));
        for (ReadingPage page : library.lexicon(viewer, language)) {
            Div text = new Div(
                    new Html(PageHtml.render(page.body(), List.of(), Pictograms.names(), "mot-" + page.slug())));
            text.addClassName("reperes-content-text");
            Details details = new Details(page.title(), text);
            details.setWidthFull();
            details.setId("mot-" + page.slug());
            details.getElement().setAttribute("lang", page.language().languageTag());
            details.getElement().setAttribute("dir", page.language().direction());
            entries.put(page.slug(), details);
            add(details);
        }
        addComponentAtIndex(2, PageSummary.of(this, Details.class));
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(Lexicon.WORD, List.of());
        asked.stream().map(entries::get).filter(d -> d != null).forEach(details -> {
            details.setOpened(true);
            details.scrollIntoView();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.title");
    }
}
