package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyDefinition.Question;
import fr.reperes.participation.imports.SurveyImport;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two shipped templates are well formed, fit the columns of V22, combine across their variants, and load.
 * Checked for every template, variant and question, so that an edit of the JSON files that breaks one fails here.
 */
@IntegrationTest
class SurveyTemplatesTest {

    @Autowired
    SurveyTemplates templates;

    @Autowired
    SurveyImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @EnumSource(SurveyTemplate.class)
    void everyTemplateIsWellFormedAndFitsTheColumns(SurveyTemplate template) {
        SurveyDefinition definition = templates.definition(template);

        assertThat(definition.title()).isNotBlank().hasSizeLessThanOrEqualTo(160);
        assertThat(definition.opensOn()).isNull();
        assertThat(definition.closesOn()).isNull();
        assertThat(definition.audience()).isEmpty();
        assertThat(definition.indicators()).isNotEmpty();
        Set<String> indicators = new HashSet<>();
        for (SurveyDefinition.Indicator indicator : definition.indicators()) {
            assertThat(indicator.code()).matches("[A-Z_]{1,40}");
            assertThat(indicator.label()).isNotBlank().hasSizeLessThanOrEqualTo(160);
            assertThat(indicators.add(indicator.code()))
                    .as("indicator declared once")
                    .isTrue();
        }
        assertThat(definition.variants()).isNotEmpty();
        assertThat(definition.variants().stream().map(SurveyDefinition.Variant::band))
                .doesNotHaveDuplicates();
        for (SurveyDefinition.Variant variant : definition.variants()) {
            checkVariant(variant, indicators);
        }
    }

    private static void checkVariant(SurveyDefinition.Variant variant, Set<String> indicators) {
        String where = variant.band().name();
        assertThat(variant.title()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(160);
        assertThat(variant.introduction()).as(where).isNotBlank();
        assertThat(variant.questions()).as(where).isNotEmpty();
        Map<String, Question> earlier = new HashMap<>();
        int page = 1;
        for (Question question : variant.questions()) {
            String at = where + "/" + question.key();
            assertThat(question.key()).as(at).isNotBlank();
            assertThat(earlier).as(at + " key unique").doesNotContainKey(question.key());
            assertThat(question.page())
                    .as(at + " pages from 1, in order, none skipped")
                    .isBetween(page, page + 1);
            page = question.page();
            assertThat(question.text()).as(at).isNotBlank().hasSizeLessThanOrEqualTo(500);
            if (question.help() != null) {
                assertThat(question.help()).as(at).isNotBlank().hasSizeLessThanOrEqualTo(500);
            }
            if (question.indicator() != null) {
                assertThat(indicators).as(at + " indicator declared").contains(question.indicator());
            }
            if (question.kind().authoredOptions()) {
                assertThat(question.options()).as(at).hasSizeGreaterThanOrEqualTo(2);
                assertThat(question.options().stream().map(SurveyDefinition.Option::code))
                        .as(at)
                        .doesNotHaveDuplicates()
                        .allMatch(code -> code.matches("[A-Z0-9_]{1,40}"));
                assertThat(question.options().stream().map(SurveyDefinition.Option::label))
                        .as(at)
                        .allMatch(label -> !label.isBlank() && label.length() <= 200);
            } else {
                assertThat(question.options()).as(at + " fixed or no options").isEmpty();
            }
            if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
                assertThat(question.maxChoices())
                        .as(at)
                        .isNotNull()
                        .isBetween(1, question.options().size());
            } else {
                assertThat(question.maxChoices()).as(at).isNull();
            }
            if (question.kind().text()) {
                assertThat(question.indicator())
                        .as(at + " free words measure no indicator")
                        .isNull();
            }
            assertThat(question.shownIfKey() == null).as(at).isEqualTo(question.shownIfOption() == null);
            if (question.shownIfKey() != null) {
                Question condition = earlier.get(question.shownIfKey());
                assertThat(condition)
                        .as(at + " condition on an earlier question")
                        .isNotNull();
                assertThat(condition.kind())
                        .as(at)
                        .isIn(
                                QuestionKind.SINGLE_CHOICE,
                                QuestionKind.MULTIPLE_CHOICE,
                                QuestionKind.YES_NO,
                                QuestionKind.SCALE);
                assertThat(codes(condition)).as(at).contains(question.shownIfOption());
                assertThat(question.required())
                        .as(at + " a conditional question is never required")
                        .isFalse();
            }
            earlier.put(question.key(), question);
        }
    }

