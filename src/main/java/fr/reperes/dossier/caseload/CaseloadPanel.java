package fr.reperes.dossier.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
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
        String files = fileAddressBase();
        grid.addComponentColumn(row -> link(files, row))
                .setHeader(I18NProvider.translate("caseload.column.name"))
                .setFlexGrow(3);
        grid.addColumn(row -> I18NProvider.translate("caseload.age", row.age()))
                .setHeader(I18NProvider.translate("caseload.column.age"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CaseloadRow::territory).setHeader(I18NProvider.translate("caseload.column.territory"));
        grid.addColumn(this::review).setKey("ppe").setHeader(I18NProvider.translate("caseload.column.ppe"));
        // On a phone, one card per young person: the link, then age, territory and the PPE review on lines of their
        // own.
        Grid.Column<CaseloadRow> card = grid.addComponentColumn(row -> card(files, row))
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

    /**
     * "jeune/", resolved once: {@code new RouterLink(text, view, id)} looks the route up again for every link, and the
     * grid renders two links a row (columns and phone card): that lookup was most of the caseload's processor time
     * under load (issue 15).
     */
    private static String fileAddressBase() {
        return RouteConfiguration.forApplicationScope()
                        .getUrlBase(YoungPersonView.class)
                        .orElseThrow()
                + "/";
    }

    /** A router link (a click navigates inside the page) to the young person's file. */
    private static RouterLink link(String files, CaseloadRow row) {
        RouterLink link = new RouterLink();
        link.setText(row.fullName());
        link.getElement().setAttribute("href", files + row.id());
        return link;
    }

    private Component card(String files, CaseloadRow row) {
        RouterLink name = link(files, row);
        name.addClassName("reperes-row-card-title");
        Div card = new Div(
                name,
                new Div(I18NProvider.translate("caseload.age", row.age()) + " · " + row.territory()),
                new Div(cardReview(row)));
        card.addClassName("reperes-row-card");
        return card;
    }
}
