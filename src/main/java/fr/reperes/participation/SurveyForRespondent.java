package fr.reperes.participation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A survey meant for the viewer, as their list shows it.
 *
 * @param title        the wording of their band's variant (the survey's own name when none applies any more)
 * @param answered     they finished it (survey_participation)
 * @param namedStarted a named survey they started and have not finished (an anonymous one is known to be started only
 *                     from the resume code their device holds)
 * @param resultsGivenBack its results are published for those who were asked
 */
public record SurveyForRespondent(
        long surveyId,
        String title,
        boolean anonymous,
        boolean changesAllowed,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        boolean open,
        boolean answered,
        boolean namedStarted,
        boolean resultsGivenBack) {}
