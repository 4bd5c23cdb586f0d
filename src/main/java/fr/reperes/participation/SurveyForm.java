package fr.reperes.participation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A survey as its respondent answers it: the variant of their band (or of the sheet they started), its pages, and
 * the answers their sheet holds so far (question id to option codes, in rank order for a ranking, or one text).
 *
 * @param alreadyAnswered they finished this survey with another sheet (or it cannot be found): they cannot start anew
 */
public record SurveyForm(
        long surveyId,
        String title,
        String introduction,
        SurveyBand band,
        boolean anonymous,
        boolean changesAllowed,
        @Nullable LocalDate closesOn,
        List<SurveyPageForm> pages,
        SheetState state,
        boolean alreadyAnswered,
        Map<Long, List<String>> answers) {

    public SurveyForm {
        pages = List.copyOf(pages);
        answers = Map.copyOf(answers);
    }

    public int pageCount() {
        return pages.size();
    }

    public List<SurveyPageForm.Question> questions() {
        return pages.stream().flatMap(page -> page.questions().stream()).toList();
    }

    /**
     * The questions shown for these answers, in order: a question with a condition is shown when the earlier question
     * it depends on is shown and was answered with its option. The view asks it as the respondent answers, the service
     * when it saves and finishes.
     */
    public Set<Long> visible(Map<Long, List<String>> given) {
        return visible(questions(), given);
    }

    static Set<Long> visible(List<SurveyPageForm.Question> questions, Map<Long, List<String>> given) {
        Set<Long> shown = new HashSet<>();
        for (SurveyPageForm.Question question : questions) {
            Long condition = question.shownIfQuestionId();
            if (condition == null
                    || shown.contains(condition)
                            && given.getOrDefault(condition, List.of()).contains(question.shownIfOption())) {
                shown.add(question.id());
            }
        }
        return shown;
    }
}
