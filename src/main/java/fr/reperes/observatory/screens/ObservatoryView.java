package fr.reperes.observatory.screens;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.shown.ShownTable;
import fr.reperes.observatory.shown.Words;
import fr.reperes.platform.BundleTranslations;
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
            list.getStyle().set("list-style", "none").set("padding", "0");
            for (Indicator indicator : Indicator.values()) {
                if (indicator.source() == source) {
                    list.add(new ListItem(entry(indicator, words)));
                }
            }
            add(list);
        }
    }

    private Div entry(Indicator indicator, Words words) {
        Div card = new Div();
        card.addClassName("reperes-card");
        RouterLink link = new RouterLink(
                getTranslation(indicator.key() + ".title"),
                IndicatorView.class,
                new RouteParameters(IndicatorView.PARAMETER, indicator.slug()));
        H3 title = new H3(link);
        Details definition =
                new Details(getTranslation("observatory.list.definition"), ScreenWords.definition(indicator, words));
        card.add(title, definition);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observatory.list.title");
    }
}
