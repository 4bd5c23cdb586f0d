package fr.reperes.participation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One variant of the latest version exactly as a respondent of its band will read it, for the author's preview: what
 * they are told first (title, introduction, anonymous or named, changes allowed, closing date), then the questions
 * page by page.
 */
public record SurveyPreview(
        long surveyId,
        SurveyBand band,
        String title,
        String introduction,
        boolean anonymous,
        boolean changesAllowed,
        @Nullable LocalDate closesOn,
        List<EditableSurvey.QuestionLine> questions) {

    public SurveyPreview {
        questions = List.copyOf(questions);
    }

    /** The page numbers in order, each holding at least one question. */
    public List<Integer> pages() {
        return questions.stream()
                .map(EditableSurvey.QuestionLine::page)
                .distinct()
                .sorted()
                .toList();
    }

    public List<EditableSurvey.QuestionLine> page(int page) {
        return questions.stream().filter(q -> q.page() == page).toList();
    }
}
