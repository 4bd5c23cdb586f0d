package fr.reperes.shell.glossary;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The words of child protection in plain language: every acronym the portal uses, explained. */
@Route(GlossaryView.ROUTE)
@PermitAll
@Menu(title = "nav.glossary", order = 80, icon = "vaadin:book")
class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "lexique";

    static final List<String> TERMS = List.of(
            "ASE",
            "PPE",
            "REFERENT",
            "SYNTHESE",
            "AED",
            "AEMO",
            "MJIE",
            "OPP",
            "JE",
            "MECS",
            "TDC",
            "DAP",
            "AUTHORITY",
            "NON_USUAL",
            "CJM",
            "ENTRETIEN_17",
            "MDPH",
            "ODPE",
            "DEFENSEUR",
            "119");

    GlossaryView() {
        setMaxWidth("48rem");
        add(new H1(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro")));
        for (String term : TERMS) {
            Details details = new Details(
                    getTranslation("glossary.term." + term), new Paragraph(getTranslation("glossary.def." + term)));
            details.setWidthFull();
            add(details);
        }
        addComponentAtIndex(2, PageSummary.of(this, Details.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.title");
    }
}
