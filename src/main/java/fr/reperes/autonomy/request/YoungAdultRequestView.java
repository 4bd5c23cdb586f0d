package fr.reperes.autonomy.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.RequestDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.pathway.Pathway;
import fr.reperes.autonomy.pathway.PathwayCards;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * "Mon contrat jeune majeur": the request written in four guided steps (my plans, what I ask for, my documents,
 * check and send), saved as a draft at each step; then where it stands, the decision, and the contract.
 */
@Route(YoungAdultRequestView.ROUTE)
@RolesAllowed("JEUNE")
@Menu(title = "nav.young-adult", order = 13, icon = "vaadin:file-text-o")
public class YoungAdultRequestView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "contrat-jeune-majeur";
    static final int STEPS = 4;

    private final transient PathwayService pathways;
    private final transient YoungAdultRequests requests;
    private final transient DateTexts dates;
    private final Viewer viewer;
    private final long youngPersonId;
    private int step = 1;
    /** The draft's step was set from what it holds: once per opening, then the buttons move it. */
    private boolean resumed;

    private byte @Nullable [] uploaded;
    private @Nullable String uploadedName;

    YoungAdultRequestView(
            CurrentViewer currentViewer, PathwayService pathways, YoungAdultRequests requests, DateTexts dates) {
        this.dates = dates;
        this.pathways = pathways;
        this.requests = requests;
        this.viewer = currentViewer.require();
        this.youngPersonId = Objects.requireNonNull(viewer.youngPersonId(), "only a young person opens this page");
        setMaxWidth("56rem");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("request.page-title")), new Paragraph(getTranslation("request.intro")));
        Pathway pathway = pathways.pathway(viewer, youngPersonId);
        // The contract and request cards are headed h3: give them their h2 so the outline skips no level.
        if (pathway.currentContract().isPresent()
                || pathway.requests().stream().anyMatch(r -> r.status() != RequestStatus.DRAFT)) {
            add(new H2(getTranslation("request.where-it-stands")));
        }
        pathway.currentContract().ifPresent(contract -> add(PathwayCards.contract(contract, pathway.today(), dates)));
        if (pathway.renewalPrompt()) {
            Paragraph renewal = new Paragraph(getTranslation("contract.renewal-prompt"));
            renewal.addClassName("reperes-changed");
            add(renewal);
        }
        YoungAdultRequest open = pathway.openRequest().orElse(null);
        if (open != null && open.status() != RequestStatus.DRAFT) {
            add(PathwayCards.request(open, dates));
        } else if (!pathway.requestPossible()) {
            add(new Paragraph(getTranslation(
                    AutonomyAges.adult(pathway.birthDate(), pathway.today()) ? "request.closed" : "request.not-yet")));
        } else {
            if (!resumed) {
                resumed = true;
                if (open != null) {
                    step = open.content().resumeStep(open.documents().size());
                }
            }
            add(
                    new H2(getTranslation(pathway.contracts().isEmpty() ? "request.write" : "request.write.renewal")),
                    wizard(open == null ? RequestDraft.empty() : open.content(), open));
        }
        pathway.requests().stream()
                .filter(r -> r.status().decided())
                .forEach(decided -> add(PathwayCards.request(decided, dates)));
        addComponentAtIndex(1, PageSummary.of(this, H2.class, H3.class));
    }

    private Div wizard(RequestDraft saved, @Nullable YoungAdultRequest draft) {
        Div wizard = new Div();
        wizard.addClassName("reperes-form");
        wizard.setId("demande");
        Paragraph progress =
                new Paragraph(getTranslation("request.step", step, STEPS, getTranslation("request.step." + step)));
        progress.addClassName("reperes-changed");
        progress.setId("etape");
        wizard.add(progress);

        TextArea plans = new TextArea(getTranslation("request.plans"));
        plans.setHelperText(getTranslation("request.plans.help"));
        plans.setMaxLength(YoungAdultRequests.MAX_PLANS);
        plans.setWidthFull();
        plans.setMinHeight("10rem");
        plans.setValue(saved.plans());
        plans.setId("projets");
        Checkbox share = new Checkbox(getTranslation("request.share"), saved.sharedWithParents());
        share.setHelperText(getTranslation("request.share.help"));
        share.setId("partager-demande");
        Checkbox housing = new Checkbox(getTranslation("request.support.housing"), saved.housing());
        housing.setId("demande-logement");
        Checkbox allowance = new Checkbox(getTranslation("request.support.allowance"), saved.allowance());
        allowance.setId("demande-allocation");
        Checkbox education = new Checkbox(getTranslation("request.support.education"), saved.educationalSupport());
        education.setId("demande-accompagnement");
        TextField other = new TextField(getTranslation("request.support.other"));
        other.setMaxLength(YoungAdultRequests.MAX_OTHER_SUPPORT);
        other.setWidthFull();
        other.setValue(saved.otherSupport());
        Paragraph supportError = new Paragraph();
        supportError.addClassName("reperes-warning");
        supportError.setVisible(false);

        switch (step) {
            case 1 -> wizard.add(plans, share);
            case 2 ->
                wizard.add(
                        new Paragraph(getTranslation("request.support.intro")),
                        housing,
                        allowance,
                        education,
                        other,
                        supportError);
            case 3 -> wizard.add(documents(draft));
            default -> wizard.add(review(draft));
        }
        // Fields of the other steps keep their saved values, so saving one step never blanks another.
        Supplier<RequestDraft> current = () -> new RequestDraft(
                plans.getValue(),
                housing.getValue(),
                allowance.getValue(),
                education.getValue(),
                other.getValue(),
                share.getValue());
        Div buttons = new Div();
        buttons.addClassName("reperes-filters");
        if (step > 1) {
            Button back = new Button(getTranslation("request.previous"), click -> {
                if (save(current.get(), plans)) {
                    step--;
                    show();
                }
            });
            back.setId("etape-precedente");
            buttons.add(back);
        }
        if (step < STEPS) {
            // A step that requires something is not passed without it: the message goes on the plans, or under
            // the choices of what is asked (single checkboxes have no error slot of their own).
            FieldErrors stepErrors = new FieldErrors().field("plans", plans).elsewhere(supportError);
            Button next = new Button(getTranslation("request.next"), click -> {
                stepErrors.clear();
                RequestDraft filled = current.get();
                if (save(filled, plans)) {
                    Map<String, String> missing = filled.missingAt(step);
                    if (!missing.isEmpty()) {
                        stepErrors.show(new InvalidInputException(missing));
                        return;
                    }
                    step++;
                    show();
                }
            });
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setId("etape-suivante");
            buttons.add(next);
        } else {
            // On the last step no field is shown: every reason the request cannot go is told under the support.
            FieldErrors submitErrors = new FieldErrors()
                    .elsewhere(
                            message -> {
                                supportError.setText(message);
                                supportError.setVisible(true);
                                wizard.add(supportError);
                            },
                            () -> supportError.setVisible(false));
            Button submit = new Button(getTranslation("request.submit"), click -> {
                try {
                    requests.submit(viewer, youngPersonId);
                    Notification.show(getTranslation("request.submitted"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    step = 1;
                    show();
                } catch (InvalidInputException invalid) {
                    submitErrors.show(invalid);
                }
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("envoyer-demande");
            buttons.add(submit);
        }
        Button keep = new Button(getTranslation("request.save-draft"), click -> {
            if (save(current.get(), plans)) {
                Notification.show(getTranslation("request.draft-saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        keep.setId("enregistrer-brouillon");
        buttons.add(keep);
        wizard.add(buttons);
        return wizard;
    }

    private boolean save(RequestDraft draft, TextArea plans) {
        // The wizard shows one step at a time, so a field at fault may be on another step: every message is told in a
        // notification and kept under the plans, which the young person finds when going back.
        FieldErrors errors = new FieldErrors()
                .elsewhere(
                        message -> {
                            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                            plans.setErrorMessage(message);
                            plans.setInvalid(true);
                        },
                        () -> plans.setInvalid(false));
        errors.clear();
        try {
            requests.saveDraft(viewer, youngPersonId, draft);
            return true;
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            return false;
        }
    }

    private Div documents(@Nullable YoungAdultRequest draft) {
        Div documents = new Div(new Paragraph(getTranslation("request.documents.intro")));
        UnorderedList joined = new UnorderedList();
        if (draft != null) {
            for (RequestDocument document : draft.documents()) {
                Button remove = new Button(getTranslation("request.documents.remove"), click -> {
                    requests.removeDocument(viewer, youngPersonId, document.id());
                    show();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel(getTranslation("request.documents.remove.for", document.fileName()));
                joined.add(new ListItem(new Paragraph(document.fileName()), remove));
            }
        }
        Paragraph fileError = new Paragraph();
        fileError.addClassName("reperes-warning");
        fileError.setVisible(false);
        Upload upload = ComponentTexts.pdfUpload(
                YoungAdultRequests.MAX_DOCUMENT_BYTES,
                (metadata, bytes) -> {
                    uploaded = bytes;
                    uploadedName = metadata.fileName();
                },
                () -> uploaded = null,
                fileError);
        FieldErrors joinErrors = new FieldErrors().elsewhere(fileError);
        Button join = new Button(getTranslation("request.documents.join"), click -> {
            try {
                requests.addDocument(viewer, youngPersonId, uploadedName, uploaded);
                uploaded = null;
                show();
            } catch (InvalidInputException invalid) {
                joinErrors.show(invalid);
            }
        });
        documents.add(joined, upload, join, fileError);
        return documents;
    }

    private Div review(@Nullable YoungAdultRequest draft) {
        Div review = new Div(new Paragraph(getTranslation("request.review.intro")));
        if (draft != null) {
            review.add(PathwayCards.request(draft, dates));
        } else {
            review.add(new Paragraph(getTranslation("request.review.empty")));
        }
        return review;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.page-title");
    }
}
