package fr.reperes.dossier.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteConfiguration;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.PhoneColumns;
import fr.reperes.shell.HomePanel;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The référent's caseload: a lazy grid searched and filtered in the database, a link to each young person. */
@org.springframework.stereotype.Component
class CaseloadPanel implements HomePanel {

    /** A link the router follows without reloading the page, as RouterLink's own. */
    static final String LINK = "<a href=\"${item.href}\" router-link>${item.name}</a>";

    /** On a phone, one card per young person: the link, then age, territory and the PPE review on lines of their own. */
    static final String CARD = "<div class=\"reperes-row-card\">"
            + "<a class=\"reperes-row-card-title\" href=\"${item.href}\" router-link>${item.name}</a>"
            + "<div>${item.ageAndTerritory}</div><div>${item.review}</div></div>";

    private final YoungPersonService youngPeople;
    private final DateTexts dates;

    CaseloadPanel(YoungPersonService youngPeople, DateTexts dates) {
        this.youngPeople = youngPeople;
        this.dates = dates;
    }

    @Override
    public boolean appliesTo(Viewer viewer) {
        return viewer.role() == Role.REFERENT;
    }

    @Override
    public Component create(Viewer viewer) {
        TextField search = new TextField(I18NProvider.translate("caseload.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("recherche-jeune");
        Select<AgeBand> band = new Select<>();
        band.setLabel(I18NProvider.translate("caseload.age-band"));
        band.setItems(AgeBand.values());
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(I18NProvider.translate("caseload.age-band.all"));
        band.setItemLabelGenerator(b -> b == null
                ? I18NProvider.translate("caseload.age-band.all")
                : I18NProvider.translate("caseload.age-band." + b.name()));

        Span count = new Span();
        count.addClassName("reperes-count");
        count.getElement().setAttribute("aria-live", "polite");

        Grid<CaseloadRow> grid = new Grid<>(CaseloadRow.class, false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Rendered in the browser from a few values per row (LitRenderer), not as server components: a component
        // per cell cost each open session a dozen state nodes per row shown (SessionHeapBenchmarkTest).
        String files = fileAddressBase();
        grid.addColumn(LitRenderer.<CaseloadRow>of(LINK)
                        .withProperty("href", row -> files + row.id())
                        .withProperty("name", CaseloadRow::fullName))
                .setKey("name")
                .setHeader(I18NProvider.translate("caseload.column.name"))
                .setFlexGrow(3);
        grid.addColumn(row -> I18NProvider.translate("caseload.age", row.age()))
                .setHeader(I18NProvider.translate("caseload.column.age"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CaseloadRow::territory).setHeader(I18NProvider.translate("caseload.column.territory"));
        grid.addColumn(this::review).setKey("ppe").setHeader(I18NProvider.translate("caseload.column.ppe"));
        Grid.Column<CaseloadRow> card = grid.addColumn(LitRenderer.<CaseloadRow>of(CARD)
                        .withProperty("href", row -> files + row.id())
                        .withProperty("name", CaseloadRow::fullName)
                        .withProperty("ageAndTerritory", this::ageAndTerritory)
                        .withProperty("review", this::cardReview))
                .setKey("card")
                .setHeader(I18NProvider.translate("caseload.column.name"));
        PhoneColumns.adapt(grid, List.of(card), List.of(card));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.setPageSize(50);
        grid.setAriaLabel(I18NProvider.translate("caseload.title"));

        Runnable refresh = () -> {
            CaseloadFilter filter = new CaseloadFilter(search.getValue(), band.getValue());
            long size = youngPeople.caseloadSize(viewer, filter);
            count.setText(I18NProvider.translate("caseload.count", size));
            grid.setItems(
                    query ->
                            youngPeople
                                    .caseload(viewer, filter, PageRequest.of(query.getPage(), query.getPageSize()))
                                    .stream(),
                    query -> (int) youngPeople.caseloadSize(viewer, filter));
        };
        search.addValueChangeListener(change -> refresh.run());
        band.addValueChangeListener(change -> refresh.run());
        refresh.run();

        Div filters = new Div(search, band, count);
        filters.addClassName("reperes-filters");
        Div panel = new Div(new H2(I18NProvider.translate("caseload.title")), filters, grid);
        panel.addClassName("reperes-caseload");
        return panel;
    }

    private String review(CaseloadRow row) {
        if (row.ppeReviewOn() == null) {
            return I18NProvider.translate("caseload.ppe.none");
        }
        return I18NProvider.translate(
                row.ppeReviewLate(dates.today()) ? "caseload.ppe.late" : "caseload.ppe.review",
                dates.day(row.ppeReviewOn()));
    }

    private String cardReview(CaseloadRow row) {
        if (row.ppeReviewOn() == null) {
            return I18NProvider.translate("caseload.ppe.none");
        }
        return I18NProvider.translate(
                row.ppeReviewLate(dates.today()) ? "caseload.card.ppe.late" : "caseload.card.ppe",
                dates.day(row.ppeReviewOn()));
    }

    private String ageAndTerritory(CaseloadRow row) {
        return I18NProvider.translate("caseload.age", row.age()) + " · " + row.territory();
    }

    /**
     * "jeune/", resolved once: looking the route up for every row (two links a row: columns and phone card) was most
     * of the caseload's processor time under load (issue 15).
     */
    private static String fileAddressBase() {
        return RouteConfiguration.forApplicationScope()
                        .getUrlBase(YoungPersonView.class)
                        .orElseThrow()
                + "/";
    }
}