    @Test
    void theLeavingCareQuestionnaireAsksSixteenToTwentyOneYearOldsWithEveryKindOfQuestion() {
        SurveyDefinition definition = templates.definition(SurveyTemplate.LEAVING_CARE);

        assertThat(definition.variants()).singleElement().satisfies(variant -> {
            assertThat(variant.band()).isEqualTo(SurveyBand.YOUNG_16_21);
            assertThat(variant.questions().stream().map(Question::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(QuestionKind.values());
            assertThat(variant.questions().stream().filter(q -> q.shownIfKey() != null))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(variant.questions().stream()
                            .mapToInt(Question::page)
                            .max()
                            .orElse(0))
                    .isBetween(4, 5);
            assertThat(variant.questions().getLast().kind()).isEqualTo(QuestionKind.LONG_TEXT);
            assertThat(variant.questions().getLast().text()).isEqualTo("Qu'est-ce qui t'aiderait ?");
        });
        assertThat(definition.indicators().stream().map(SurveyDefinition.Indicator::code))
                .contains("PREPARED_EXIT", "HOUSING_SECURE", "HAS_TRUSTED_ADULT", "SATISFACTION");
        everyIndicatorIsMeasured(definition);
    }

    @Test
    void theSatisfactionSurveyMeasuresTheSameIndicatorsWithTheSameAnswersInEveryBand() {
        SurveyDefinition definition = templates.definition(SurveyTemplate.PLACEMENT_SATISFACTION);

        assertThat(definition.variants().stream().map(SurveyDefinition.Variant::band))
                .containsExactlyInAnyOrder(SurveyBand.values());
        everyIndicatorIsMeasured(definition);
        for (SurveyDefinition.Indicator indicator : definition.indicators()) {
            Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
            Set<List<String>> codes = new HashSet<>();
            for (SurveyDefinition.Variant variant : definition.variants()) {
                List<Question> measuring = variant.questions().stream()
                        .filter(q -> indicator.code().equals(q.indicator()))
                        .toList();
                assertThat(measuring)
                        .as("%s measured once in %s", indicator.code(), variant.band())
                        .hasSize(1);
                kinds.add(measuring.getFirst().kind());
                codes.add(codes(measuring.getFirst()));
            }
            assertThat(kinds)
                    .as("%s asked the same way in every band", indicator.code())
                    .hasSize(1);
            assertThat(codes)
                    .as("%s answered with the same codes in every band", indicator.code())
                    .hasSize(1);
        }
        assertThat(definition.indicators().stream().map(SurveyDefinition.Indicator::code))
                .contains("FEELS_SAFE", "LISTENED_TO", "SEES_FAMILY", "OVERALL");
    }

    @Test
    void childrenAreAskedFewShortQuestionsAndParentsAreAskedAboutTheirChildNeverWhereTheChildLives() {
        SurveyDefinition definition = templates.definition(SurveyTemplate.PLACEMENT_SATISFACTION);
        for (SurveyDefinition.Variant variant : definition.variants()) {
            switch (variant.band()) {
                case CHILD_8_11 -> {
                    assertThat(variant.questions()).hasSizeLessThanOrEqualTo(7);
                    assertThat(variant.questions())
                            .allSatisfy(q -> assertThat(q.text()).hasSizeLessThanOrEqualTo(50));
                    assertThat(variant.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE))
                            .isNotEmpty();
                }
                case PARENTS -> {
                    for (Question question : variant.questions()) {
                        String words = (question.text() + " " + question.help() + " "
                                        + question.options().stream()
                                                .map(SurveyDefinition.Option::label)
                                                .collect(Collectors.joining(" ")))
                                .toLowerCase(Locale.ROOT);
                        assertThat(words)
                                .as(question.key())
                                .doesNotContain(
                                        " tu ",
                                        " ton ",
                                        " ta ",
                                        "mon ppe",
                                        "adresse",
                                        "où habite",
                                        "où vit",
                                        "quel lieu",
                                        "famille d'accueil",
                                        "foyer",
                                        "mecs",
                                        "commune",
                                        "ville");
                    }
                    assertThat(variant.title() + variant.introduction()).contains("votre enfant");
                }
                default ->
                    assertThat(variant.questions().stream().map(Question::text))
                            .noneMatch(text -> text.contains(" vous ") || text.startsWith("Vous "));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SurveyTemplate.class)
    void everyTemplateLoadsIntoTheDatabaseWithItsConditionsAndFixedOptions(SurveyTemplate template) {
        Viewer yanis = TestSignIn.viewer(context, "yanis");
        SurveyDefinition definition = templates.definition(template);

        SurveyImport.Loaded loaded = imports.load(
                yanis.departementId(),
                yanis.accountId(),
                definition,
                SurveyStatus.DRAFT,
                template.name(),
                Instant.now());

        assertThat(loaded.variantIds().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        definition.variants().stream().map(v -> v.band().name()).toList());
        for (SurveyDefinition.Variant variant : definition.variants()) {
            long variantId = loaded.variantIds().get(variant.band().name());
            assertThat(count("SELECT COUNT(*) FROM survey_question WHERE variant_id = ?", variantId))
                    .isEqualTo(variant.questions().size());
            assertThat(count(
                            "SELECT COUNT(*) FROM survey_question WHERE variant_id = ? AND shown_if_question_id IS NOT NULL",
                            variantId))
                    .isEqualTo(variant.questions().stream()
                            .filter(q -> q.shownIfKey() != null)
                            .count());
            // Each condition names an option its question has, on an earlier page or position.
            assertThat(count("""
                            SELECT COUNT(*) FROM survey_question q
                            WHERE q.variant_id = ? AND q.shown_if_question_id IS NOT NULL AND NOT EXISTS (
                              SELECT 1 FROM survey_question c JOIN survey_option o ON o.question_id = c.id
                              WHERE c.id = q.shown_if_question_id AND o.code = q.shown_if_option_code
                                AND (c.page < q.page OR c.page = q.page AND c.position < q.position))""", variantId)).isZero();
            long indicatorQuestions = variant.questions().stream()
                    .filter(q -> q.indicator() != null)
                    .count();
            assertThat(count(
                            "SELECT COUNT(*) FROM survey_question WHERE variant_id = ? AND indicator_id IS NOT NULL",
                            variantId))
                    .isEqualTo(indicatorQuestions);
        }
        assertThat(count("SELECT COUNT(*) FROM survey_indicator WHERE survey_id = ?", loaded.surveyId()))
                .isEqualTo(definition.indicators().size());
    }

    private static void everyIndicatorIsMeasured(SurveyDefinition definition) {
        Set<String> measured = definition.variants().stream()
                .flatMap(v -> v.questions().stream())
                .map(Question::indicator)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(measured)
                .containsExactlyInAnyOrderElementsOf(definition.indicators().stream()
                        .map(SurveyDefinition.Indicator::code)
                        .toList());
    }

    /** The codes a question is answered with: its own, or the fixed ones of scale and yes/no. */
    private static List<String> codes(Question question) {
        return switch (question.kind()) {
            case SCALE -> List.of("1", "2", "3", "4", "5");
            case YES_NO -> List.of("YES", "NO");
            default ->
                question.options().stream().map(SurveyDefinition.Option::code).toList();
        };
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
