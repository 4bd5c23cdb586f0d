package fr.reperes.participation.surveys.building;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AudienceDimension;
import fr.reperes.participation.EditableSurvey;
import fr.reperes.participation.EditableSurvey.IndicatorLine;
import fr.reperes.participation.EditableSurvey.QuestionLine;
import fr.reperes.participation.EditableSurvey.VariantLine;
import fr.reperes.participation.SurveyAudienceChoices;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.participation.SurveySettings;
import fr.reperes.participation.SurveyStatus;
import fr.reperes.platform.ComponentTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One survey's editor: settings, audience, indicators, one tab per age band with its pages of questions, and the
 * actions of its life (publish, new version, close now). Every change goes through {@link SurveyEditor}, which decides
 * and validates; the page shows what it says.
 */
@Route("questionnaires/:surveyId/edition")
@RolesAllowed({"ANIMATEUR", "OBSERVATOIRE"})
class SurveyEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SurveyEditor editor;
    private final transient CurrentViewer currentViewer;
    private long surveyId;
    private String title = "";
    private SurveyBand selectedBand = SurveyBand.YOUNG_16_21;

    SurveyEditView(SurveyEditor editor, CurrentViewer currentViewer) {
        this.editor = editor;
        this.currentViewer = currentViewer;
        setMaxWidth("72rem");
    }

    static String route(long surveyId) {
        return "questionnaires/" + surveyId + "/edition";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        surveyId = event.getRouteParameters().getLong("surveyId").orElse(Long.MAX_VALUE);
        show();
    }

    /** Reads the survey again and redraws the page (a refusal goes to the refused page). */
    private void show() {
        Viewer viewer = currentViewer.require();
        EditableSurvey survey = editor.survey(viewer, surveyId);
        removeAll();
        title = survey.title();
        add(new H1(title));
        add(new Anchor(SurveyListView.ROUTE, getTranslation("survey.building.back")));
        add(state(survey), actions(viewer, survey));
        add(new H2(getTranslation("survey.building.settings")), settings(viewer, survey));
        add(new H2(getTranslation("survey.building.audience")), audience(viewer, survey));
        add(new H2(getTranslation("survey.building.indicators")), indicators(viewer, survey));
        add(new H2(getTranslation("survey.building.variants")), variants(viewer, survey));
    }

    private Component state(EditableSurvey survey) {
        Div state = new Div();
        state.addClassName("reperes-card");
        state.add(new Paragraph(getTranslation(
                "survey.building.state",
                getTranslation("survey.status." + survey.status().name()),
                survey.versionNumber(),
                getTranslation(
                        survey.versionPublished()
                                ? "survey.building.version.published"
                                : "survey.building.version.draft"))));
        if (survey.frozen() && survey.status() != SurveyStatus.CLOSED) {
            Paragraph frozen = new Paragraph(getTranslation("survey.building.frozen"));
            frozen.setId("version-figee");
            state.add(frozen);
        }
        return state;
    }

    private Component actions(Viewer viewer, EditableSurvey survey) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        for (VariantLine variant : survey.variants()) {
            actions.add(new Anchor(
                    SurveyPreviewView.route(surveyId, variant.band()),
                    getTranslation(
                            "survey.building.preview",
                            getTranslation("survey.band." + variant.band().name()))));
        }
        if (survey.answered()) {
            actions.add(new Anchor(
                    "questionnaires/" + surveyId + "/resultats", getTranslation("survey.building.results", title)));
        }
        if (survey.status() != SurveyStatus.CLOSED && !survey.versionPublished()) {
            Button publish = new Button(
                    getTranslation("survey.building.publish"),
                    click -> confirm("survey.building.publish.confirm", () -> {
                        editor.publish(viewer, surveyId);
                        done("survey.building.published");
                    }));
            publish.setId("publier");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (survey.status() != SurveyStatus.CLOSED && survey.versionPublished()) {
            Button version = new Button(
                    getTranslation("survey.building.new-version"),
                    click -> confirm("survey.building.new-version.confirm", () -> {
                        int number = editor.newVersion(viewer, surveyId);
                        done("survey.building.new-version.done", number);
                    }));
            version.setId("nouvelle-version");
            actions.add(version);
        }
        if (survey.status() == SurveyStatus.PUBLISHED) {
            Button close = new Button(
                    getTranslation("survey.building.close"),
                    click -> confirm("survey.building.close.confirm", () -> {
                        editor.closeNow(viewer, surveyId);
                        done("survey.building.closed");
                    }));
            close.setId("clore");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
        return actions;
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation(key + ".title"), getTranslation(key + ".text"), getTranslation(key + ".yes"), event -> {
                    try {
                        action.run();
                    } catch (InvalidInputException invalid) {
                        notify(invalid);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("survey.building.cancel"));
        dialog.open();
    }

    private void done(String key, Object... parameters) {
        Notification.show(getTranslation(key, parameters)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private void notify(InvalidInputException invalid) {
        new FieldErrors().show(invalid);
    }

    // ------------------------------------------------------------------------------------------------- settings

    private Component settings(Viewer viewer, EditableSurvey survey) {
        VerticalLayout form = form();
        TextField name = new TextField(getTranslation("survey.building.settings.title"));
        name.setMaxLength(SurveyEditor.MAX_TITLE);
        name.setValue(survey.title());
        name.setWidthFull();
        RadioButtonGroup<Boolean> anonymous =
                new RadioButtonGroup<>(getTranslation("survey.building.settings.anonymity"));
        anonymous.setItems(true, false);
        anonymous.setItemLabelGenerator(
                a -> getTranslation(a ? "survey.building.settings.anonymous" : "survey.building.settings.named"));
        anonymous.setValue(survey.anonymous());
        anonymous.setHelperText(getTranslation("survey.building.settings.anonymity.help"));
        Checkbox changes = new Checkbox(getTranslation("survey.building.settings.changes"), survey.changesAllowed());
        DatePicker opens = ComponentTexts.datePicker(getTranslation("survey.building.settings.opens"));
        opens.setValue(survey.opensOn());
        DatePicker closes = ComponentTexts.datePicker(getTranslation("survey.building.settings.closes"));
        closes.setValue(survey.closesOn());
        closes.setHelperText(getTranslation("survey.building.settings.closes.help"));
        FieldErrors errors = new FieldErrors()
                .field("title", name)
                .field("anonymous", anonymous)
                .field("opensOn", opens)
                .field("closesOn", closes);
        Button save = new Button(getTranslation("survey.building.save-settings"), click -> {
            errors.clear();
            try {
                editor.saveSettings(
                        viewer,
                        surveyId,
                        new SurveySettings(
                                name.getValue(),
                                !Boolean.FALSE.equals(anonymous.getValue()),
                                changes.getValue(),
                                opens.getValue(),
                                closes.getValue()));
                done("survey.building.saved");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("enregistrer-reglages");
        form.add(name, anonymous, changes, opens, closes, save);
        return form;
    }

    // ------------------------------------------------------------------------------------------------- audience

    private Component audience(Viewer viewer, EditableSurvey survey) {
        VerticalLayout form = form();
        form.add(new Paragraph(getTranslation("survey.building.audience.help")));
        SurveyAudienceChoices choices = editor.audienceChoices(viewer);
        Map<AudienceDimension, CheckboxGroup<String>> groups = new EnumMap<>(AudienceDimension.class);
        groups.put(
                AudienceDimension.MEASURE_KIND,
                group(
                        AudienceDimension.MEASURE_KIND,
                        Arrays.stream(MeasureKind.values()).map(Enum::name).toList(),
                        k -> getTranslation("measure.kind." + k + ".name")));
        groups.put(
                AudienceDimension.PLACEMENT_KIND,
                group(
                        AudienceDimension.PLACEMENT_KIND,
                        Arrays.stream(PlacementKind.values()).map(Enum::name).toList(),
                        k -> getTranslation("placement.kind." + k)));
        groups.put(AudienceDimension.TERRITORY, group(AudienceDimension.TERRITORY, choices.territories()));
        groups.put(AudienceDimension.COUNCIL, group(AudienceDimension.COUNCIL, choices.councils()));
        FieldErrors errors = new FieldErrors();
        groups.forEach((dimension, group) -> {
            group.setValue(survey.audience().getOrDefault(dimension, Set.of()));
            errors.field("audience." + dimension.name(), group);
            form.add(group);
        });
        Button save = new Button(getTranslation("survey.building.save-audience"), click -> {
            errors.clear();
            Map<AudienceDimension, Set<String>> audience = new EnumMap<>(AudienceDimension.class);
            groups.forEach((dimension, group) -> {
                if (!group.getValue().isEmpty()) {
                    audience.put(dimension, Set.copyOf(group.getValue()));
                }
            });
            try {
                editor.saveAudience(viewer, surveyId, audience);
                done("survey.building.saved");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("enregistrer-public");
        form.add(save);
        return form;
    }

    private CheckboxGroup<String> group(AudienceDimension dimension, List<SurveyAudienceChoices.Choice> choices) {
        Map<String, String> names = choices.stream()
                .collect(Collectors.toMap(
                        SurveyAudienceChoices.Choice::value,
                        SurveyAudienceChoices.Choice::name,
                        (a, b) -> a,
                        LinkedHashMap::new));
        return group(dimension, List.copyOf(names.keySet()), v -> names.getOrDefault(v, v));
    }

    private CheckboxGroup<String> group(
            AudienceDimension dimension, List<String> values, Function<String, String> label) {
        CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("survey.dimension." + dimension.name()));
        group.setItems(values);
        group.setItemLabelGenerator(label::apply);
        group.setHelperText(getTranslation("survey.building.audience.none-is-all"));
        return group;
    }

    // ----------------------------------------------------------------------------------------------- indicators

    private Component indicators(Viewer viewer, EditableSurvey survey) {
        VerticalLayout form = form();
        form.add(new Paragraph(getTranslation("survey.building.indicators.help")));
        for (IndicatorLine indicator : survey.indicators()) {
            Button remove = new Button(getTranslation("survey.building.remove"), click -> {
                try {
                    editor.removeIndicator(viewer, surveyId, indicator.id());
                    done("survey.building.saved");
                } catch (InvalidInputException invalid) {
                    notify(invalid);
                }
            });
            remove.setAriaLabel(getTranslation("survey.building.indicators.remove", indicator.label()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout line =
                    new HorizontalLayout(new Paragraph(indicator.code() + " — " + indicator.label()), remove);
            line.setAlignItems(Alignment.BASELINE);
            form.add(line);
        }
        TextField code = new TextField(getTranslation("survey.building.indicators.code"));
        code.setMaxLength(SurveyEditor.MAX_CODE);
        TextField label = new TextField(getTranslation("survey.building.indicators.label"));
        label.setMaxLength(SurveyEditor.MAX_INDICATOR);
        label.setWidthFull();
        FieldErrors errors = new FieldErrors().field("code", code).field("label", label);
        Button add = new Button(getTranslation("survey.building.indicators.add"), click -> {
            errors.clear();
            try {
                editor.addIndicator(viewer, surveyId, code.getValue(), label.getValue());
                done("survey.building.saved");
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        form.add(code, label, add);
        return form;
    }

    // ------------------------------------------------------------------------------------------------- variants

    private Component variants(Viewer viewer, EditableSurvey survey) {
        VerticalLayout section = form();
        if (!survey.questionsEditable()) {
            section.add(new Paragraph(getTranslation(
                    survey.status() == SurveyStatus.CLOSED ? "survey.edit.invalid.closed" : "survey.building.frozen")));
        }
        if (survey.variants().isEmpty()) {
            section.add(new Paragraph(getTranslation("survey.building.variants.none")));
        } else {
            // A radio group rather than tabs: Vaadin's tabs break an ARIA rule axe checks (a tablist's children).
            RadioButtonGroup<SurveyBand> bands =
                    new RadioButtonGroup<>(getTranslation("survey.building.variants.shown"));
            bands.setId("tranche-affichee");
            List<SurveyBand> present =
                    survey.variants().stream().map(VariantLine::band).toList();
            bands.setItems(present);
            bands.setItemLabelGenerator(b -> getTranslation("survey.band." + b.name()));
            Div shown = new Div();
            shown.setWidthFull();
            bands.addValueChangeListener(change -> {
                SurveyBand band = change.getValue();
                if (band == null) {
                    return;
                }
                selectedBand = band;
                shown.removeAll();
                survey.variants().stream()
                        .filter(v -> v.band() == band)
                        .findFirst()
                        .ifPresent(v -> shown.add(variant(viewer, survey, v)));
            });
            bands.setValue(present.contains(selectedBand) ? selectedBand : present.getFirst());
            section.add(bands, shown);
        }
        List<SurveyBand> missing = Arrays.stream(SurveyBand.values())
                .filter(b -> survey.variants().stream().noneMatch(v -> v.band() == b))
                .toList();
        if (survey.questionsEditable() && !missing.isEmpty()) {
            section.add(new H3(getTranslation("survey.building.variants.add")));
            Select<SurveyBand> band = new Select<>();
            band.setLabel(getTranslation("survey.building.variants.band"));
            band.setItems(missing);
            band.setItemLabelGenerator(b -> getTranslation("survey.band." + b.name()));
            band.setValue(missing.getFirst());
            TextField variantTitle = new TextField(getTranslation("survey.building.variants.title"));
            variantTitle.setMaxLength(SurveyEditor.MAX_TITLE);
            variantTitle.setWidthFull();
            TextArea introduction = new TextArea(getTranslation("survey.building.variants.introduction"));
            introduction.setMaxLength(SurveyEditor.MAX_INTRODUCTION);
            introduction.setWidthFull();
            FieldErrors errors = new FieldErrors()
                    .field("band", band)
                    .field("variantTitle", variantTitle)
                    .field("introduction", introduction);
            Button add = new Button(getTranslation("survey.building.variants.add-button"), click -> {
                errors.clear();
                try {
                    SurveyBand chosen = band.getValue() == null ? missing.getFirst() : band.getValue();
                    editor.addVariant(viewer, surveyId, chosen, variantTitle.getValue(), introduction.getValue());
                    selectedBand = chosen;
                    done("survey.building.saved");
                } catch (InvalidInputException invalid) {
                    errors.show(invalid);
                }
            });
            add.setId("ajouter-variante");
            section.add(band, variantTitle, introduction, add);
        }
        return section;
    }

    private Component variant(Viewer viewer, EditableSurvey survey, VariantLine variant) {
        VerticalLayout content = form();
        boolean editable = survey.questionsEditable();
        TextField variantTitle = new TextField(getTranslation("survey.building.variants.title"));
        variantTitle.setMaxLength(SurveyEditor.MAX_TITLE);
        variantTitle.setValue(variant.title());
        variantTitle.setWidthFull();
        variantTitle.setReadOnly(!editable);
        TextArea introduction = new TextArea(getTranslation("survey.building.variants.introduction"));
        introduction.setMaxLength(SurveyEditor.MAX_INTRODUCTION);
        introduction.setValue(variant.introduction());
        introduction.setWidthFull();
        introduction.setReadOnly(!editable);
        content.add(variantTitle, introduction);
        if (editable) {
            FieldErrors errors =
                    new FieldErrors().field("variantTitle", variantTitle).field("introduction", introduction);
            Button save = new Button(getTranslation("survey.building.variants.save"), click -> {
                errors.clear();
                try {
                    editor.saveVariant(
                            viewer, surveyId, variant.band(), variantTitle.getValue(), introduction.getValue());
                    selectedBand = variant.band();
                    done("survey.building.saved");
                } catch (InvalidInputException invalid) {
                    errors.show(invalid);
                }
            });
            Button remove = new Button(
                    getTranslation("survey.building.variants.remove"),
                    click -> confirm("survey.building.variants.remove.confirm", () -> {
                        editor.removeVariant(viewer, surveyId, variant.band());
                        done("survey.building.saved");
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            content.add(new HorizontalLayout(save, remove));
        }
        int page = 0;
        for (QuestionLine question : variant.questions()) {
            if (question.page() != page) {
                page = question.page();
                content.add(new H3(getTranslation("survey.building.page", page)));
            }
            content.add(questionCard(viewer, survey, variant, question, editable));
        }
        if (editable) {
            Button add = new Button(
                    getTranslation("survey.building.question.add"),
                    click -> new QuestionDialog(editor, viewer, surveyId, survey, variant, null, () -> {
                                selectedBand = variant.band();
                                done("survey.building.saved");
                            })
                            .open());
            add.setId("ajouter-question-" + variant.band().name().toLowerCase(Locale.ROOT));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(add);
        }
        return content;
    }

    private Component questionCard(
            Viewer viewer, EditableSurvey survey, VariantLine variant, QuestionLine question, boolean editable) {
        Div card = new Div();
        card.addClassName("reperes-card");
        int number = variant.questions().indexOf(question) + 1;
        card.add(new Paragraph(getTranslation("survey.building.question.number", number, question.text())));
        StringBuilder facts = new StringBuilder(
                getTranslation("survey.kind." + question.kind().name()));
        facts.append(" · ")
                .append(getTranslation(
                        question.required()
                                ? "survey.building.question.required"
                                : "survey.building.question.optional"));
        if (question.maxChoices() != null) {
            facts.append(" · ").append(getTranslation("survey.building.question.max", question.maxChoices()));
        }
        card.add(new Paragraph(facts.toString()));
        if (question.kind().authoredOptions()) {
            card.add(new Paragraph(
                    question.options().stream().map(o -> o.label()).collect(Collectors.joining(" / "))));
        }
        Long target = question.shownIfQuestionId();
        if (target != null) {
            int targetNumber =
                    variant.questions().stream().map(QuestionLine::id).toList().indexOf(target) + 1;
            card.add(new Paragraph(getTranslation(
                    "survey.building.question.shown-if", targetNumber, String.valueOf(question.shownIfOption()))));
        }
        if (editable) {
            String subject = getTranslation("survey.building.question.subject", number);
            Button up = small(
                    "survey.building.question.up",
                    subject,
                    () -> editor.moveQuestion(viewer, surveyId, question.id(), true),
                    variant);
            Button down = small(
                    "survey.building.question.down",
                    subject,
                    () -> editor.moveQuestion(viewer, surveyId, question.id(), false),
                    variant);
            Button edit = new Button(
                    getTranslation("survey.building.question.edit"),
                    click -> new QuestionDialog(editor, viewer, surveyId, survey, variant, question, () -> {
                                selectedBand = variant.band();
                                done("survey.building.saved");
                            })
                            .open());
            edit.setAriaLabel(getTranslation("survey.building.question.edit.label", subject));
            Button delete = new Button(
                    getTranslation("survey.building.question.delete"),
                    click -> confirm("survey.building.question.delete.confirm", () -> {
                        editor.deleteQuestion(viewer, surveyId, question.id());
                        selectedBand = variant.band();
                        done("survey.building.saved");
                    }));
            delete.setAriaLabel(getTranslation("survey.building.question.delete.label", subject));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout buttons = new HorizontalLayout(up, down, edit, delete);
            buttons.setWrap(true);
            card.add(buttons);
        }
        return card;
    }

    private Button small(String key, String subject, Runnable action, VariantLine variant) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
                selectedBand = variant.band();
                show();
            } catch (InvalidInputException invalid) {
                notify(invalid);
            }
        });
        button.setAriaLabel(getTranslation(key + ".label", subject));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static VerticalLayout form() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("reperes-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.building.edit.title", title);
    }
}
