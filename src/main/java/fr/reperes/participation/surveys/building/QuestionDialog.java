package fr.reperes.participation.surveys.building;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.EditableSurvey;
import fr.reperes.participation.EditableSurvey.IndicatorLine;
import fr.reperes.participation.EditableSurvey.QuestionLine;
import fr.reperes.participation.EditableSurvey.VariantLine;
import fr.reperes.participation.QuestionDraft;
import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of one question, new or existing: page, kind, words, help, required, options (one per line, "CODE |
 * libellé" to set the code shared across age bands, otherwise made from the words), maximum of choices, indicator, and
 * the condition on an earlier answer. The service validates; the form shows its messages under the fields.
 */
class QuestionDialog extends Dialog {

    private static final String NO_INDICATOR = "";

    QuestionDialog(
            SurveyEditor editor,
            Viewer viewer,
            long surveyId,
            EditableSurvey survey,
            VariantLine variant,
            @Nullable QuestionLine question,
            SerializableRunnable saved) {
        setHeaderTitle(
                getTranslation(question == null ? "survey.building.question.add" : "survey.building.question.edit"));
        setWidth("min(48rem, 100vw)");
        int lastPage =
                variant.questions().stream().mapToInt(QuestionLine::page).max().orElse(1);
        IntegerField page = new IntegerField(getTranslation("survey.building.question.page"));
        page.setMin(1);
        page.setStepButtonsVisible(true);
        page.setValue(question == null ? lastPage : question.page());
        Select<QuestionKind> kind = new Select<>();
        kind.setLabel(getTranslation("survey.building.question.kind"));
        kind.setId("question-type");
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("survey.kind." + k.name()));
        kind.setValue(question == null ? QuestionKind.SINGLE_CHOICE : question.kind());
        TextArea text = new TextArea(getTranslation("survey.building.question.text"));
        text.setMaxLength(SurveyEditor.MAX_QUESTION);
        text.setWidthFull();
        text.setId("question-texte");
        TextField help = new TextField(getTranslation("survey.building.question.help"));
        help.setMaxLength(SurveyEditor.MAX_HELP);
        help.setWidthFull();
        Checkbox required = new Checkbox(getTranslation("survey.building.question.required-box"));
        TextArea options = new TextArea(getTranslation("survey.building.question.options"));
        options.setHelperText(getTranslation("survey.building.question.options.help"));
        options.setWidthFull();
        options.setId("question-reponses");
        IntegerField max = new IntegerField(getTranslation("survey.building.question.max-choices"));
        max.setMin(1);
        max.setStepButtonsVisible(true);
        max.setId("question-max");
        Select<String> indicator = new Select<>();
        indicator.setLabel(getTranslation("survey.building.question.indicator"));
        List<String> indicatorIds = new ArrayList<>();
        indicatorIds.add(NO_INDICATOR);
        survey.indicators().forEach(i -> indicatorIds.add(String.valueOf(i.id())));
        indicator.setItems(indicatorIds);
        indicator.setItemLabelGenerator(id -> id.isEmpty()
                ? getTranslation("survey.building.question.no-indicator")
                : survey.indicators().stream()
                        .filter(i -> String.valueOf(i.id()).equals(id))
                        .map(IndicatorLine::label)
                        .findFirst()
                        .orElse(id));
        indicator.setValue(NO_INDICATOR);
        List<QuestionLine> targets = variant.questions().stream()
                .filter(q -> question == null || q.id() != question.id())
                .toList();
        Select<String> condition = new Select<>();
        condition.setLabel(getTranslation("survey.building.question.condition"));
        List<String> targetIds = new ArrayList<>();
        targetIds.add("");
        targets.forEach(q -> targetIds.add(String.valueOf(q.id())));
        condition.setItems(targetIds);
        condition.setItemLabelGenerator(id -> id.isEmpty()
                ? getTranslation("survey.building.question.always")
                : target(targets, id)
                        .map(q -> getTranslation(
                                "survey.building.question.number",
                                variant.questions().indexOf(q) + 1,
                                q.text()))
                        .orElse(id));
        condition.setValue("");
        Select<String> option = new Select<>();
        option.setLabel(getTranslation("survey.building.question.condition-option"));
        option.setVisible(false);
        condition.addValueChangeListener(change -> {
            Optional<QuestionLine> t = target(targets, change.getValue());
            option.setVisible(t.isPresent());
            List<String> codes = t.map(q -> q.options().stream()
                            .map(SurveyDefinition.Option::code)
                            .toList())
                    .orElse(List.of());
            option.setItems(codes);
            option.setItemLabelGenerator(
                    code -> t.map(q -> optionLabel(q, code)).orElse(code));
            if (!codes.isEmpty()) {
                option.setValue(codes.getFirst());
            }
        });
        kind.addValueChangeListener(change -> {
            QuestionKind k = change.getValue();
            options.setVisible(k != null && k.authoredOptions());
            max.setVisible(k == QuestionKind.MULTIPLE_CHOICE);
        });
        if (question != null) {
            text.setValue(question.text());
            help.setValue(Objects.requireNonNullElse(question.help(), ""));
            required.setValue(question.required());
            if (question.kind().authoredOptions()) {
                options.setValue(String.join(
                        "\n",
                        question.options().stream()
                                .map(o -> o.code() + " | " + o.label())
                                .toList()));
            }
            max.setValue(question.maxChoices());
            Long indicatorId = question.indicatorId();
            indicator.setValue(indicatorId == null ? NO_INDICATOR : String.valueOf(indicatorId));
            Long shownIf = question.shownIfQuestionId();
            if (shownIf != null) {
                condition.setValue(String.valueOf(shownIf));
                option.setValue(question.shownIfOption());
            }
        } else {
            required.setValue(true);
        }
        QuestionKind initial = kind.getValue();
        options.setVisible(initial != null && initial.authoredOptions());
        max.setVisible(initial == QuestionKind.MULTIPLE_CHOICE);
        Paragraph elsewhere = new Paragraph();
        elsewhere.setVisible(false);
        elsewhere.getElement().setAttribute("role", "alert");
        FieldErrors errors = new FieldErrors()
                .field("page", page)
                .field("kind", kind)
                .field("text", text)
                .field("help", help)
                .field("options", options)
                .field("maxChoices", max)
                .field("indicator", indicator)
                .field("condition", condition)
                .elsewhere(elsewhere);
        VerticalLayout form = new VerticalLayout(
                elsewhere, page, kind, text, help, required, options, max, indicator, condition, option);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation("survey.building.question.save"), click -> {
            errors.clear();
            QuestionKind k = Objects.requireNonNullElse(kind.getValue(), QuestionKind.SINGLE_CHOICE);
            String chosenTarget = Objects.requireNonNullElse(condition.getValue(), "");
            String chosenIndicator = Objects.requireNonNullElse(indicator.getValue(), NO_INDICATOR);
            QuestionDraft draft = new QuestionDraft(
                    Objects.requireNonNullElse(page.getValue(), 0),
                    k,
                    text.getValue(),
                    help.getValue(),
                    required.getValue(),
                    max.getValue(),
                    chosenIndicator.isEmpty() ? null : Long.valueOf(chosenIndicator),
                    parse(options.getValue()),
                    chosenTarget.isEmpty() ? null : Long.valueOf(chosenTarget),
                    chosenTarget.isEmpty() ? null : option.getValue());
            try {
                if (question == null) {
                    editor.addQuestion(viewer, surveyId, variant.band(), draft);
                } else {
                    editor.saveQuestion(viewer, surveyId, question.id(), draft);
                }
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
                return;
            }
            close();
            saved.run();
        });
        save.setId("enregistrer-question");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("survey.building.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private static Optional<QuestionLine> target(List<QuestionLine> targets, @Nullable String id) {
        return targets.stream().filter(q -> String.valueOf(q.id()).equals(id)).findFirst();
    }

    private String optionLabel(QuestionLine question, String code) {
        return switch (question.kind()) {
            case SCALE -> code;
            case YES_NO -> getTranslation("survey.building.yesno." + code);
            default ->
                question.options().stream()
                        .filter(o -> o.code().equals(code))
                        .map(SurveyDefinition.Option::label)
                        .findFirst()
                        .orElse(code);
        };
    }

    /** One option a line: "CODE | libellé", or the words alone (the code is made from them). */
    static List<SurveyDefinition.Option> parse(String lines) {
        List<SurveyDefinition.Option> options = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int bar = trimmed.indexOf('|');
            if (bar >= 0) {
                options.add(new SurveyDefinition.Option(
                        trimmed.substring(0, bar).strip(),
                        trimmed.substring(bar + 1).strip()));
            } else {
                options.add(new SurveyDefinition.Option(code(trimmed), trimmed));
            }
        }
        return options;
    }

    /** "Famille d'accueil" → "FAMILLE_D_ACCUEIL", at most 40 characters. */
    static String code(String words) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code =
                ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        code = code.length() > SurveyEditor.MAX_CODE ? code.substring(0, SurveyEditor.MAX_CODE) : code;
        return code.isEmpty() ? "OPTION" : code;
    }
}
