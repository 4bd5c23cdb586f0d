package fr.reperes.participation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A survey in the authors' list: where it stands, its dates and how many finished answer sheets it has (unfinished
 * ones count for nothing).
 */
public record SurveyDraftSummary(
        long id,
        String title,
        SurveyStatus status,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Nullable SurveyTemplate template,
        long answers) {}
