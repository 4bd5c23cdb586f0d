package fr.reperes.participation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a survey as a respondent answers it: its questions in order. */
public record SurveyPageForm(int number, List<SurveyPageForm.Question> questions) {

    public SurveyPageForm {
        questions = List.copyOf(questions);
    }

    /**
     * A question on the page. {@code shownIfQuestionId}/{@code shownIfOption}: shown only when that earlier question
     * was answered with that option.
     */
    public record Question(
            long id,
            QuestionKind kind,
            String text,
            @Nullable String help,
            boolean required,
            @Nullable Integer maxChoices,
            List<Option> options,
            @Nullable Long shownIfQuestionId,
            @Nullable String shownIfOption) {
        public Question {
            options = List.copyOf(options);
        }

        public boolean hasOption(String code) {
            return options.stream().anyMatch(option -> option.code().equals(code));
        }
    }

    public record Option(String code, String label) {}
}
