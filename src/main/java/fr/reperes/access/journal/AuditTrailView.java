package fr.reperes.access.journal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * "Who looked at my file", in plain words, newest first, loaded page by page: one card per person and day, in a
 * single column so that a phone never scrolls sideways.
 */
@Route(AuditTrailView.ROUTE)
@RolesAllowed("JEUNE")
@Menu(title = "nav.audit", order = 90, icon = "vaadin:eye")
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "qui-a-consulte-mon-dossier";
    static final String COLUMN = "day";

    private final DateTexts dates;

    AuditTrailView(CurrentViewer currentViewer, AuditTrail trail, DateTexts dates) {
        this.dates = dates;
        Viewer viewer = currentViewer.require();
        setMaxWidth("60rem");
        Grid<AuditDay> grid = new Grid<>(AuditDay.class, false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::card)
                .setHeader(getTranslation("audit.list"))
                .setKey(COLUMN)
                .setFlexGrow(1);
        grid.setItems(
                query -> trail.daysOfMe(viewer, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) trail.countDaysOfMe(viewer));
        grid.setAriaLabel(getTranslation("audit.list"));
        grid.setWidthFull();
        grid.setHeight("70vh");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), grid);
    }

    private Component card(AuditDay day) {
        Div card = new Div();
        card.addClassName("reperes-card");
        Span who = new Span(getTranslation("audit.day.who", day.actorName(), as(day)));
        who.addClassName("reperes-changed");
        card.add(new Paragraph(who), new Paragraph(when(day)));
        if (!day.read().isEmpty()) {
            card.add(new Paragraph(getTranslation("audit.day.read", kinds(day.read()))));
        }
        if (!day.listed().isEmpty()) {
            card.add(new Paragraph(getTranslation("audit.day.listed", kinds(day.listed()))));
        }
        if (day.replacedAccess()) {
            card.add(new Paragraph(getTranslation("audit.day.replaced")));
        }
        for (AuditDay.Refusal refusal : day.refusals()) {
            Paragraph refused = new Paragraph(getTranslation(
                    "audit.day.refused",
                    getTranslation("audit.kind." + refusal.kind().name()),
                    getTranslation("audit.refused." + refusal.reason().name())));
            refused.addClassName("reperes-warning");
            card.add(refused);
        }
        return card;
    }

    /** Why the person could read ("ta personne référente"); for someone who was only refused, their role. */
    private String as(AuditDay day) {
        if (day.reasons().isEmpty()) {
            return getTranslation("role." + day.actorRole().name());
        }
        return day.reasons().stream()
                .map(reason -> getTranslation("audit.as." + reason.name()))
                .collect(Collectors.joining(", "));
    }

    private String when(AuditDay day) {
        String first = time(day.first());
        String last = time(day.last());
        String date = dates.day(day.day());
        return first.equals(last)
                ? getTranslation("audit.day.at", date, first)
                : getTranslation("audit.day.between", date, first, last);
    }

    private String time(Instant instant) {
        return dates.time(LocalDateTime.ofInstant(instant, dates.zone()));
    }

    /** "ton identité, tes mesures et ta santé". */
    private String kinds(Set<InformationKind> kinds) {
        List<String> names = kinds.stream()
                .map(kind -> getTranslation("audit.kind." + kind.name()))
                .toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + getTranslation("audit.and") + " "
                + names.getLast();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
