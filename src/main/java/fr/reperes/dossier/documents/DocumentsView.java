package fr.reperes.dossier.documents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.MeetingService;
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
    private final transient DocumentService documents;
    private final transient CarePlanService carePlans;
    private final transient MeetingService meetings;
    private final transient DateTexts dates;
    private final Viewer viewer;

    DocumentsView(
            CurrentViewer currentViewer,
            DocumentService documents,
            CarePlanService carePlans,
            MeetingService meetings,
            YoungPersonService youngPeople,
            DateTexts dates) {
        this.documents = documents;
        this.carePlans = carePlans;
        this.meetings = meetings;
        this.dates = dates;
        Viewer viewer = currentViewer.require();
        this.viewer = viewer;
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
            String firstName = names.isEmpty() ? "" : names.get(i);
            if (children.size() > 1) {
                add(new H2(getTranslation("documents.of", firstName)));
            }
            List<FileDocument> files = documents.library(viewer, child);
            if (files.isEmpty()) {
                add(new Paragraph(getTranslation("documents.none")));
            }
            for (FileDocument file : files) {
                add(card(file, firstName));
            }
        }
    }

    /** A shared document, a PPE version or meeting notes, each with its PDF read through its service at click time. */
    private Div card(FileDocument file, String firstName) {
        String title;
        String kind;
        Anchor download;
        switch (file.source()) {
            case DOCUMENT -> {
                DocumentLine line = Objects.requireNonNull(file.document());
                title = line.title();
                kind = getTranslation("document.kind." + line.kind().name());
                download = DocumentLinks.download(documents, viewer, line);
            }
            case CARE_PLAN -> {
                int number = (int) file.id();
                title = getTranslation(viewer.audience().key("documents.file.CARE_PLAN"), number, firstName);
                kind = getTranslation("documents.file.kind.CARE_PLAN");
                download = DocumentLinks.pdf(
                        title,
                        "ppe-" + number + ".pdf",
                        getLocale(),
                        locale -> carePlans.pdf(viewer, file.youngPersonId(), number, locale));
            }
            case MEETING_NOTES -> {
                title = getTranslation(
                        "documents.file.MEETING_NOTES",
                        getTranslation("meeting.kind."
                                + Objects.requireNonNull(file.meetingKind()).name()));
                kind = getTranslation("documents.file.kind.MEETING_NOTES");
                download = DocumentLinks.pdf(
                        title,
                        "compte-rendu-" + file.id() + ".pdf",
                        getLocale(),
                        locale -> meetings.notesPdf(viewer, file.youngPersonId(), file.id(), locale));
            }
            default -> throw new IllegalStateException(file.source().name());
        }
        Div card = new Div(new H3(title), new Paragraph(kind + " · " + dates.day(file.date())), download);
        card.addClassName("reperes-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
