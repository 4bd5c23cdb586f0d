package fr.reperes.dossier.careplan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDomain;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.YoungPersonProfile;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The référent composes the next PPE version domain by domain: save a draft (never shown to the family), preview
 * it as the family will see it, publish it. A wrong field is marked and nothing is saved.
 */
@Route(CarePlanEditorView.ROUTE)
@RolesAllowed("REFERENT")
public class CarePlanEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "ppe-brouillon";

    private final transient CarePlanService carePlans;
    private final transient YoungPersonService youngPeople;
    private final transient CurrentViewer currentViewer;
    private final transient Clock clock;
    private final transient DateTexts dates;
    private final FieldErrors fields = new FieldErrors();
    private final Map<CarePlanDomain, DomainEditor> editors = new EnumMap<>(CarePlanDomain.class);
    private final DatePicker nextReview = ComponentTexts.datePicker(getTranslation("ppe.editor.next-review"));
    private final TextArea youthWords = new TextArea();
    private final TextArea parentsWords = new TextArea();
    private long youngPersonId;
    private String firstName = "";
    private String title = "";

    CarePlanEditorView(
            CarePlanService carePlans,
            YoungPersonService youngPeople,
            CurrentViewer currentViewer,
            Clock clock,
            DateTexts dates) {
        this.dates = dates;
        this.carePlans = carePlans;
        this.youngPeople = youngPeople;
        this.currentViewer = currentViewer;
        this.clock = clock;
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        youngPersonId = id;
        Viewer viewer = currentViewer.require();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        CarePlanDraft draft = carePlans.draft(viewer, id);
        YoungPersonProfile profile = youngPeople.profile(viewer, id);
        title = getTranslation("ppe.editor.title", profile.fullName());
        firstName = profile.firstName();
        add(new H1(title), new Paragraph(getTranslation("ppe.editor.intro")));

        nextReview.setId("prochaine-revision");
        nextReview.setValue(draft.nextReviewOn());
        nextReview.setLocale(getLocale());
        fields.field("nextReviewOn", nextReview);
        add(nextReview);

        for (CarePlanDomain domain : CarePlanDomain.values()) {
            DomainEditor editor =
                    new DomainEditor(domain, draft.domains().getOrDefault(domain, CarePlanDraft.DraftDomain.empty()));
            editors.put(domain, editor);
            Details details = new Details(getTranslation("ppe.domain." + domain.name()), editor);
            details.setOpened(true);
            details.setWidthFull();
            add(details);
        }
        fields.field("youthWords", youthWords).field("parentsWords", parentsWords);
        youthWords.setLabel(getTranslation("ppe.youth-words"));
        youthWords.setValue(draft.youthWords());
        youthWords.setMaxLength(CarePlanService.MAX_TEXT);
        youthWords.setWidthFull();
        parentsWords.setLabel(getTranslation("ppe.parents-words"));
        parentsWords.setValue(draft.parentsWords());
        parentsWords.setMaxLength(CarePlanService.MAX_TEXT);
        parentsWords.setWidthFull();
        add(youthWords, parentsWords);

        Button save = new Button(getTranslation("ppe.editor.save"), click -> save());
        Button preview = new Button(getTranslation("ppe.editor.preview"), click -> preview());
        Button publish = new Button(getTranslation("ppe.editor.publish"), click -> confirmPublish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save, preview, publish);
        actions.addClassName("reperes-filters");
        add(actions);
    }

    private CarePlanDraft collect() {
        fields.clear();
        Map<CarePlanDomain, CarePlanDraft.DraftDomain> domains = new EnumMap<>(CarePlanDomain.class);
        editors.forEach((domain, editor) -> domains.put(domain, editor.value()));
        return new CarePlanDraft(nextReview.getValue(), youthWords.getValue(), parentsWords.getValue(), domains);
    }

    private boolean run(Runnable action) {
        if (nextReview.isInvalid() && nextReview.getValue() == null) {
            // The browser could not read the typed date: say so instead of treating it as empty.
            nextReview.setErrorMessage(getTranslation("ppe.error.review.unreadable"));
            return false;
        }
        try {
            action.run();
            return true;
        } catch (CarePlanInvalidException invalid) {
            fields.show(invalid);
            Notification notification = Notification.show(getTranslation("ppe.editor.fix-fields"));
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void save() {
        CarePlanDraft draft = collect();
        if (run(() -> carePlans.saveDraft(currentViewer.require(), youngPersonId, draft))) {
            Notification.show(getTranslation("ppe.editor.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void preview() {
        CarePlanDraft draft = collect();
        List<DomainPlan> domains = new ArrayList<>();
        draft.domains()
                .forEach((domain, content) -> domains.add(new DomainPlan(
                        domain,
                        blank(content.needs()),
                        blank(content.objectives()),
                        content.actions().stream().filter(a -> !a.blank()).toList(),
                        blank(content.evaluation()),
                        false)));
        Viewer viewer = currentViewer.require();
        CarePlanVersion version = new CarePlanVersion(
                0,
                carePlans.nextVersionNumber(viewer, youngPersonId),
                Instant.now(clock),
                draft.nextReviewOn(),
                viewer.displayName(),
                domains,
                blank(draft.youthWords()),
                blank(draft.parentsWords()),
                EnumSet.noneOf(CarePlanDomain.class));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ppe.editor.preview.title"));
        dialog.add(
                new Paragraph(getTranslation("ppe.editor.preview.note")),
                CarePlanDisplay.preview(version, dates, firstName));
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()));
        dialog.setWidth("min(60rem, 100vw)");
        dialog.open();
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("ppe.editor.publish.title"),
                getTranslation("ppe.editor.publish.text"),
                getTranslation("ppe.editor.publish"),
                event -> publish());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("ppe.editor.publish.cancel"));
        confirm.open();
    }

    private void publish() {
        CarePlanDraft draft = collect();
        int[] number = new int[1];
        if (run(() -> number[0] = carePlans.publish(currentViewer.require(), youngPersonId, draft))) {
            Notification.show(getTranslation("ppe.editor.published", number[0]))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(YoungPersonView.class, youngPersonId));
        }
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** One domain: needs, objectives, actions (who does what, by when), evaluation. */
    private final class DomainEditor extends VerticalLayout {

        private final CarePlanDomain domain;
        private final TextArea needs = new TextArea(getTranslation("ppe.needs"));
        private final TextArea objectives = new TextArea(getTranslation("ppe.objectives"));
        private final TextArea evaluation = new TextArea(getTranslation("ppe.evaluation"));
        private final VerticalLayout actionRows = new VerticalLayout();
        private final List<ActionRow> rows = new ArrayList<>();

        DomainEditor(CarePlanDomain domain, CarePlanDraft.DraftDomain content) {
            this.domain = domain;
            setPadding(false);
            for (TextArea area : List.of(needs, objectives, evaluation)) {
                area.setMaxLength(CarePlanService.MAX_TEXT);
                area.setWidthFull();
            }
            fields.field(domain.name() + ".needs", needs)
                    .field(domain.name() + ".objectives", objectives)
                    .field(domain.name() + ".evaluation", evaluation);
            needs.setValue(content.needs());
            objectives.setValue(content.objectives());
            evaluation.setValue(content.evaluation());
            actionRows.setPadding(false);
            content.actions().forEach(this::addRow);
            Button add = new Button(getTranslation("ppe.editor.add-action"), click -> addRow(null));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.setAriaLabel(getTranslation("ppe.editor.add-action.in", getTranslation("ppe.domain." + domain.name())));
            add(needs, objectives, new H3(getTranslation("ppe.actions")), actionRows, add, evaluation);
        }

        private void addRow(@Nullable CarePlanAction action) {
            ActionRow row = new ActionRow(domain, rows.size(), action);
            rows.add(row);
            actionRows.add(row);
        }

        CarePlanDraft.DraftDomain value() {
            return new CarePlanDraft.DraftDomain(
                    needs.getValue(),
                    objectives.getValue(),
                    evaluation.getValue(),
                    rows.stream().map(ActionRow::value).toList());
        }
    }

    private final class ActionRow extends Div {

        private final TextField what = new TextField(getTranslation("ppe.editor.action.what"));
        private final TextField who = new TextField(getTranslation("ppe.editor.action.who"));
        private final DatePicker due = ComponentTexts.datePicker(getTranslation("ppe.editor.action.due"));

        ActionRow(CarePlanDomain domain, int index, @Nullable CarePlanAction action) {
            addClassName("reperes-filters");
            what.setMaxLength(CarePlanService.MAX_ACTION_WHAT);
            who.setMaxLength(CarePlanService.MAX_ACTION_WHO);
            due.setLocale(getLocale());
            if (action != null) {
                what.setValue(action.what());
                who.setValue(action.who());
                due.setValue(action.dueOn());
            }
            String prefix = domain.name() + ".action." + index + ".";
            fields.field(prefix + "what", what).field(prefix + "who", who).field(prefix + "dueOn", due);
            add(what, who, due);
        }

        CarePlanAction value() {
            return new CarePlanAction(what.getValue(), who.getValue(), due.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    public static Component linkFor(long youngPersonId) {
        return new RouterLink(I18NProvider.translate("file.ppe.compose"), CarePlanEditorView.class, youngPersonId);
    }
}
