package fr.reperes.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A whole survey as written: settings, audience, indicators, and one variant per band with its pages of questions.
 * The shape templates are shipped in ({@link SurveyTemplates}) and imports load ({@code SurveyImport}).
 */
public record SurveyDefinition(
        String title,
        boolean anonymous,
        boolean changesAllowed,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        Map<AudienceDimension, Set<String>> audience,
        List<Indicator> indicators,
        List<Variant> variants) {

    public SurveyDefinition {
        audience = Map.copyOf(audience);
        indicators = List.copyOf(indicators);
        variants = List.copyOf(variants);
    }

    /** What several variants' questions measure together, so that their results combine. */
    public record Indicator(String code, String label) {}

    /** The survey worded for one band. */
    public record Variant(SurveyBand band, String title, String introduction, List<Question> questions) {
        public Variant {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question. {@code key} names it within its variant so that a later question's condition can refer to it
     * ({@code shownIfKey} answered with option {@code shownIfOption}). Scale and yes/no questions need no options:
     * theirs are fixed.
     */
    public record Question(
            String key,
            int page,
            QuestionKind kind,
            String text,
            @Nullable String help,
            boolean required,
            @Nullable Integer maxChoices,
            @Nullable String indicator,
            List<Option> options,
            @Nullable String shownIfKey,
            @Nullable String shownIfOption) {
        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String code, String label) {}
}
