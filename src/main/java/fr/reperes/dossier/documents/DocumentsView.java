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
import fr.reperes.platform.Audience;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** "Mes documents": the documents the référent shared, to download. */
@Route(DocumentsView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.documents", order = 25, icon = "vaadin:file-text-o")
class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "documents";

    private final String title;

    DocumentsView(
            CurrentViewer currentViewer, DocumentService documents, YoungPersonService youngPeople, DateTexts dates) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("48rem");
        Audience audience = viewer.audience();
        List<Long> children;
        List<String> names;
        if (viewer.role() == Role.JEUNE) {
            children = List.of(Objects.requireNonNull(viewer.youngPersonId(), "a young person's account names them"));
            names = List.of();
        } else {
            List<ChildCard> open = youngPeople.children(viewer).stream()
                    .filter(ChildCard::open)
                    .toList();
            children = open.stream().map(ChildCard::openId).toList();
            names = open.stream()
                    .map(ChildCard::firstName)
                    .filter(Objects::nonNull)
                    .toList();
        }
        title = getTranslation(
                audience.key("documents.title"), BundleTranslations.names(names, getLocale()), names.size());
        add(new H1(title));
        if (children.isEmpty()) {
            add(new Paragraph(getTranslation(audience.key("measures.none-open"))));
        }
        for (int i = 0; i < children.size(); i++) {
            long child = children.get(i);
            if (children.size() > 1) {
                add(new H2(getTranslation("documents.of", names.get(i))));
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
        return title;
    }
}
