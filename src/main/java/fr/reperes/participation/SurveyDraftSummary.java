package fr.reperes.participation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A survey in the authors' list: where it stands, its dates and how many finished answer sheets it has (unfinished
 * ones count for nothing). The count is given only once the survey is closed and only from
 * {@value SurveyDraftSummary#SMALLEST_SHOWN} on: a live count would tell an author who watches someone tap "Terminer"
 * that they answered, and a count under 5 is a small cell like any other. Null otherwise.
 */
public record SurveyDraftSummary(
        long id,
        String title,
        SurveyStatus status,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Nullable SurveyTemplate template,
        @Nullable Long answers) {

    public static final int SMALLEST_SHOWN = 5;

    /** Whether the survey is still collecting answers, so that no count is given yet. */
    public boolean collecting() {
        return status != SurveyStatus.CLOSED;
    }
}
