package fr.reperes.participation.surveys.building;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyDraftSummary;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.participation.SurveyTemplate;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The authors' surveys: each with where it stands, its dates and its count of answers, and a new one, blank or from
 * a shipped template. The service decides who may (the animateur and the observatoire of the département).
 */
@Route(SurveyListView.ROUTE)
@RolesAllowed({"ANIMATEUR", "OBSERVATOIRE"})
@Menu(title = "survey.building.nav", order = 45, icon = "vaadin:clipboard-check")
class SurveyListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "questionnaires";

    private final transient SurveyEditor editor;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;

    SurveyListView(SurveyEditor editor, CurrentViewer currentViewer, DateTexts dates) {
        this.editor = editor;
        this.currentViewer = currentViewer;
        this.dates = dates;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Viewer viewer = currentViewer.require();
        // A refusal goes on to the refused page (shell's AccessRefusedView), which replaces this one.
        List<SurveyDraftSummary> surveys = editor.surveys(viewer);
        add(new H1(getPageTitle()), creation(viewer), new H2(getTranslation("survey.building.list")));
        if (surveys.isEmpty()) {
            add(new Paragraph(getTranslation("survey.building.none")));
        }
        for (SurveyDraftSummary survey : surveys) {
            add(card(survey));
        }
        if (surveys.size() >= SurveyEditor.LIST_LIMIT) {
            add(new Paragraph(getTranslation("survey.building.limit", SurveyEditor.LIST_LIMIT)));
        }
    }

    private VerticalLayout creation(Viewer viewer) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("reperes-form");
        form.add(new H2(getTranslation("survey.building.new")));
        TextField title = new TextField(getTranslation("survey.building.new.title"));
        title.setMaxLength(SurveyEditor.MAX_TITLE);
        title.setWidthFull();
        title.setId("titre-nouveau");
        title.setHelperText(getTranslation("survey.building.new.help"));
        FieldErrors errors = new FieldErrors().field("title", title);
        Button blank = new Button(getTranslation("survey.building.new.blank"), click -> {
            errors.clear();
            try {
                long id = editor.createBlank(viewer, title.getValue());
                open(id);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        blank.setId("nouveau-questionnaire");
        blank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(title, blank, new Paragraph(getTranslation("survey.building.new.templates")));
        HorizontalLayout templates = new HorizontalLayout();
        templates.setWrap(true);
        for (SurveyTemplate template : SurveyTemplate.values()) {
            Button from = new Button(
                    getTranslation("survey.building.template." + template.name()),
                    click -> open(editor.createFromTemplate(viewer, template)));
            from.setId("modele-" + template.name().toLowerCase(Locale.ROOT));
            templates.add(from);
        }
        form.add(templates);
        return form;
    }

    private void open(long surveyId) {
        getUI().ifPresent(ui -> ui.navigate(SurveyEditView.route(surveyId)));
    }

    private Div card(SurveyDraftSummary survey) {
        Div card = new Div();
        card.addClassName("reperes-card");
        card.add(new H3(new Anchor(SurveyEditView.route(survey.id()), survey.title())));
        card.add(new Paragraph(getTranslation("survey.status." + survey.status().name())));
        LocalDate opens = survey.opensOn();
        LocalDate closes = survey.closesOn();
        if (opens != null || closes != null) {
            card.add(new Paragraph(getTranslation(
                    "survey.building.dates",
                    opens == null ? "–" : dates.day(opens),
                    closes == null ? "–" : dates.day(closes))));
        }
        card.add(new Paragraph(getTranslation("survey.building.answers", survey.answers())));
        if (survey.answers() > 0) {
            card.add(new Anchor(
                    "questionnaires/" + survey.id() + "/resultats",
                    getTranslation("survey.building.results", survey.title())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.building.title");
    }
}
