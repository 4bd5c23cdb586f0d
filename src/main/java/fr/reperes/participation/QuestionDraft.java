package fr.reperes.participation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question as an author writes it, to add or to save over an existing one. Options count for single choice,
 * multiple choice and ranking only (scale and yes/no have fixed ones; texts none); {@code maxChoices} for multiple
 * choice only. The condition names an earlier question of the same variant and one of its options.
 */
public record QuestionDraft(
        int page,
        QuestionKind kind,
        String text,
        @Nullable String help,
        boolean required,
        @Nullable Integer maxChoices,
        @Nullable Long indicatorId,
        List<SurveyDefinition.Option> options,
        @Nullable Long shownIfQuestionId,
        @Nullable String shownIfOption) {

    public QuestionDraft {
        options = List.copyOf(options);
    }
}
