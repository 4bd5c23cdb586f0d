package fr.reperes.participation.proposals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.ProposalFilter;
import fr.reperes.participation.ProposalRow;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.Proposals;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.PhoneColumns;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The council's published proposals, newest first, by theme and stage: a lazy grid whose rows carry their counts, one
 * card per proposal on a phone. Members also reach their drafts and write a new proposal from here.
 */
@Route(ProposalListView.ROUTE)
@PermitAll
class ProposalListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "conseil/:councilId/propositions";

    private final transient Proposals proposals;
    private final transient DateTexts dates;
    private final Viewer viewer;
    private final Select<Optional<ProposalTheme>> theme = new Select<>();
    private final Select<Optional<ProposalStatus>> status = new Select<>();
    private final Span count = new Span();
    private final Grid<ProposalRow> grid = new Grid<>(ProposalRow.class, false);
    private long councilId;

    ProposalListView(CurrentViewer currentViewer, Proposals proposals, DateTexts dates) {
        this.proposals = proposals;
        this.dates = dates;
        this.viewer = currentViewer.require();
        setMaxWidth("60rem");
    }

    static String route(long councilId) {
        return "conseil/" + councilId + "/propositions";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        councilId = event.getRouteParameters().getLong("councilId").orElse(-1L);
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        Optional<Long> mandate = proposals.mandateOf(viewer, councilId);
        add(
                new H1(getTranslation("council.debate.list.title")),
                new Paragraph(getTranslation("council.debate.list.intro")));
        if (mandate.isPresent()) {
            Anchor write =
                    new Anchor(ProposalEditorView.route(councilId, null), getTranslation("council.debate.list.write"));
            Anchor drafts = new Anchor(
                    MyDraftsView.route(councilId),
                    getTranslation(viewer.audience().key("council.debate.list.drafts")));
            Div actions = new Div(write, new Span(" · "), drafts);
            add(actions);
        }
        theme.setLabel(getTranslation("council.debate.list.theme"));
        List<Optional<ProposalTheme>> themes = new ArrayList<>();
        themes.add(Optional.empty());
        Arrays.stream(ProposalTheme.values()).map(Optional::of).forEach(themes::add);
        theme.setItems(themes);
        theme.setItemLabelGenerator(item -> item.map(t -> getTranslation("council.debate.theme." + t.name()))
                .orElse(getTranslation("council.debate.list.all")));
        theme.setValue(Optional.empty());
        theme.addValueChangeListener(change -> refresh());
        status.setLabel(getTranslation("council.debate.list.status"));
        List<Optional<ProposalStatus>> statuses = new ArrayList<>();
        statuses.add(Optional.empty());
        Arrays.stream(ProposalStatus.values())
                .filter(s -> s != ProposalStatus.DRAFT)
                .map(Optional::of)
                .forEach(statuses::add);
        status.setItems(statuses);
        status.setItemLabelGenerator(item -> item.map(s -> getTranslation("council.debate.status." + s.name()))
                .orElse(getTranslation("council.debate.list.all")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(change -> refresh());
        count.addClassName("reperes-count");
        count.getElement().setAttribute("aria-live", "polite");
        Div filters = new Div(theme, status, count);
        filters.addClassName("reperes-filters");
        add(filters, grid());
        refresh();
    }

    private Grid<ProposalRow> grid() {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::title)
                .setKey("title")
                .setHeader(getTranslation("council.debate.column.title"))
                .setFlexGrow(3);
        grid.addColumn(row ->
                        getTranslation("council.debate.theme." + row.theme().name()))
                .setKey("theme")
                .setHeader(getTranslation("council.debate.column.theme"));
        grid.addColumn(row ->
                        getTranslation("council.debate.status." + row.status().name()))
                .setKey("status")
                .setHeader(getTranslation("council.debate.column.status"));
        grid.addColumn(row -> by(row)).setKey("author").setHeader(getTranslation("council.debate.column.author"));
        grid.addColumn(row -> getTranslation("council.debate.card.counts", row.comments(), row.supports()))
                .setKey("debate")
                .setHeader(getTranslation("council.debate.column.debate"));
        Grid.Column<ProposalRow> card = grid.addComponentColumn(this::card)
                .setKey("card")
                .setHeader(getTranslation("council.debate.column.title"));
        PhoneColumns.adapt(grid, List.of(card), List.of(card));
        grid.setHeight("36rem");
        grid.setPageSize(30);
        grid.setAriaLabel(getTranslation("council.debate.list.grid-label"));
        grid.setEmptyStateText(getTranslation("council.debate.list.empty"));
        return grid;
    }

    private void refresh() {
        ProposalFilter filter = new ProposalFilter(
                theme.getValue() == null ? null : theme.getValue().orElse(null),
                status.getValue() == null ? null : status.getValue().orElse(null));
        long total = proposals.count(viewer, councilId, filter);
        count.setText(getTranslation("council.debate.list.count", total));
        grid.setItems(
                query -> proposals.list(viewer, councilId, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) proposals.count(viewer, councilId, filter));
    }

    private Component title(ProposalRow row) {
        Anchor title = new Anchor(
                ProposalView.route(councilId, row.id()),
                row.title() == null ? getTranslation("council.debate.hidden-title") : row.title());
        if (row.read()) {
            return title;
        }
        Span unread = new Span(getTranslation("council.debate.unread"));
        unread.addClassNames("reperes-status", "reperes-unread");
        return new Div(title, new Span(" "), unread);
    }

    private Component card(ProposalRow row) {
        Component title = title(row);
        title.getElement().getClassList().add("reperes-row-card-title");
        Div card = new Div(
                title,
                new Div(getTranslation("council.debate.theme." + row.theme().name()) + " · "
                        + getTranslation("council.debate.status." + row.status().name())),
                new Div(by(row)),
                new Div(getTranslation("council.debate.card.counts", row.comments(), row.supports())));
        card.addClassName("reperes-row-card");
        return card;
    }

    private String day(ProposalRow row) {
        Instant published = row.publishedAt();
        return published == null ? "" : dates.day(published);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.debate.list.title");
    }

    /** Who proposed it and when; only when, for a hidden proposal the reader may not read (its author unnamed). */
    private String by(ProposalRow row) {
        return row.authorFirstName().isEmpty()
                ? getTranslation("council.debate.by.unnamed", day(row))
                : getTranslation("council.debate.by", row.authorFirstName(), day(row));
    }
}
