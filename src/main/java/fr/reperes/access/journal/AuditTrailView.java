package fr.reperes.access.journal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** "Who looked at my file", in plain words, newest first, loaded page by page. */
@Route(AuditTrailView.ROUTE)
@RolesAllowed("JEUNE")
@Menu(title = "nav.audit", order = 90, icon = "vaadin:eye")
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "qui-a-consulte-mon-dossier";

    AuditTrailView(CurrentViewer currentViewer, AuditTrail trail, DateTexts dates) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("60rem");
        Grid<AuditLine> grid = new Grid<>(AuditLine.class, false);
        grid.addColumn(line -> dates.stamp(line.occurredAt()))
                .setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::sentence)
                .setHeader(getTranslation("audit.column.what"))
                .setKey("what")
                .setFlexGrow(1);
        grid.setItems(
                query -> trail.readsOfMe(viewer, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) trail.countReadsOfMe(viewer));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setHeight("32rem");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), grid);
    }

    private String sentence(AuditLine line) {
        return getTranslation(
                "audit.sentence." + line.action().name(),
                line.actorName(),
                getTranslation("audit.as." + line.reason().name()),
                getTranslation("audit.kind." + line.kind().name()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
