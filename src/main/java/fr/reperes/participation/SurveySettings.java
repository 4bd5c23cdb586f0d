package fr.reperes.participation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an author sets of a whole survey: its name for the authors, anonymity, changes, the dates it is open. */
public record SurveySettings(
        String title,
        boolean anonymous,
        boolean changesAllowed,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn) {}
