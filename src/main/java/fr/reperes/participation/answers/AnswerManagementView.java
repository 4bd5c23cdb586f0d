package fr.reperes.participation.answers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.answers.AnswerRecords.AnswerDraft;
import fr.reperes.participation.answers.AnswerRecords.AnswerEntry;
import fr.reperes.participation.answers.AnswerRecords.AnswerTimeline;
import fr.reperes.participation.answers.AnswerRecords.ProgressDraft;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The animateur writes the département's answer to one adopted proposal (status, responsible service, dates, text
 * or reasons) and then its news (text, optional percentage or step). Each save adds a line to the history below; the
 * council's members are told. The service checks every field and says which is wrong.
 */
@Route(AnswerManagementView.ROUTE)
@RolesAllowed("ANIMATEUR")
class AnswerManagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "animation/reponses/:proposalId";

    private final transient CouncilAnswers answers;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private @Nullable Viewer viewer;
    private long proposalId;
    private String title = "";

    AnswerManagementView(CouncilAnswers answers, CurrentViewer currentViewer, DateTexts dates) {
        this.answers = answers;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = currentViewer.require();
        proposalId = CouncilAnswersView.id(event, "proposalId");
        show();
    }

    private void show() {
        Viewer reader = Objects.requireNonNull(viewer);
        AnswerTimeline timeline = answers.managedTimeline(reader, proposalId)
                .orElseThrow(() -> new NotFoundException("no adopted proposal " + proposalId));
        title = timeline.title();
        removeAll();
        add(
                new Anchor(AnswersManagementView.ROUTE, getTranslation("council.answers.manage.back")),
                new H1(timeline.title()),
                new Paragraph(timeline.body()),
                new Paragraph(getTranslation("council.answers.adopted-on", dates.day(timeline.decidedAt()))));
        add(answerForm(reader, timeline.answer()));
        if (timeline.answer() != null && timeline.answer().status() != AnswerStatus.REFUSED) {
            add(progressForm(reader));
        }
        AnswerTexts.timeline(timeline, dates).forEach(this::add);
    }

    private Div answerForm(Viewer reader, @Nullable AnswerEntry inForce) {
        RadioButtonGroup<AnswerStatus> status = new RadioButtonGroup<>(getTranslation("council.answers.form.status"));
        status.setItems(AnswerStatus.values());
        status.setItemLabelGenerator(AnswerTexts::status);
        status.setId("statut-reponse");
        TextField service = new TextField(getTranslation("council.answers.form.service"));
        service.setMaxLength(CouncilAnswers.MAX_SERVICE);
        service.setHelperText(getTranslation("council.answers.form.service-help"));
        service.setId("service-responsable");
        DatePicker answeredOn = ComponentTexts.datePicker(getTranslation("council.answers.form.answered-on"));
        answeredOn.setValue(dates.today());
        answeredOn.setId("repondu-le");
        DatePicker expectedBy = ComponentTexts.datePicker(getTranslation("council.answers.form.expected-by"));
        expectedBy.setId("attendu-pour");
        TextArea text = new TextArea(getTranslation("council.answers.form.text"));
        text.setMaxLength(CouncilAnswers.MAX_TEXT);
        text.setHelperText(getTranslation("council.answers.form.text-help"));
        text.setWidthFull();
        text.setId("texte-reponse");
        if (inForce != null) {
            status.setValue(inForce.status());
            service.setValue(Objects.requireNonNullElse(inForce.responsibleService(), ""));
            expectedBy.setValue(inForce.expectedBy());
        }
        Paragraph elsewhere = new Paragraph();
        elsewhere.addClassName("reperes-warning");
        elsewhere.setVisible(false);
        FieldErrors errors = new FieldErrors()
                .field("status", status)
                .field("service", service)
                .field("answeredOn", answeredOn)
                .field("expectedBy", expectedBy)
                .field("text", text)
                .elsewhere(elsewhere);
        Button save = new Button(getTranslation("council.answers.form.save"), click -> {
            try {
                answers.answer(
                        reader,
                        proposalId,
                        new AnswerDraft(
                                status.getValue(),
                                service.getValue(),
                                answeredOn.getValue(),
                                expectedBy.getValue(),
                                text.getValue()));
                Notification.show(getTranslation("council.answers.form.saved"));
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enregistrer-reponse");
        Div form = new Div(
                new H2(getTranslation(
                        inForce == null ? "council.answers.form.title" : "council.answers.form.title-change")),
                elsewhere,
                status,
                service,
                answeredOn,
                expectedBy,
                text,
                save);
        form.addClassName("reperes-form");
        return form;
    }

    private Div progressForm(Viewer reader) {
        TextArea text = new TextArea(getTranslation("council.answers.progress.text"));
        text.setMaxLength(CouncilAnswers.MAX_TEXT);
        text.setWidthFull();
        text.setId("texte-avancement");
        IntegerField percent = new IntegerField(getTranslation("council.answers.progress.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setId("pourcentage");
        TextField step = new TextField(getTranslation("council.answers.progress.step"));
        step.setMaxLength(CouncilAnswers.MAX_STEP);
        step.setId("etape");
        Paragraph elsewhere = new Paragraph();
        elsewhere.addClassName("reperes-warning");
        elsewhere.setVisible(false);
        FieldErrors errors = new FieldErrors()
                .field("text", text)
                .field("percent", percent)
                .field("step", step)
                .elsewhere(elsewhere);
        Button save = new Button(getTranslation("council.answers.progress.save"), click -> {
            try {
                answers.progress(
                        reader, proposalId, new ProgressDraft(text.getValue(), percent.getValue(), step.getValue()));
                Notification.show(getTranslation("council.answers.progress.saved"));
                show();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("enregistrer-avancement");
        Div form =
                new Div(new H2(getTranslation("council.answers.progress.title")), elsewhere, text, percent, step, save);
        form.addClassName("reperes-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
