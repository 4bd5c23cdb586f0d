package fr.reperes.participation.imports;

import fr.reperes.participation.AudienceDimension;
import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyStatus;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole survey definition as one version (the demo's surveys, a template copied into a draft): survey,
 * audience, indicators, version 1 and its variants, questions, options and conditions. Writes no answer.
 */
@Service
public class SurveyImport {

    private static final List<String> SCALE = List.of("1", "2", "3", "4", "5");
    private static final List<String> YES_NO = List.of("YES", "NO");

    private final JdbcClient jdbc;

    SurveyImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids a loaded survey got: the survey, its first version, and each band's variant. */
    public record Loaded(long surveyId, long versionId, Map<String, Long> variantIds) {}

    @Transactional
    public Loaded load(
            long departementId,
            long authorAccountId,
            SurveyDefinition definition,
            SurveyStatus status,
            @Nullable String template,
            Instant now) {
        long surveyId = insert(
                """
                INSERT INTO survey (departement_id, title, anonymous, changes_allowed, opens_on, closes_on, status,
                                    template, created_by_account_id, created_at, published_at)
                VALUES (:departementId, :title, :anonymous, :changesAllowed, :opensOn, :closesOn, :status,
                        :template, :author, :now, :publishedAt)""",
                Map.of(
                        "departementId", departementId,
                        "title", definition.title(),
                        "anonymous", definition.anonymous(),
                        "changesAllowed", definition.changesAllowed(),
                        "status", status.name(),
                        "author", authorAccountId,
                        "now", Timestamp.from(now)),
                nullable(
                        "opensOn",
                        definition.opensOn(),
                        "closesOn",
                        definition.closesOn(),
                        "template",
                        template,
                        "publishedAt",
                        status == SurveyStatus.DRAFT ? null : Timestamp.from(now)));
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
            indicators.put(
                    indicator.code(),
                    insert(
                            "INSERT INTO survey_indicator (survey_id, code, label) VALUES (:s, :code, :label)",
                            Map.of("s", surveyId, "code", indicator.code(), "label", indicator.label()),
                            Map.of()));
        }
        long versionId = insert(
                "INSERT INTO survey_version (survey_id, number, published_at) VALUES (:s, 1, :publishedAt)",
                Map.of("s", surveyId),
                nullable("publishedAt", status == SurveyStatus.DRAFT ? null : Timestamp.from(now)));
        Map<String, Long> variants = new HashMap<>();
        for (SurveyDefinition.Variant variant : definition.variants()) {
            variants.put(variant.band().name(), variant(versionId, variant, indicators));
        }
        return new Loaded(surveyId, versionId, Map.copyOf(variants));
    }

    /** One variant's questions, positions counted within each page in the order given. */
    public long variant(long versionId, SurveyDefinition.Variant variant, Map<String, Long> indicatorIds) {
        long variantId = insert(
                """
                INSERT INTO survey_variant (version_id, band, title, introduction)
                VALUES (:version, :band, :title, :introduction)""",
                Map.of(
                        "version", versionId,
                        "band", variant.band().name(),
                        "title", variant.title(),
                        "introduction", variant.introduction()),
                Map.of());
        Map<String, Long> questionIds = new HashMap<>();
        Map<Integer, Integer> positions = new HashMap<>();
        for (SurveyDefinition.Question question : variant.questions()) {
            int position = positions.merge(question.page(), 1, Integer::sum);
            Long shownIf = question.shownIfKey() == null ? null : questionIds.get(question.shownIfKey());
            if (question.shownIfKey() != null && shownIf == null) {
                throw new IllegalArgumentException("a condition refers to an earlier question: " + question.key());
            }
            long questionId = insert(
                    """
                    INSERT INTO survey_question (variant_id, page, position, kind, text, help, required, max_choices,
                                                 indicator_id, shown_if_question_id, shown_if_option_code)
                    VALUES (:variant, :page, :position, :kind, :text, :help, :required, :maxChoices,
                            :indicator, :shownIf, :shownIfOption)""",
                    Map.of(
                            "variant", variantId,
                            "page", question.page(),
                            "position", position,
                            "kind", question.kind().name(),
                            "text", question.text(),
                            "required", question.required()),
                    nullable(
                            "help", question.help(),
                            "maxChoices", question.maxChoices(),
                            "indicator", question.indicator() == null ? null : indicatorIds.get(question.indicator()),
                            "shownIf", shownIf,
                            "shownIfOption", question.shownIfOption()));
            questionIds.put(question.key(), questionId);
            List<SurveyDefinition.Option> options = options(question);
            for (int i = 0; i < options.size(); i++) {
                jdbc.sql("""
                                INSERT INTO survey_option (question_id, position, code, label)
                                VALUES (:q, :position, :code, :label)""")
                        .param("q", questionId)
                        .param("position", i + 1)
                        .param("code", options.get(i).code())
                        .param("label", options.get(i).label())
                        .update();
            }
        }
        return variantId;
    }

    /** Scale and yes/no questions get their fixed options, whose words the views take from the bundles. */
    private static List<SurveyDefinition.Option> options(SurveyDefinition.Question question) {
        if (question.kind() == QuestionKind.SCALE) {
            return SCALE.stream()
                    .map(code -> new SurveyDefinition.Option(code, code))
                    .toList();
        }
        if (question.kind() == QuestionKind.YES_NO) {
            return YES_NO.stream()
                    .map(code -> new SurveyDefinition.Option(code, code))
                    .toList();
        }
        return question.options();
    }

    private long insert(String sql, Map<String, ?> params, Map<String, @Nullable Object> nullableParams) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(params);
        for (Map.Entry<String, @Nullable Object> param : nullableParams.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        statement.update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private static Map<String, @Nullable Object> nullable(@Nullable Object... namesAndValues) {
        Map<String, @Nullable Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(Objects.requireNonNull((String) namesAndValues[i]), namesAndValues[i + 1]);
        }
        return params;
    }
}
