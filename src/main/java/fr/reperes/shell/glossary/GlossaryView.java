package fr.reperes.shell.glossary;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.Audience;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of child protection in plain language: every acronym and word of the trade the portal shows, explained.
 * A page's explanations link here with {@code ?mot=KEY}: that entry opens and comes into view.
 */
@Route(GlossaryView.ROUTE)
@PermitAll
@Menu(title = "nav.glossary", order = 80, icon = "vaadin:book")
class GlossaryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "lexique";
    static final String WORD = "mot";

    static final List<String> TERMS =
            Lexicon.ENTRIES.stream().map(Lexicon.Entry::key).toList();

    private final Map<String, Details> entries = new LinkedHashMap<>();

    GlossaryView(CurrentViewer currentViewer) {
        setMaxWidth("48rem");
        // The definitions speak to the reader: "ce qu'on prévoit pour toi" to a young person.
        Audience audience = currentViewer.find().map(Viewer::audience).orElse(Audience.PROFESSIONAL);
        add(new H1(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro")));
        for (String term : TERMS) {
            Details details = new Details(
                    getTranslation("glossary.term." + term),
                    new Paragraph(getTranslation(audience.key("glossary.def." + term))));
            details.setWidthFull();
            details.setId("mot-" + term);
            entries.put(term, details);
            add(details);
        }
        addComponentAtIndex(2, PageSummary.of(this, Details.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(WORD, List.of());
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
