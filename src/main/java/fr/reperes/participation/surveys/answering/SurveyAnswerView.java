package fr.reperes.participation.surveys.answering;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerInput;
import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SheetState;
import fr.reperes.participation.SurveyAnswering;
import fr.reperes.participation.SurveyForm;
import fr.reperes.participation.SurveyPageForm;
import fr.reperes.platform.DateTexts;
import fr.reperes.platform.FieldErrors;
import fr.reperes.platform.InvalidInputException;
import fr.reperes.platform.ReadAloud;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Answering one survey on a phone: first what it is (anonymous or named, in plain words; that one can stop and come
 * back; that a text revealing a child in danger is passed to a professional), then one page at a time with Previous /
 * Next (each saves the page) and Finish. An anonymous survey shows its resume code to write down, keeps it in a cookie
 * bound to the account, and takes a code typed to continue on another device.
 */
@Route("mes-questionnaires/:surveyId")
@RolesAllowed({"JEUNE", "PARENT"})
class SurveyAnswerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The faces of the scale, from "not at all" to "very": shown to younger children, hidden from screen readers. */
    private static final List<String> FACES = List.of("😞", "🙁", "😐", "🙂", "😄");

    private final transient CurrentViewer currentViewer;
    private final transient SurveyAnswering answering;
    private final transient DateTexts dates;
    private final transient Clock clock;
    private Viewer viewer;
    private long surveyId;
    private @Nullable String code;
    private String title = "";
    private int pageIndex;
    private final Map<Long, Supplier<List<String>>> values = new LinkedHashMap<>();
    private final Map<Long, Component> blocks = new HashMap<>();

    SurveyAnswerView(CurrentViewer currentViewer, SurveyAnswering answering, DateTexts dates, Clock clock) {
        this.currentViewer = currentViewer;
        this.answering = answering;
        this.dates = dates;
        this.clock = clock;
        this.viewer = currentViewer.require();
        setMaxWidth("48rem");
        addClassName("reperes-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = currentViewer.require();
        surveyId = event.getRouteParameters().getLong("surveyId").orElse(0L);
        code = ResumeCodeCookies.read(Objects.requireNonNull(viewer.accountId()))
                .get(surveyId);
        pageIndex = 0;
        show();
    }

    private void show() {
        removeAll();
        SurveyForm form;
        try {
            form = answering.open(viewer, surveyId, code);
        } catch (InvalidInputException refused) {
            refusedPage(List.copyOf(refused.fieldErrors().values()));
            return;
        }
        title = form.title();
        if (form.state() == SheetState.NONE) {
            introduction(form);
        } else if (form.state() == SheetState.FINISHED && !form.changesAllowed()) {
            add(new H1(form.title()), new Paragraph(t("survey.answering.already")), back());
        } else {
            page(form);
        }
    }

    /** Before the start: what this survey is, and how anonymous. */
    private void introduction(SurveyForm form) {
        add(new H1(form.title()));
        Paragraph introduction = new Paragraph(form.introduction());
        introduction.setId("survey-introduction");
        add(introduction, ReadAloud.button("survey-introduction"));
        if (form.alreadyAnswered()) {
            add(new Paragraph(t("survey.answering.already")));
            if (form.anonymous() && form.changesAllowed()) {
                add(new Paragraph(t("survey.answering.change.intro")));
                add(codeForm());
            }
            add(back());
            return;
        }
        Div statement = new Div();
        statement.setId("survey-statement");
        statement.addClassName("reperes-card");
        statement.add(
                new H2(t(form.anonymous() ? "survey.answering.anonymous.title" : "survey.answering.named.title")));
        statement.add(
                new Paragraph(t(form.anonymous() ? "survey.answering.anonymous.text" : "survey.answering.named.text")));
        statement.add(
                new Paragraph(t(form.anonymous() ? "survey.answering.resume.text" : "survey.answering.resume.named")));
        statement.add(new Paragraph(
                t(form.anonymous() ? "survey.answering.danger.anonymous" : "survey.answering.danger.named")));
        if (form.closesOn() != null) {
            statement.add(new Paragraph(
                    t("survey.answering.list.closes", dates.day(Objects.requireNonNull(form.closesOn())))));
        }
        add(statement, ReadAloud.button("survey-statement"));
        Button start = new Button(t("survey.answering.start"), click -> start(form));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("survey-start");
        add(start);
        if (form.anonymous()) {
            add(new H2(t("survey.answering.code.have")));
            add(codeForm());
        }
    }

    private void start(SurveyForm form) {
        try {
            String started = answering.start(viewer, surveyId);
            if (!started.isEmpty()) {
                code = started;
                ResumeCodeCookies.write(
                        surveyId, started, Objects.requireNonNull(viewer.accountId()), form.closesOn(), clock);
            }
            pageIndex = 0;
            show();
        } catch (InvalidInputException refused) {
            refused.fieldErrors().values().forEach(key -> add(warning(t(key))));
        } catch (AccessRefusedException refused) {
            refusedPage(List.of("survey.answering.refused"));
        }
    }

    /**
     * What a refusal says, in place of the survey: closed meanwhile, answered already, or no longer asked (the
     * respondent left the survey's audience). Never an error page.
     */
    private void refusedPage(List<String> keys) {
        removeAll();
        title = t("survey.answering.list.title");
        add(new H1(title));
        keys.forEach(key -> add(warning(t(key))));
        add(back());
    }

    /** A field to type a resume code written down: found, it is kept on this device. */
    private Component codeForm() {
        TextField typed = new TextField(t("survey.answering.code.label"));
        typed.setId("survey-code");
        typed.setHelperText(t("survey.answering.code.help"));
        typed.setMaxLength(40);
        Button use = new Button(t("survey.answering.code.use"), click -> {
            String given = SurveyAnswering.normalized(typed.getValue()).orElse("");
            SurveyForm found;
            try {
                found = given.isEmpty() ? null : answering.open(viewer, surveyId, given);
            } catch (InvalidInputException refused) {
                refusedPage(List.copyOf(refused.fieldErrors().values()));
                return;
            } catch (AccessRefusedException refused) {
                refusedPage(List.of("survey.answering.refused"));
                return;
            }
            if (found == null || found.state() == SheetState.NONE) {
                typed.setErrorMessage(t("survey.answering.code.unknown"));
                typed.setInvalid(true);
                typed.focus();
                return;
            }
            code = given;
            ResumeCodeCookies.write(
                    surveyId, given, Objects.requireNonNull(viewer.accountId()), found.closesOn(), clock);
            pageIndex = 0;
            show();
        });
        use.setId("survey-code-use");
        Div form = new Div(typed, use);
        form.addClassName("reperes-form");
        return form;
    }

    private void page(SurveyForm form) {
        pageIndex = Math.max(0, Math.min(pageIndex, form.pageCount() - 1));
        SurveyPageForm page = form.pages().get(pageIndex);
        values.clear();
        blocks.clear();
        add(new H1(form.title()));
        if (form.state() == SheetState.FINISHED) {
            add(new Paragraph(t("survey.answering.changing")));
        }
        Paragraph progress = new Paragraph(t("survey.answering.progress", pageIndex + 1, form.pageCount()));
        progress.setId("survey-progress");
        add(progress);
        Paragraph error = warning("");
        error.setVisible(false);
        FieldErrors errors = new FieldErrors().addressing(viewer.audience()).elsewhere(error);
        for (SurveyPageForm.Question question : page.questions()) {
            List<String> saved = form.answers().getOrDefault(question.id(), List.of());
            Component field = field(form, question, saved, () -> refreshVisibility(form));
            errors.field(SurveyAnswering.field(question.id()), (HasValidation) field);
            String id = "question-" + question.id();
            field.setId(id);
            Div block = new Div(field);
            if (question.help() != null) {
                block.add(new Paragraph(question.help()));
            }
            block.add(ReadAloud.button(id));
            block.addClassName("reperes-question");
            blocks.put(question.id(), block);
            add(block);
        }
        add(error);
        refreshVisibility(form);
        Button previous = new Button(t("survey.answering.previous"), click -> save(form, page, errors, pageIndex - 1));
        previous.setId("survey-previous");
        previous.setEnabled(pageIndex > 0);
        boolean last = pageIndex == form.pageCount() - 1;
        Button next = new Button(
                t(last ? "survey.answering.finish" : "survey.answering.next"),
                click -> save(form, page, errors, last ? -1 : pageIndex + 1));
        next.setId(last ? "survey-finish" : "survey-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(previous, next);
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(buttons);
        if (form.anonymous() && code != null) {
            add(codeCard(Objects.requireNonNull(code), form));
        }
        add(back());
    }

    /** The resume code, to write down: "note-le". */
    private Component codeCard(String shown, SurveyForm form) {
        Div card = new Div(new H2(t("survey.answering.code.title")));
        card.addClassName("reperes-card");
        Paragraph value = new Paragraph(SurveyAnswering.grouped(shown));
        value.setId("survey-resume-code");
        value.addClassName("reperes-code");
        card.add(
                value,
                new Paragraph(t(
                        form.changesAllowed() ? "survey.answering.code.note.changes" : "survey.answering.code.note")));
        return card;
    }

    private void refreshVisibility(SurveyForm form) {
        Map<Long, List<String>> given = new HashMap<>(form.answers());
        values.forEach((id, value) -> given.put(id, value.get()));
        Set<Long> shown = form.visible(given);
        blocks.forEach((id, block) -> block.setVisible(shown.contains(id)));
    }

    private void save(SurveyForm form, SurveyPageForm page, FieldErrors errors, int goTo) {
        List<AnswerInput> inputs = new ArrayList<>();
        values.forEach((id, value) -> {
            if (blocks.get(id) != null && blocks.get(id).isVisible()) {
                inputs.add(new AnswerInput(id, value.get()));
            }
        });
        try {
            if (goTo >= 0 && goTo < pageIndex) {
                // Going back never asks for the required answers: what is valid is kept, the rest waits.
                answering.keepPage(viewer, surveyId, code, page.number(), inputs);
            } else {
                answering.savePage(viewer, surveyId, code, page.number(), inputs);
            }
            if (goTo < 0) {
                answering.finish(viewer, surveyId, code);
            }
        } catch (AccessRefusedException refused) {
            refusedPage(List.of("survey.answering.refused"));
            return;
        } catch (InvalidInputException invalid) {
            String survey = invalid.fieldErrors().get("survey");
            if (survey != null) {
                // Closed meanwhile, or finished elsewhere: nothing on this page can be corrected.
                refusedPage(List.of(survey));
                return;
            }
            int elsewhere = pageWithError(form, page, invalid);
            if (elsewhere >= 0) {
                pageIndex = elsewhere;
                show();
                add(warning(t("survey.answering.incomplete")));
                return;
            }
            errors.show(invalid);
            return;
        }
        if (goTo < 0) {
            removeAll();
            thanks(form);
            return;
        }
        pageIndex = goTo;
        show();
    }

    /** The first other page holding a question the service named, if any. */
    private int pageWithError(SurveyForm form, SurveyPageForm current, InvalidInputException invalid) {
        for (int i = 0; i < form.pages().size(); i++) {
            SurveyPageForm candidate = form.pages().get(i);
            if (candidate.number() == current.number()) {
                continue;
            }
            for (SurveyPageForm.Question question : candidate.questions()) {
                if (invalid.fieldErrors().containsKey(SurveyAnswering.field(question.id()))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void thanks(SurveyForm form) {
        add(new H1(form.title()));
        Paragraph thanks = new Paragraph(t("survey.answering.thanks"));
        thanks.setId("survey-thanks");
        add(thanks);
        if (form.anonymous() && form.changesAllowed() && code != null) {
            add(codeCard(Objects.requireNonNull(code), form));
        }
        add(back());
    }

    private Component field(SurveyForm form, SurveyPageForm.Question question, List<String> saved, Runnable changed) {
        String label = question.text() + (question.required() ? "" : " " + t("survey.answering.optional"));
        switch (question.kind()) {
            case SINGLE_CHOICE, SCALE, YES_NO -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(question.options().stream()
                        .map(SurveyPageForm.Option::code)
                        .toList());
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                if (question.kind() == QuestionKind.SCALE) {
                    boolean faces = form.band().faces();
                    group.setRenderer(new ComponentRenderer<>(option -> scaleLabel(option, faces)));
                } else if (question.kind() == QuestionKind.YES_NO) {
                    group.setItemLabelGenerator(option -> getTranslation("survey.yesno." + option));
                } else {
                    group.setItemLabelGenerator(option -> optionLabel(question, option));
                }
                if (!saved.isEmpty()) {
                    group.setValue(saved.getFirst());
                }
                group.addValueChangeListener(change -> changed.run());
                values.put(question.id(), () -> group.getValue() == null ? List.of() : List.of(group.getValue()));
                return group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(question.options().stream()
                        .map(SurveyPageForm.Option::code)
                        .toList());
                group.setItemLabelGenerator(option -> optionLabel(question, option));
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                if (question.maxChoices() != null) {
                    group.setHelperText(t("survey.answering.max", question.maxChoices()));
                }
                group.setValue(Set.copyOf(saved));
                group.addValueChangeListener(change -> changed.run());
                values.put(
                        question.id(),
                        () -> question.options().stream()
                                .map(SurveyPageForm.Option::code)
                                .filter(group.getValue()::contains)
                                .toList());
                return group;
            }
            case RANKING -> {
                RankingField ranking =
                        new RankingField(label + " " + t("survey.answering.ranking.help"), question, saved, changed);
                values.put(question.id(), ranking::value);
                return ranking;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                boolean shortText = question.kind() == QuestionKind.SHORT_TEXT;
                TextField line = shortText ? new TextField(label) : null;
                TextArea area = shortText ? null : new TextArea(label);
                if (line != null) {
                    line.setMaxLength(question.kind().longestText());
                    line.setValue(saved.isEmpty() ? "" : saved.getFirst());
                    line.setWidthFull();
                    values.put(question.id(), () -> line.getValue().isBlank() ? List.of() : List.of(line.getValue()));
                    return line;
                }
                TextArea text = Objects.requireNonNull(area);
                text.setMaxLength(question.kind().longestText());
                text.setValue(saved.isEmpty() ? "" : saved.getFirst());
                text.setWidthFull();
                text.setHelperText(
                        t(form.anonymous() ? "survey.answering.text.anonymous" : "survey.answering.text.named"));
                values.put(question.id(), () -> text.getValue().isBlank() ? List.of() : List.of(text.getValue()));
                return text;
            }
        }
        throw new IllegalStateException("unknown kind " + question.kind());
    }

    /** "1 — pas du tout content", with a face before it for younger children that screen readers skip. */
    private Component scaleLabel(String option, boolean faces) {
        Span words = new Span(option + " — " + getTranslation("survey.scale." + option));
        if (!faces) {
            return words;
        }
        int index = Integer.parseInt(option) - 1;
        Span face = new Span(index >= 0 && index < FACES.size() ? FACES.get(index) : "");
        face.getElement().setAttribute("aria-hidden", "true");
        face.addClassName("reperes-face");
        return new Span(face, words);
    }

    private static String optionLabel(SurveyPageForm.Question question, String code) {
        return question.options().stream()
                .filter(option -> option.code().equals(code))
                .map(SurveyPageForm.Option::label)
                .findFirst()
                .orElse(code);
    }

    private Paragraph warning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.addClassName("reperes-warning");
        return warning;
    }

    private Anchor back() {
        return new Anchor(MySurveysView.ROUTE, t("survey.answering.back"));
    }

    private String t(String key, Object... params) {
        return getTranslation(viewer.audience().key(key), params);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
