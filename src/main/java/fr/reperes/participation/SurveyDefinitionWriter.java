package fr.reperes.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The one writer of survey definitions: a whole definition as a survey with its version 1 (a template copied into a
 * draft by {@link SurveyEditor}, after the policy; the demo's surveys through the import interface
 * {@code imports.SurveyImport}, which is its thin entry point), and a version's variants (a new version copied from the
 * latest). It asks no policy: only the editor, which asked first, and the import interface may call it.
 */
@Component
public class SurveyDefinitionWriter {

    static final List<String> SCALE = List.of("1", "2", "3", "4", "5");
    static final List<String> YES_NO = List.of("YES", "NO");

    private final JdbcClient jdbc;

    SurveyDefinitionWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids a written survey got: the survey, its version 1, and each band's variant (by band name). */
    public record Written(long surveyId, long versionId, Map<String, Long> variantIds) {}

    /** A new draft survey with version 1 (unpublished) holding the definition's variants; returns the survey's id. */
    long draft(
            long departementId,
            long authorAccountId,
            SurveyDefinition definition,
            @Nullable SurveyTemplate template,
            Instant now) {
        return write(
                        departementId,
                        authorAccountId,
                        definition,
                        SurveyStatus.DRAFT,
                        template == null ? null : template.name(),
                        now)
                .surveyId();
    }

