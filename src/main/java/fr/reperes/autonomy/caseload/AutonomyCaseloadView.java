package fr.reperes.autonomy.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.PhoneColumns;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The référent's young people aged 16 to 21 and where each stands on the autonomy pathway, with those at risk of a
 * "sortie sèche" one tab away. A lazy grid: the database searches, sorts and pages.
 */
@Route(AutonomyCaseloadView.ROUTE)
@RolesAllowed("REFERENT")
@Menu(title = "nav.autonomy-caseload", order = 3, icon = "vaadin:road-branches")
class AutonomyCaseloadView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "autonomie-suivi";
    /** The référent's page of one young person's pathway. */
    static final String YOUNG_PERSON_ROUTE = "autonomie-jeune";

    private final transient AutonomyCaseload caseload;
    private final transient DateTexts dates;
    private final Viewer viewer;
    private final TextField search = new TextField();
    /** Everyone or only those at risk: a choice of filter, not tabs (there is one list, no tab panels). */
    private final RadioButtonGroup<Boolean> show = new RadioButtonGroup<>();

    private final Span count = new Span();
    private final Grid<PathwayRow> grid = new Grid<>(PathwayRow.class, false);

    AutonomyCaseloadView(CurrentViewer currentViewer, AutonomyCaseload caseload, DateTexts dates) {
        this.dates = dates;
        this.caseload = caseload;
        this.viewer = currentViewer.require();
        setWidthFull();

        search.setLabel(getTranslation("caseload.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("recherche-parcours");
        search.addValueChangeListener(change -> refresh());
        show.setLabel(getTranslation("autonomy-caseload.show"));
        show.setItems(false, true);
        show.setValue(false);
        show.setId("parcours-affichage");
        show.addValueChangeListener(change -> refresh());
        count.addClassName("reperes-count");
        count.getElement().setAttribute("aria-live", "polite");

        Div filters = new Div(search, count);
        filters.addClassName("reperes-filters");
        H2 listTitle = new H2(getTranslation("autonomy-caseload.list"));
        add(
                new H1(getTranslation("autonomy-caseload.title")),
                new Paragraph(getTranslation("autonomy-caseload.intro")),
                new Paragraph(getTranslation("autonomy-caseload.alerts-help")),
                listTitle,
                show,
                filters,
                grid());
        refresh();
    }

    private Grid<PathwayRow> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> new Anchor(YOUNG_PERSON_ROUTE + "/" + row.id(), row.fullName()))
                .setKey("name")
                .setSortProperty(PathwaySort.NAME.property())
                .setHeader(getTranslation("autonomy-caseload.column.name"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("caseload.age", row.age()))
                .setKey("age")
                .setSortProperty(PathwaySort.AGE.property())
                .setHeader(getTranslation("autonomy-caseload.column.age"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> dates.day(row.eighteenthBirthday()))
                .setKey("eighteenth")
                .setSortProperty(PathwaySort.EIGHTEENTH_BIRTHDAY.property())
                .setHeader(getTranslation("autonomy-caseload.column.eighteenth"));
        grid.addColumn(row -> getTranslation("autonomy-caseload.grid", row.gridDomains(), PathwayRow.GRID_SIZE))
                .setKey("grid")
                .setHeader(getTranslation("autonomy-caseload.column.grid"));
        grid.addColumn(this::interview)
                .setKey("interview")
                .setHeader(getTranslation("autonomy-caseload.column.interview"));
        grid.addColumn(row -> row.projectRecordedOn() == null
                        ? getTranslation("autonomy-caseload.project.none")
                        : getTranslation("autonomy-caseload.project.recorded", dates.day(row.projectRecordedOn())))
                .setKey("project")
                .setHeader(getTranslation("autonomy-caseload.column.project"));
        grid.addColumn(this::request)
                .setKey("request")
                .setSortProperty(PathwaySort.REQUEST_STATUS.property())
                .setHeader(getTranslation("autonomy-caseload.column.request"));
        grid.addColumn(row -> row.decision() == null
                        ? getTranslation("autonomy-caseload.decision.none")
                        : getTranslation(
                                "autonomy-caseload.decision." + row.decision().name(), dateOrUnknown(row.decidedOn())))
                .setKey("decision")
                .setHeader(getTranslation("autonomy-caseload.column.decision"));
        grid.addColumn(row -> row.contractEndsOn() == null
                        ? getTranslation("autonomy-caseload.contract.none")
                        : dates.day(row.contractEndsOn()))
                .setKey("contractEnd")
                .setSortProperty(PathwaySort.CONTRACT_END.property())
                .setHeader(getTranslation("autonomy-caseload.column.contract-end"));
        grid.addComponentColumn(this::alerts)
                .setKey("alerts")
                .setHeader(getTranslation("autonomy-caseload.column.alerts"))
                .setFlexGrow(2);
        // On a phone, one card per young person: the name, age, request and contract in words, and the alerts.
        Grid.Column<PathwayRow> card = grid.addComponentColumn(this::card)
                .setKey("card")
                .setSortProperty(PathwaySort.NAME.property())
                .setHeader(getTranslation("autonomy-caseload.column.name"));
        PhoneColumns.adapt(grid, List.of(card), List.of(card));
        grid.setHeight("36rem");
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("autonomy-caseload.grid-label"));
        grid.setEmptyStateText(getTranslation("autonomy-caseload.empty"));
        return grid;
    }

    private void refresh() {
        PathwayFilter searched = new PathwayFilter(false, search.getValue());
        long all = caseload.count(viewer, searched);
        long risky = caseload.count(viewer, searched.withAlertsOnly(true));
        show.setItemLabelGenerator(alertsOnly -> alertsOnly
                ? getTranslation("autonomy-caseload.tab.at-risk", risky)
                : getTranslation("autonomy-caseload.tab.all", all));
        PathwayFilter filter = searched.withAlertsOnly(Boolean.TRUE.equals(show.getValue()));
        count.setText(getTranslation("caseload.count", filter.alertsOnly() ? risky : all));
        grid.setItems(query -> caseload.page(viewer, filter, pageable(query)).stream(), query ->
                (int) caseload.count(viewer, filter));
    }

    /** The grid asks by page (paging is on by default), sorted by the properties of {@link PathwaySort}. */
    private static Pageable pageable(Query<PathwayRow, Void> query) {
        Sort sort = Sort.by(query.getSortOrders().stream()
                .map(order -> new Sort.Order(
                        order.getDirection() == SortDirection.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC,
                        order.getSorted()))
                .toList());
        return PageRequest.of(query.getPage(), query.getPageSize(), sort);
    }

    private String interview(PathwayRow row) {
        if (row.interviewHeldOn() != null) {
            return getTranslation("autonomy-caseload.interview.held", dates.day(row.interviewHeldOn()));
        }
        if (row.interviewAt() != null) {
            return getTranslation(
                    "autonomy-caseload.interview.scheduled",
                    dates.day(row.interviewAt().toLocalDate()));
        }
        return getTranslation("autonomy-caseload.interview.none");
    }

    private String request(PathwayRow row) {
        if (row.requestStatus() == null) {
            return getTranslation("autonomy-caseload.request.none");
        }
        return getTranslation(
                "autonomy-caseload.request." + row.requestStatus().name(), dateOrUnknown(row.requestSubmittedOn()));
    }

    private Component alerts(PathwayRow row) {
        Div badges = new Div();
        badges.addClassName("reperes-alerts");
        for (PathwayAlert alert : PathwayAlert.values()) {
            if (row.alerts().contains(alert)) {
                Span badge = new Span(getTranslation("autonomy-caseload.alert." + alert.name()));
                badge.addClassNames("reperes-status", "reperes-alert");
                badges.add(badge);
            }
        }
        return badges;
    }

    private Component card(PathwayRow row) {
        Anchor name = new Anchor(YOUNG_PERSON_ROUTE + "/" + row.id(), row.fullName());
        name.addClassName("reperes-row-card-title");
        Div card = new Div(
                name,
                new Div(getTranslation("caseload.age", row.age()) + " · "
                        + getTranslation("phone-card.eighteenth", dates.day(row.eighteenthBirthday()))),
                new Div(field("autonomy-caseload.column.request", request(row))),
                new Div(field(
                        "autonomy-caseload.column.contract-end",
                        row.contractEndsOn() == null
                                ? getTranslation("autonomy-caseload.contract.none")
                                : dates.day(row.contractEndsOn()))),
                alerts(row));
        card.addClassName("reperes-row-card");
        return card;
    }

    private String field(String labelKey, String value) {
        return getTranslation("phone-card.field", getTranslation(labelKey), value);
    }

    private String dateOrUnknown(@Nullable LocalDate date) {
        return date == null ? getTranslation("autonomy-caseload.date-unknown") : dates.day(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("autonomy-caseload.title");
    }
}
