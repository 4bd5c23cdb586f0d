package fr.reperes.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A survey as its authors edit it: settings, audience, indicators, and the latest version's variants with their
 * questions in order (page, then position).
 *
 * @param versionNumber    the latest version's number, from 1
 * @param versionPublished whether the latest version was published (respondents starting now answer it)
 * @param frozen           whether an answer sheet refers to the latest version: its questions no longer change, a new
 *                         version is made instead
 * @param answered         whether any answer sheet exists for the survey (anonymity can no longer change)
 */
public record EditableSurvey(
        long id,
        String title,
        boolean anonymous,
        boolean changesAllowed,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        SurveyStatus status,
        @Nullable SurveyTemplate template,
        Map<AudienceDimension, Set<String>> audience,
        List<IndicatorLine> indicators,
        int versionNumber,
        boolean versionPublished,
        boolean frozen,
        boolean answered,
        List<VariantLine> variants) {

    public EditableSurvey {
        audience = Map.copyOf(audience);
        indicators = List.copyOf(indicators);
        variants = List.copyOf(variants);
    }

    /** Whether its questions may be edited now: a draft or published version no sheet refers to, not closed. */
    public boolean questionsEditable() {
        return !frozen && status != SurveyStatus.CLOSED;
    }

    public record IndicatorLine(long id, String code, String label) {}

    public record VariantLine(
            long id, SurveyBand band, String title, String introduction, List<QuestionLine> questions) {
        public VariantLine {
            questions = List.copyOf(questions);
        }
    }

    /** One question; scale and yes/no carry their fixed options ('1'..'5', 'YES'/'NO'). */
    public record QuestionLine(
            long id,
            int page,
            int position,
            QuestionKind kind,
            String text,
            @Nullable String help,
            boolean required,
            @Nullable Integer maxChoices,
            @Nullable Long indicatorId,
            List<SurveyDefinition.Option> options,
            @Nullable Long shownIfQuestionId,
            @Nullable String shownIfOption) {
        public QuestionLine {
            options = List.copyOf(options);
        }
    }
}
