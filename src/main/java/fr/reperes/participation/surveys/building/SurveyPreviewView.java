package fr.reperes.participation.surveys.building;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.participation.EditableSurvey.QuestionLine;
import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.participation.SurveyPreview;
import fr.reperes.platform.DateTexts;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The preview of one age band's variant as its respondents will read it on a phone: in a 360-px frame, what they are
 * told first, then page by page, with conditional questions appearing as they would. Nothing is saved.
 */
@Route("questionnaires/:surveyId/apercu/:band")
@RolesAllowed({"ANIMATEUR", "OBSERVATOIRE"})
class SurveyPreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SurveyEditor editor;
    private final transient CurrentViewer currentViewer;
    private final transient DateTexts dates;
    private final Div phone = new Div();
    private final Map<Long, Set<String>> answers = new HashMap<>();
    private @Nullable SurveyPreview preview;
    private String title = "";

    SurveyPreviewView(SurveyEditor editor, CurrentViewer currentViewer, DateTexts dates) {
        this.editor = editor;
        this.currentViewer = currentViewer;
        this.dates = dates;
        phone.addClassName("reperes-phone-preview");
        phone.setId("apercu-telephone");
        phone.getStyle()
                .set("width", "360px")
                .set("max-width", "100%")
                .set("box-sizing", "border-box")
                .set("border", "1px solid var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
    }

    static String route(long surveyId, SurveyBand band) {
        return "questionnaires/" + surveyId + "/apercu/" + band.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        answers.clear();
        long surveyId = event.getRouteParameters().getLong("surveyId").orElse(Long.MAX_VALUE);
        String bandName = event.getRouteParameters().get("band").orElse("");
        Optional<SurveyBand> band = Arrays.stream(SurveyBand.values())
                .filter(b -> b.name().equals(bandName))
                .findFirst();
        // The service decides who may preview; a refusal goes to the refused page.
        Optional<SurveyPreview> found = band.isEmpty()
                ? editor.preview(currentViewer.require(), surveyId, SurveyBand.YOUNG_16_21)
                        .filter(p -> false)
                : editor.preview(currentViewer.require(), surveyId, band.get());
        title = getTranslation("survey.building.preview.title");
        add(new H1(title));
        Paragraph banner = new Paragraph(getTranslation("survey.building.preview.banner"));
        banner.setId("apercu-bandeau");
        banner.addClassName("reperes-card");
        banner.getElement().setAttribute("role", "status");
        add(banner, new Anchor(SurveyEditView.route(surveyId), getTranslation("survey.building.preview.back")));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("survey.variant.invalid.none")));
            return;
        }
        preview = found.get();
        add(phone);
        showStart();
    }

    private void showStart() {
        SurveyPreview p = preview();
        phone.removeAll();
        phone.add(new H2(p.title()));
        Paragraph introduction = new Paragraph(p.introduction());
        introduction.getStyle().set("white-space", "pre-line");
        phone.add(introduction);
        String voice = p.band().young() ? ".young" : "";
        phone.add(new Paragraph(getTranslation(
                (p.anonymous() ? "survey.building.preview.anonymous" : "survey.building.preview.named") + voice)));
        phone.add(new Paragraph(getTranslation(
                (p.changesAllowed() ? "survey.building.preview.changes" : "survey.building.preview.no-changes")
                        + voice)));
        LocalDate closes = p.closesOn();
        if (closes != null) {
            phone.add(new Paragraph(getTranslation("survey.building.preview.closes" + voice, dates.day(closes))));
        }
        List<Integer> pages = p.pages();
        if (pages.isEmpty()) {
            phone.add(new Paragraph(getTranslation("survey.building.preview.empty")));
            return;
        }
        Button start = new Button(getTranslation("survey.building.preview.start" + voice), click -> showPage(0));
        start.setId("apercu-commencer");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        phone.add(start);
    }

    private void showPage(int index) {
        SurveyPreview p = preview();
        List<Integer> pages = p.pages();
        phone.removeAll();
        phone.add(new Paragraph(getTranslation("survey.building.preview.page", index + 1, pages.size())));
        List<QuestionLine> questions = p.page(pages.get(index));
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        for (QuestionLine question : questions) {
            if (shown(question)) {
                fields.add(field(p, question, () -> showPage(index), dependsOnThis(questions, question)));
            }
        }
        phone.add(fields);
        HorizontalLayout navigation = new HorizontalLayout();
        navigation.setWrap(true);
        Button previous = new Button(getTranslation("survey.building.preview.previous"), click -> {
            if (index == 0) {
                showStart();
            } else {
                showPage(index - 1);
            }
        });
        navigation.add(previous);
        if (index + 1 < pages.size()) {
            Button next = new Button(getTranslation("survey.building.preview.next"), click -> showPage(index + 1));
            next.setId("apercu-suivant");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            navigation.add(next);
        } else {
            Button end = new Button(getTranslation("survey.building.preview.end"), click -> {
                phone.removeAll();
                phone.add(new Paragraph(getTranslation("survey.building.preview.ended")));
                phone.add(new Button(getTranslation("survey.building.preview.again"), again -> {
                    answers.clear();
                    showStart();
                }));
            });
            end.setId("apercu-fin");
            end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            navigation.add(end);
        }
        phone.add(navigation);
    }

    private boolean shown(QuestionLine question) {
        Long target = question.shownIfQuestionId();
        return target == null || answers.getOrDefault(target, Set.of()).contains(question.shownIfOption());
    }

    private static boolean dependsOnThis(List<QuestionLine> page, QuestionLine question) {
        return page.stream().anyMatch(q -> Long.valueOf(question.id()).equals(q.shownIfQuestionId()));
    }

    private Component field(SurveyPreview p, QuestionLine question, Runnable redraw, boolean redrawOnChange) {
        String help = question.help();
        Component field = switch (question.kind()) {
            case SINGLE_CHOICE, SCALE, YES_NO -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(question.text());
                group.setItems(codes(question));
                group.setItemLabelGenerator(code -> label(p, question, code));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.setRequiredIndicatorVisible(question.required());
                answers.getOrDefault(question.id(), Set.of()).stream()
                        .findFirst()
                        .ifPresent(group::setValue);
                remember(group, question, redraw, redrawOnChange, v -> v == null ? Set.of() : Set.of(v));
                if (help != null) {
                    group.setHelperText(help);
                }
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(question.text());
                group.setItems(codes(question));
                group.setItemLabelGenerator(code -> label(p, question, code));
                group.addThemeName("vertical");
                // No required indicator: it sets aria-required on a role=group, which axe refuses; the helper text
                // says it instead.
                group.setValue(answers.getOrDefault(question.id(), Set.of()));
                remember(group, question, redraw, redrawOnChange, Set::copyOf);
                group.setHelperText((help == null ? "" : help + " ")
                        + (question.required() ? getTranslation("survey.building.preview.required") + " " : "")
                        + getTranslation(
                                "survey.building.preview.at-most" + (p.band().young() ? ".young" : ""),
                                question.maxChoices() == null ? 1 : question.maxChoices()));
                yield group;
            }
            case RANKING -> {
                VerticalLayout ranks = new VerticalLayout(new Paragraph(question.text()));
                ranks.setPadding(false);
                List<Integer> numbers = IntStream.rangeClosed(
                                1, question.options().size())
                        .boxed()
                        .toList();
                for (SurveyDefinition.Option option : question.options()) {
                    Select<Integer> rank = new Select<>();
                    rank.setLabel(option.label());
                    rank.setItems(numbers);
                    ranks.add(rank);
                }
                if (help != null) {
                    ranks.add(new Paragraph(help));
                }
                yield ranks;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                if (question.kind() == QuestionKind.SHORT_TEXT) {
                    TextField text = new TextField(question.text());
                    text.setMaxLength(question.kind().longestText());
                    text.setWidthFull();
                    text.setRequiredIndicatorVisible(question.required());
                    if (help != null) {
                        text.setHelperText(help);
                    }
                    yield text;
                }
                TextArea text = new TextArea(question.text());
                text.setMaxLength(question.kind().longestText());
                text.setWidthFull();
                text.setRequiredIndicatorVisible(question.required());
                if (help != null) {
                    text.setHelperText(help);
                }
                yield text;
            }
        };
        return field;
    }

    private <V> void remember(
            HasValue<?, V> field,
            QuestionLine question,
            Runnable redraw,
            boolean redrawOnChange,
            Function<V, Set<String>> toCodes) {
        field.addValueChangeListener(change -> {
            answers.put(question.id(), toCodes.apply(change.getValue()));
            if (redrawOnChange) {
                redraw.run();
            }
        });
    }

    private static List<String> codes(QuestionLine question) {
        return question.options().stream().map(SurveyDefinition.Option::code).toList();
    }

    private String label(SurveyPreview p, QuestionLine question, String code) {
        return switch (question.kind()) {
            case SCALE ->
                getTranslation((p.band().faces() ? "survey.building.faces." : "survey.building.scale.") + code);
            case YES_NO -> getTranslation("survey.building.yesno." + code);
            default ->
                question.options().stream()
                        .filter(o -> o.code().equals(code))
                        .map(SurveyDefinition.Option::label)
                        .findFirst()
                        .orElse(code);
        };
    }

    private SurveyPreview preview() {
        SurveyPreview p = preview;
        if (p == null) {
            throw new IllegalStateException("no preview");
        }
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