    /**
     * A whole definition as a survey in this status: audience, indicators, version 1 (published at {@code now} unless
     * a draft) and its variants, questions, options and conditions. Writes no answer and asks no policy.
     */
    public Written write(
            long departementId,
            long authorAccountId,
            SurveyDefinition definition,
            SurveyStatus status,
            @Nullable String template,
            Instant now) {
        @Nullable Timestamp published = status == SurveyStatus.DRAFT ? null : Timestamp.from(now);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey (departement_id, title, anonymous, changes_allowed, opens_on, closes_on, status,
                                            template, created_by_account_id, created_at, published_at)
                        VALUES (:departementId, :title, :anonymous, :changesAllowed, :opensOn, :closesOn, :status,
                                :template, :author, :now, :published)""")
                .param("departementId", departementId)
                .param("title", definition.title())
                .param("anonymous", definition.anonymous())
                .param("changesAllowed", definition.changesAllowed())
                .param("opensOn", definition.opensOn())
                .param("closesOn", definition.closesOn())
                .param("status", status.name())
                .param("template", template)
                .param("author", authorAccountId)
                .param("now", Timestamp.from(now))
                .param("published", published)
                .update(key);
        long surveyId = Objects.requireNonNull(key.getKey()).longValue();
        for (Map.Entry<AudienceDimension, Set<String>> dimension :
                definition.audience().entrySet()) {
            for (String value : dimension.getValue()) {
                jdbc.sql("INSERT INTO survey_audience (survey_id, dimension, value) VALUES (:s, :d, :v)")
                        .param("s", surveyId)
                        .param("d", dimension.getKey().name())
                        .param("v", value)
                        .update();
            }
        }
        Map<String, Long> indicators = new HashMap<>();
        for (SurveyDefinition.Indicator indicator : definition.indicators()) {
            GeneratedKeyHolder indicatorKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO survey_indicator (survey_id, code, label) VALUES (:s, :code, :label)")
                    .param("s", surveyId)
                    .param("code", indicator.code())
                    .param("label", indicator.label())
                    .update(indicatorKey);
            indicators.put(
                    indicator.code(),
                    Objects.requireNonNull(indicatorKey.getKey()).longValue());
        }
        long versionId = version(surveyId, 1, published);
        Map<String, Long> variants = new HashMap<>();
        for (SurveyDefinition.Variant variant : definition.variants()) {
            variants.put(variant.band().name(), variant(versionId, variant, indicators));
        }
        return new Written(surveyId, versionId, Map.copyOf(variants));
    }

    /** An unpublished version of the survey; returns its id. */
    long version(long surveyId, int number) {
        return version(surveyId, number, null);
    }

    private long version(long surveyId, int number, @Nullable Timestamp published) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_version (survey_id, number, published_at) VALUES (:s, :n, :published)")
                .param("s", surveyId)
                .param("n", number)
                .param("published", published)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * One variant with its questions in the order given (positions counted from 1 within each page), options and
     * conditions, whose keys name earlier questions of the same variant.
     */
    public long variant(long versionId, SurveyDefinition.Variant variant, Map<String, Long> indicatorIds) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey_variant (version_id, band, title, introduction)
                        VALUES (:version, :band, :title, :introduction)""")
                .param("version", versionId)
                .param("band", variant.band().name())
                .param("title", variant.title())
                .param("introduction", variant.introduction())
                .update(key);
        long variantId = Objects.requireNonNull(key.getKey()).longValue();
        Map<String, Long> questionIds = new HashMap<>();
        Map<Integer, Integer> positions = new HashMap<>();
        for (SurveyDefinition.Question question : variant.questions()) {
            int position = positions.merge(question.page(), 1, Integer::sum);
            String shownIfKey = question.shownIfKey();
            Long shownIf = shownIfKey == null ? null : questionIds.get(shownIfKey);
            if (shownIfKey != null && shownIf == null) {
                throw new IllegalArgumentException("a condition refers to an earlier question: " + question.key());
            }
            String indicator = question.indicator();
            long questionId = question(
                    variantId,
                    question.page(),
                    position,
                    new QuestionDraft(
                            question.page(),
                            question.kind(),
                            question.text(),
                            question.help(),
                            question.required(),
                            question.maxChoices(),
                            indicator == null ? null : indicatorIds.get(indicator),
                            question.options(),
                            shownIf,
                            shownIf == null ? null : question.shownIfOption()));
            questionIds.put(question.key(), questionId);
        }
        return variantId;
    }

    /** One question and its options (fixed ones for scale and yes/no, none for texts). */
    long question(long variantId, int page, int position, QuestionDraft question) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey_question (variant_id, page, position, kind, text, help, required, max_choices,
                                                     indicator_id, shown_if_question_id, shown_if_option_code)
                        VALUES (:variant, :page, :position, :kind, :text, :help, :required, :maxChoices,
                                :indicator, :shownIf, :shownIfOption)""")
                .param("variant", variantId)
                .param("page", page)
                .param("position", position)
                .param("kind", question.kind().name())
                .param("text", question.text())
                .param("help", question.help())
                .param("required", question.required())
                .param("maxChoices", question.kind() == QuestionKind.MULTIPLE_CHOICE ? question.maxChoices() : null)
                .param("indicator", question.indicatorId())
                .param("shownIf", question.shownIfQuestionId())
                .param("shownIfOption", question.shownIfOption())
                .update(key);
        long questionId = Objects.requireNonNull(key.getKey()).longValue();
        options(questionId, question.kind(), question.options());
        return questionId;
    }

    /** Replaces a question's options with those its kind takes. */
    void options(long questionId, QuestionKind kind, List<SurveyDefinition.Option> authored) {
        jdbc.sql("DELETE FROM survey_option WHERE question_id = :q")
                .param("q", questionId)
                .update();
        List<SurveyDefinition.Option> options = optionsOf(kind, authored);
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO survey_option (question_id, position, code, label) VALUES (:q, :p, :code, :label)")
                    .param("q", questionId)
                    .param("p", i + 1)
                    .param("code", options.get(i).code())
                    .param("label", options.get(i).label())
                    .update();
        }
    }

    /** Scale and yes/no take their fixed options (their words come from the bundles); texts none. */
    static List<SurveyDefinition.Option> optionsOf(QuestionKind kind, List<SurveyDefinition.Option> authored) {
        if (kind == QuestionKind.SCALE) {
            return SCALE.stream().map(c -> new SurveyDefinition.Option(c, c)).toList();
        }
        if (kind == QuestionKind.YES_NO) {
            return YES_NO.stream().map(c -> new SurveyDefinition.Option(c, c)).toList();
        }
        return kind.authoredOptions() ? authored : List.of();
    }
}
