package fr.reperes.autonomy.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.NewContract;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.autonomy.ProjectDraft;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.grid.AutonomySpace;
import fr.reperes.autonomy.grid.StepForm;
import fr.reperes.autonomy.pathway.Pathway;
import fr.reperes.autonomy.pathway.PathwayCards;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequest;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The référent's page for one young person's road to autonomy: schedule the entretien and record that it was held,
 * record the projet (published with a new PPE version), move requests through their states with dated decisions,
 * and record the contract.
 */
@Route(AutonomyFileView.ROUTE)
@RolesAllowed("REFERENT")
public class AutonomyFileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE = "autonomie-jeune";

    private final transient PathwayService pathways;
    private final transient YoungAdultRequests requests;
    private final transient AutonomyService autonomy;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private @Nullable Viewer viewer;
    private long youngPersonId;
    private String title = "";

    AutonomyFileView(
            CurrentViewer currentViewer,
            PathwayService pathways,
            YoungAdultRequests requests,
            AutonomyService autonomy,
            DateTexts dates) {
        this.dates = dates;
        this.currentViewer = currentViewer;
        this.pathways = pathways;
        this.requests = requests;
        this.autonomy = autonomy;
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        viewer = currentViewer.require();
        youngPersonId = id;
        show();
    }

    /** Set by {@link #setParameter}, which Vaadin calls before the view is shown or clicked. */
    private Viewer viewer() {
        return Objects.requireNonNull(viewer, "setParameter runs before the view is shown");
    }

    private long departement() {
        return Objects.requireNonNull(viewer().departementId(), "a référent's account belongs to a département");
    }

    private void show() {
        removeAll();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one; after a click,
        // through the session's error handler.
        Pathway pathway = pathways.pathway(viewer(), youngPersonId);
        AutonomySpace space = autonomy.space(viewer(), youngPersonId);
        title = getTranslation("autonomy-file.title", pathway.firstName());
        add(
                new H1(title),
                new Anchor("jeune/" + youngPersonId, getTranslation("autonomy-file.back")),
                new Paragraph(getTranslation(
                        "autonomy-file.ages",
                        dates.day(pathway.birthDate().plusYears(18)),
                        dates.day(AutonomyAges.lastDayOfSupport(pathway.birthDate())))));

        add(new H2(getTranslation("interview.title")));
        add(PathwayCards.interview(pathway.interview(), pathway.birthDate(), pathway.today(), dates));
        if (pathway.interview() == null) {
            add(scheduleForm());
        } else if (!pathway.interview().held()) {
            add(heldForm(), rescheduleForm());
        } else {
            add(projectForm());
        }
        if (pathway.project() != null) {
            add(PathwayCards.project(pathway.project(), dates));
        }

        add(new H2(getTranslation("autonomy-file.requests")));
        if (pathway.requests().isEmpty()) {
            add(new Paragraph(getTranslation("autonomy-file.no-request")));
        }
        for (YoungAdultRequest request : pathway.requests()) {
            if (request.status() == RequestStatus.DRAFT) {
                // The young person's words are theirs until they send them.
                add(new Paragraph(getTranslation("autonomy-file.draft-in-progress")));
                continue;
            }
            add(PathwayCards.request(request, dates));
            if (!request.status().decided()) {
                add(decisionForm(request));
            }
        }
        pathway.contracts().forEach(contract -> add(PathwayCards.contract(contract, pathway.today(), dates)));

        add(new H2(getTranslation("autonomy.grid")));
        if (space.open()) {
            add(
                    PathwayCards.grid(space),
                    new H2(getTranslation("autonomy-file.new-step")),
                    new StepForm(autonomy, viewer(), youngPersonId, autonomy.partners(departement()), this::show));
        } else {
            add(new Paragraph(
                    space.ended()
                            ? getTranslation("child-autonomy.ended")
                            : getTranslation("child-autonomy.closed", dates.day(space.opensOn()))));
        }
        addComponentAtIndex(1, PageSummary.of(this, H2.class));
    }

    private Div scheduleForm() {
        DateTimePicker startsAt = ComponentTexts.dateTimePicker(getTranslation("interview.schedule.when"));
        startsAt.setId("date-entretien");
        TextField place = new TextField(getTranslation("interview.schedule.place"));
        place.setMaxLength(PathwayService.MAX_INTERVIEW_PLACE);
        place.setId("lieu-entretien");
        FieldErrors fields = errors().field("startsAt", startsAt).field("place", place);
        Button schedule = new Button(
                getTranslation("interview.schedule"),
                click -> act(
                        fields,
                        () -> pathways.scheduleInterview(
                                viewer(), youngPersonId, startsAt.getValue(), place.getValue())));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setId("programmer-entretien");
        return form(getTranslation("interview.schedule"), startsAt, place, schedule);
    }

    private Div rescheduleForm() {
        DateTimePicker startsAt = ComponentTexts.dateTimePicker(getTranslation("interview.schedule.when"));
        TextField place = new TextField(getTranslation("interview.schedule.place"));
        place.setMaxLength(PathwayService.MAX_INTERVIEW_PLACE);
        FieldErrors fields = errors().field("startsAt", startsAt).field("place", place);
        Button move = new Button(
                getTranslation("interview.reschedule"),
                click -> act(
                        fields,
                        () -> pathways.rescheduleInterview(
                                viewer(), youngPersonId, startsAt.getValue(), place.getValue())));
        move.setId("deplacer-entretien");
        return form(getTranslation("interview.reschedule"), startsAt, place, move);
    }

    private Div heldForm() {
        DatePicker heldOn = ComponentTexts.datePicker(getTranslation("interview.held-on"));
        heldOn.setId("entretien-tenu-le");
        Button record = new Button(
                getTranslation("interview.record-held"),
                click -> act(
                        errors().field("heldOn", heldOn),
                        () -> pathways.recordInterviewHeld(viewer(), youngPersonId, heldOn.getValue())));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("entretien-tenu");
        return form(getTranslation("interview.record-held"), heldOn, record);
    }

    private Div projectForm() {
        FieldErrors fields = errors();
        DatePicker review = ComponentTexts.datePicker(getTranslation("project.next-review"));
        review.setHelperText(getTranslation("project.next-review.help"));
        fields.field("nextReviewOn", review);
        Div form =
                form(getTranslation("project.record"), new Paragraph(getTranslation("project.record.intro")), review);
        Map<AutonomyDomain, TextArea> goals = new EnumMap<>(AutonomyDomain.class);
        for (AutonomyDomain domain : AutonomyDomain.values()) {
            TextArea goal = new TextArea(
                    getTranslation("project.goals-for", getTranslation("autonomy.domain." + domain.name())));
            goal.setMaxLength(PathwayService.MAX_GOALS);
            goal.setWidthFull();
            goal.setId("objectifs-" + domain.name());
            goals.put(domain, goal);
            fields.field(domain.name() + ".goals", goal);
            form.add(goal);
        }
        fields.field(
                "goals",
                Objects.requireNonNull(goals.get(AutonomyDomain.HOUSING), "every domain's field is made above"));
        List<ActionLine> lines = new ArrayList<>();
        Div actions = new Div(new H3(getTranslation("project.actions")));
        Button more = new Button(getTranslation("project.add-action"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> {
            ActionLine line = new ActionLine(lines.size());
            lines.add(line);
            line.register(fields);
            actions.addComponentAtIndex(actions.getComponentCount(), line.row());
        });
        more.click();
        more.click();
        Button publish = new Button(
                getTranslation("project.publish"),
                click -> act(fields, () -> {
                    Map<AutonomyDomain, String> texts = new EnumMap<>(AutonomyDomain.class);
                    goals.forEach((domain, area) -> texts.put(domain, area.getValue()));
                    pathways.recordProject(
                            viewer(),
                            youngPersonId,
                            new ProjectDraft(
                                    review.getValue(),
                                    texts,
                                    lines.stream().map(ActionLine::value).toList()));
                }));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publier-projet");
        form.add(actions, more, publish);
        return form;
    }

    /** One form per undecided request, offering only the moves the state machine allows from where it stands. */
    private Div decisionForm(YoungAdultRequest request) {
        Select<RequestStatus> move = new Select<>();
        move.setLabel(getTranslation("decision.move"));
        move.setItems(request.status().next());
        move.setItemLabelGenerator(s -> getTranslation("decision.to." + s.name()));
        move.setId("decision-" + request.id());
        DatePicker on = ComponentTexts.datePicker(getTranslation("decision.date"));
        on.setHelperText(getTranslation("decision.date.help"));
        TextArea reasons = new TextArea(getTranslation("decision.reasons"));
        reasons.setHelperText(getTranslation("decision.reasons.help"));
        reasons.setWidthFull();
        TextArea objectives = new TextArea(getTranslation("contract.objectives"));
        objectives.setWidthFull();
        DatePicker starts = ComponentTexts.datePicker(getTranslation("contract.starts"));
        DatePicker ends = ComponentTexts.datePicker(getTranslation("contract.ends"));
        DatePicker review = ComponentTexts.datePicker(getTranslation("contract.review"));
        Div contract = new Div(objectives, starts, ends, review);
        contract.addClassName("reperes-form");
        reasons.setVisible(false);
        contract.setVisible(false);
        move.addValueChangeListener(change -> {
            reasons.setVisible(change.getValue() == RequestStatus.REFUSED);
            contract.setVisible(change.getValue() == RequestStatus.GRANTED);
        });
        FieldErrors fields = errors().field("status", move)
                .field("effectiveOn", on)
                .field("reasons", reasons)
                .field("objectives", objectives)
                .field("startsOn", starts)
                .field("endsOn", ends)
                .field("nextReviewOn", review);
        Button record = new Button(
                getTranslation("decision.record"),
                click -> act(fields, () -> {
                    if (move.getValue() == null) {
                        throw new InvalidInputException(Map.of("status", "decision.error.choose"));
                    }
                    switch (move.getValue()) {
                        case GRANTED ->
                            requests.grant(
                                    viewer(),
                                    request.id(),
                                    on.getValue(),
                                    new NewContract(
                                            objectives.getValue(),
                                            starts.getValue(),
                                            ends.getValue(),
                                            review.getValue()));
                        case REFUSED -> requests.refuse(viewer(), request.id(), on.getValue(), reasons.getValue());
                        default -> requests.move(viewer(), request.id(), move.getValue(), on.getValue());
                    }
                }));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("enregistrer-decision-" + request.id());
        return form(getTranslation("decision.title"), move, on, reasons, contract, record);
    }

    /** Runs a change; field errors go under their field, and the page is read again when it went through. */
    private void act(FieldErrors fields, Runnable change) {
        fields.clear();
        try {
            change.run();
            Notification.show(getTranslation("autonomy.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidInputException invalid) {
            fields.show(invalid);
        }
    }

    /** A form's errors: those naming none of its fields are told in a notification. */
    private static FieldErrors errors() {
        return new FieldErrors()
                .elsewhere(
                        message -> Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR),
                        () -> {});
    }

    private static Div form(String heading, Component... parts) {
        Div form = new Div(new H3(heading));
        form.add(parts);
        form.addClassNames("reperes-form", "reperes-card");
        return form;
    }

    /** A line of the projet's agreed steps: domain, what, who, by when. */
    private final class ActionLine {
        private final int index;
        private final Select<AutonomyDomain> domain = new Select<>();
        private final TextField what = new TextField(getTranslation("project.action.what"));
        private final TextField who = new TextField(getTranslation("project.action.who"));
        private final DatePicker due = ComponentTexts.datePicker(getTranslation("project.action.due-field"));

        ActionLine(int index) {
            this.index = index;
            domain.setLabel(getTranslation("autonomy.step.domain"));
            domain.setItems(AutonomyDomain.values());
            domain.setItemLabelGenerator(d -> getTranslation("autonomy.domain." + d.name()));
            what.setMaxLength(PathwayService.MAX_ACTION_WHAT);
            who.setMaxLength(PathwayService.MAX_ACTION_WHO);
        }

        Div row() {
            Div row = new Div(domain, what, who, due);
            row.addClassName("reperes-filters");
            return row;
        }

        void register(FieldErrors fields) {
            fields.field("action." + index + ".domain", domain)
                    .field("action." + index + ".what", what)
                    .field("action." + index + ".who", who)
                    .field("action." + index + ".dueOn", due);
        }

        ProjectAction value() {
            return new ProjectAction(domain.getValue(), what.getValue(), who.getValue(), due.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
