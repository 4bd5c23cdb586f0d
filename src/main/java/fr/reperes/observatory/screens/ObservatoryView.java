package fr.reperes.observatory.screens;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.StaticHtml;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The observatory's indicators, grouped by the module whose data they count, each a link to its page and its
 * definition one click away (a disclosure). The latest month published says how fresh the figures are.
 */
@Route(ObservatoryView.ROUTE)
@RolesAllowed({"OBSERVATOIRE", "ADMIN"})
@Menu(title = "observatory.nav", order = 50, icon = "vaadin:chart")
class ObservatoryView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "observatoire";

    ObservatoryView(ObservatoryFigures figures, CurrentViewer currentViewer, BundleTranslations translations) {
        setMaxWidth("80rem");
        Words words = ScreenWords.of(translations, getLocale());
        add(new H1(getTranslation("observatory.list.title")));
        add(new Paragraph(getTranslation("observatory.list.intro")));
        Optional<YearMonth> last = figures.lastPublishedMonth(currentViewer.require());
        Paragraph fresh = new Paragraph(last.map(month ->
                        getTranslation("observatory.list.last-published", ShownTable.period(month.toString(), words)))
                .orElseGet(() -> getTranslation("observatory.list.none-published")));
        fresh.setId("observatory-last-published");
        add(fresh);
        RouterLink report = new RouterLink(getTranslation("observatory.report.link"), ReportView.class);
        report.setId("observatory-report-link");
        add(new Paragraph(report));
        for (Indicator.Source source : Indicator.Source.values()) {
            add(new H2(getTranslation("observatory.source." + source.name())));
            UnorderedList list = new UnorderedList();
            list.addClassName("reperes-plain-list");
            for (Indicator indicator : Indicator.values()) {
                if (indicator.source() == source) {
                    list.add(new ListItem(entry(indicator, words)));
                }
            }
            add(StaticHtml.mark(list));
        }
        // The list is only read: one node per source instead of about thirty per indicator.
        StaticHtml.freezeMarked(this);
    }

    /** An indicator's title, a link to its figures, and its definition in a native disclosure, closed. */
    private Div entry(Indicator indicator, Words words) {
        Div card = new Div();
        card.addClassName("reperes-card");
        String figures = RouteConfiguration.forSessionScope()
                .getUrl(IndicatorView.class, new RouteParameters(IndicatorView.PARAMETER, indicator.slug()));
        card.add(new H3(new Anchor(figures, getTranslation(indicator.key() + ".title"))));
        Element summary = new Element("summary").setText(getTranslation("observatory.list.definition"));
        Element definition = new Element("details")
                .appendChild(summary, ScreenWords.definition(indicator, words).getElement());
        card.getElement().appendChild(definition);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observatory.list.title");
    }
}
