package fr.reperes.participation.surveys.answering;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.participation.SurveyPageForm;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ranking worked by the keyboard alone: the options in an ordered list, each with "move up" and "move down"
 * buttons named after the option; focus follows the moved option. Answered once the respondent has moved one (or it
 * was saved before), so that an untouched list is not counted as the options' order.
 */
class RankingField extends Div implements HasValidation {

    private final SurveyPageForm.Question question;
    private final List<String> order = new ArrayList<>();
    private final OrderedList list = new OrderedList();
    private final Paragraph error = new Paragraph();
    private final Runnable changed;
    private boolean touched;

    RankingField(String label, SurveyPageForm.Question question, List<String> saved, Runnable changed) {
        this.question = question;
        this.changed = changed;
        Span legend = new Span(label);
        legend.setId("ranking-label-" + question.id());
        legend.addClassName("reperes-ranking-label");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
        addClassName("reperes-ranking");
        if (saved.size() == question.options().size()) {
            order.addAll(saved);
            touched = true;
        } else {
            question.options().forEach(option -> order.add(option.code()));
        }
        error.addClassName("reperes-warning");
        error.setVisible(false);
        add(legend, list, error);
        render(null);
    }

    /** The order given, or nothing while untouched. */
    List<String> value() {
        return touched ? List.copyOf(order) : List.of();
    }

    private String label(String code) {
        return question.options().stream()
                .filter(option -> option.code().equals(code))
                .map(SurveyPageForm.Option::label)
                .findFirst()
                .orElse(code);
    }

    private void render(@Nullable Button focus) {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i);
            int index = i;
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(index, -1, true));
            up.setAriaLabel(I18NProvider.translate("survey.answering.ranking.up", label(code)));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(index, 1, false));
            down.setAriaLabel(I18NProvider.translate("survey.answering.ranking.down", label(code)));
            down.setEnabled(i < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.setId("rank-" + question.id() + "-" + code + "-up");
            down.setId("rank-" + question.id() + "-" + code + "-down");
            ListItem item = new ListItem(new Span(label(code)), up, down);
            item.addClassName("reperes-ranking-item");
            list.add(item);
        }
        if (focus != null) {
            focus.focus();
        }
    }

    private void move(int index, int by, boolean upward) {
        int to = index + by;
        if (to < 0 || to >= order.size()) {
            return;
        }
        String code = order.remove(index);
        order.add(to, code);
        touched = true;
        render(null);
        // Focus stays on the moved option's button of the same direction (or the other one at the ends).
        String id = "rank-" + question.id() + "-" + code
                + (upward && to > 0 || !upward && to == order.size() - 1 ? "-up" : "-down");
        list.getChildren()
                .flatMap(item -> item.getChildren())
                .filter(c -> c instanceof Button && c.getId().map(id::equals).orElse(false))
                .findFirst()
                .ifPresent(c -> ((Button) c).focus());
        changed.run();
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
