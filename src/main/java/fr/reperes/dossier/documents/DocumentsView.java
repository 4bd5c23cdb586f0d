package fr.reperes.dossier.documents;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Mes documents": the documents the référent shared, to download. */
@Route(DocumentsView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.documents", order = 25, icon = "vaadin:file-text-o")
class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "documents";

    DocumentsView(
            CurrentViewer currentViewer, DocumentService documents, YoungPersonService youngPeople, DateTexts dates) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("48rem");
        add(new H1(getTranslation("documents.title")));
        List<Long> children = viewer.role() == Role.JEUNE
                ? List.of(viewer.youngPersonId())
                : youngPeople.children(viewer).stream()
                        .filter(ChildCard::open)
                        .map(ChildCard::youngPersonId)
                        .toList();
        if (children.isEmpty()) {
            add(new Paragraph(getTranslation("measures.none-open")));
        }
        for (long child : children) {
            if (viewer.role() == Role.PARENT) {
                add(new H2(getTranslation(
                        "documents.of", youngPeople.profile(viewer, child).firstName())));
            }
            List<DocumentLine> lines = documents.list(viewer, child);
            if (lines.isEmpty()) {
                add(new Paragraph(getTranslation("documents.none")));
            }
            for (DocumentLine line : lines) {
                Div card = new Div(
                        new H3(line.title()),
                        new Paragraph(
                                getTranslation("document.kind." + line.kind().name()) + " · " + dates.day(line.date())),
                        DocumentLinks.download(documents, viewer, line));
                card.addClassName("reperes-card");
                add(card);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title");
    }
}
