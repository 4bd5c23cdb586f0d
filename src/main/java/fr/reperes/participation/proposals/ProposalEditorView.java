package fr.reperes.participation.proposals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AttachmentLine;
import fr.reperes.participation.DraftLine;
import fr.reperes.participation.ProposalDraft;
import fr.reperes.participation.ProposalPage;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.Proposals;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member writes a proposal: a new draft, or one of their drafts again. The draft is saved for them alone; PDF
 * documents join it once saved; publishing is on the proposal's page, where the author reads it as others will.
 */
@Route(ProposalEditorView.ROUTE)
@PermitAll
class ProposalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "conseil/:councilId/propositions/ecrire/:proposalId?([0-9]+)";

    private final transient Proposals proposals;
    private final Viewer viewer;
    private long councilId;
    private @Nullable Long proposalId;
    private byte @Nullable [] uploaded;
    private @Nullable String uploadedName;

    ProposalEditorView(CurrentViewer currentViewer, Proposals proposals) {
        this.proposals = proposals;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
    }

    static String route(long councilId, @Nullable Long proposalId) {
        return "conseil/" + councilId + "/propositions/ecrire" + (proposalId == null ? "" : "/" + proposalId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = event.getRouteParameters().getLong("councilId").orElse(-1L);
        proposalId = event.getRouteParameters().getLong("proposalId").orElse(null);
        show();
    }

    private void show() {
        removeAll();
        // Only a member writes; a draft that is not the viewer's is refused as absent.
        DraftLine draft = null;
        ProposalPage page = null;
        if (proposalId == null) {
            proposals.myDrafts(viewer, councilId);
        } else {
            long id = Objects.requireNonNull(proposalId);
            draft = proposals.myDrafts(viewer, councilId).stream()
                    .filter(line -> line.id() == id)
                    .findFirst()
                    .orElse(null);
            page = proposals.proposal(viewer, councilId, id);
            if (draft == null) {
                UI.getCurrent().navigate(ProposalView.route(councilId, id));
                return;
            }
        }
        add(
                new H1(getPageTitle()),
                new Paragraph(getTranslation(viewer.audience().key("council.debate.editor.help"))));
        TextField title = new TextField(getTranslation("council.debate.editor.title-field"));
        title.setMaxLength(Proposals.MAX_TITLE);
        title.setWidthFull();
        title.setId("titre-proposition");
        TextArea body = new TextArea(getTranslation("council.debate.editor.body"));
        body.setMaxLength(Proposals.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setId("texte-proposition");
        Select<ProposalTheme> theme = new Select<>();
        theme.setLabel(getTranslation("council.debate.editor.theme"));
        theme.setItems(ProposalTheme.values());
        theme.setItemLabelGenerator(t -> getTranslation("council.debate.theme." + t.name()));
        if (draft != null) {
            title.setValue(draft.title());
            body.setValue(draft.body());
            theme.setValue(draft.theme());
        }
        Paragraph elsewhere = new Paragraph();
        elsewhere.addClassName("reperes-warning");
        elsewhere.setVisible(false);
        FieldErrors errors = new FieldErrors()
                .addressing(viewer.audience())
                .field("title", title)
                .field("body", body)
                .field("theme", theme)
                .elsewhere(elsewhere);
        Button save = new Button(getTranslation("council.debate.editor.save"), click -> {
            errors.clear();
            try {
                long saved = proposals.saveDraft(
                        viewer,
                        councilId,
                        proposalId,
                        new ProposalDraft(title.getValue(), body.getValue(), theme.getValue()));
                Notification.show(getTranslation("council.debate.editor.saved"));
                UI.getCurrent().navigate(ProposalView.route(councilId, saved));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enregistrer-brouillon");
        Div form = new Div(title, theme, body, elsewhere, save);
        form.addClassName("reperes-form");
        add(form);
        add(new H2(getTranslation("council.debate.editor.files")));
        if (proposalId == null || page == null) {
            add(new Paragraph(getTranslation("council.debate.editor.files.first")));
        } else {
            add(attachments(page));
            Button delete = new Button(getTranslation("council.debate.editor.delete"), click -> {
                proposals.deleteDraft(viewer, councilId, Objects.requireNonNull(proposalId));
                UI.getCurrent().navigate(MyDraftsView.route(councilId));
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(delete);
        }
        add(new Anchor(
                MyDraftsView.route(councilId), getTranslation(viewer.audience().key("council.debate.list.drafts"))));
    }

    private Div attachments(ProposalPage page) {
        long id = Objects.requireNonNull(proposalId);
        UnorderedList joined = new UnorderedList();
        for (AttachmentLine file : page.attachments()) {
            Button remove = new Button(getTranslation("council.debate.editor.remove"), click -> {
                proposals.detach(viewer, councilId, id, file.id());
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("council.debate.editor.remove.for", file.fileName()));
            joined.add(new ListItem(new Paragraph(file.fileName()), remove));
        }
        Paragraph fileError = new Paragraph();
        fileError.addClassName("reperes-warning");
        fileError.setVisible(false);
        Upload upload = ComponentTexts.pdfUpload(
                Proposals.MAX_ATTACHMENT_BYTES,
                (metadata, bytes) -> {
                    uploaded = bytes;
                    uploadedName = metadata.fileName();
                },
                () -> uploaded = null,
                fileError);
        FieldErrors joinErrors = new FieldErrors().elsewhere(fileError);
        Button join = new Button(getTranslation("council.debate.editor.join"), click -> {
            try {
                proposals.attach(viewer, councilId, id, uploadedName, uploaded);
                uploaded = null;
                show();
            } catch (InvalidInputException invalid) {
                joinErrors.show(invalid);
            }
        });
        return new Div(joined, upload, join, fileError);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                proposalId == null ? "council.debate.editor.title.new" : "council.debate.editor.title.edit");
    }
}
