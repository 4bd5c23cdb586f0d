package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.EditableSurvey.QuestionLine;
import fr.reperes.participation.EditableSurvey.VariantLine;
import fr.reperes.platform.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Building a survey: creation, every question kind, the rules of multiple choice and of conditions, publishing, the
 * freeze of an answered version and its copy, closing early, and who may do any of it.
 */
@IntegrationTest
class SurveyEditorTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyEditor editor;

    @Autowired
    SurveyAccess access;

    @Autowired
    JdbcClient jdbc;

    private Viewer yanis;
    private Viewer odpe;
    private LocalDate today;

    @BeforeEach
    void viewers() {
        yanis = TestSignIn.viewer(context, "yanis");
        odpe = TestSignIn.viewer(context, "odpe");
        today = access.today();
    }

    // ------------------------------------------------------------------------------------------------- fixtures

    private long draft() {
        return editor.createBlank(yanis, "Essai " + UUID.randomUUID());
    }

    private static QuestionDraft single(int page, String text, String... codes) {
        return new QuestionDraft(
                page,
                QuestionKind.SINGLE_CHOICE,
                text,
                null,
                true,
                null,
                null,
                Arrays.stream(codes)
                        .map(c -> new SurveyDefinition.Option(c, "Réponse " + c))
                        .toList(),
                null,
                null);
    }

    private static QuestionDraft of(int page, QuestionKind kind) {
        return new QuestionDraft(page, kind, "Question " + kind, "Aide", false, null, null, List.of(), null, null);
    }

    private static QuestionDraft shownIf(QuestionDraft draft, long target, String option) {
        return new QuestionDraft(
                draft.page(),
                draft.kind(),
                draft.text(),
                draft.help(),
                draft.required(),
                draft.maxChoices(),
                draft.indicatorId(),
                draft.options(),
                target,
                option);
    }

    private static QuestionDraft multiple(int max, int options) {
        List<SurveyDefinition.Option> list = new ArrayList<>();
        for (int i = 1; i <= options; i++) {
            list.add(new SurveyDefinition.Option("O" + i, "Option " + i));
        }
        return new QuestionDraft(1, QuestionKind.MULTIPLE_CHOICE, "Plusieurs", null, true, max, null, list, null, null);
    }

    private long withVariant(long survey, SurveyBand band) {
        editor.addVariant(yanis, survey, band, "Ton avis", "Quelques questions.");
        return survey;
    }

    /** Dates to publish, and an audience that asks no demo persona (the suite shares the demo's database). */
    private void publishable(long survey) {
        editor.saveSettings(yanis, survey, new SurveySettings("Prêt", true, true, today, today.plusDays(30)));
        editor.saveAudience(yanis, survey, SurveyFixtures.awayFromPersonas(context));
    }

    private VariantLine variant(long survey, SurveyBand band) {
        return editor.survey(yanis, survey).variants().stream()
                .filter(v -> v.band() == band)
                .findFirst()
                .orElseThrow();
    }

    private void sheet(long variantId, boolean finished) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        jdbc.sql("INSERT INTO survey_sheet (id, variant_id, finished) VALUES (:id, :v, :f)")
                .param("id", id)
                .param("v", variantId)
                .param("f", finished)
                .update();
    }

    private static void refusedWith(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry(field, key));
    }

    // ---------------------------------------------------------------------------------------------------- tests

    /** An indicator combines one question of each band, of one kind: a second one, or another kind, is refused. */
    @Test
    void anIndicatorTakesOneQuestionOfEachBandAndOneKind() {
        long survey = withVariant(withVariant(draft(), SurveyBand.YOUNG_16_21), SurveyBand.PARENTS);
        long safe = editor.addIndicator(yanis, survey, "SAFE", "Se sentir en sécurité");
        QuestionDraft scale = new QuestionDraft(
                1, QuestionKind.SCALE, "En sécurité ?", null, true, null, safe, List.of(), null, null);
        editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, scale);

        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, scale),
                "indicator",
                "survey.question.invalid.indicator-taken");
        refusedWith(
                () -> editor.addQuestion(
                        yanis,
                        survey,
                        SurveyBand.PARENTS,
                        new QuestionDraft(
                                1,
                                QuestionKind.YES_NO,
                                "En sécurité ?",
                                null,
                                true,
                                null,
                                safe,
                                List.of(),
                                null,
                                null)),
                "indicator",
                "survey.question.invalid.indicator-kind");
        editor.addQuestion(yanis, survey, SurveyBand.PARENTS, scale);
        assertThat(variant(survey, SurveyBand.PARENTS).questions())
                .singleElement()
                .satisfies(q -> assertThat(q.indicatorId()).isEqualTo(safe));
    }

    /** An anonymous survey of four parents would be anonymous in name only: refused, and nothing is published. */
    @Test
    void anAnonymousSurveyAskingFewerThanFiveInABandIsNotPublished() {
        long survey = withVariant(draft(), SurveyBand.PARENTS);
        editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.YES_NO));
        publishable(survey);
        String parentsCouncil = editor.audienceChoices(yanis).councils().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains("parents"))
                .findFirst()
                .orElseThrow()
                .value();
        editor.saveAudience(yanis, survey, Map.of(AudienceDimension.COUNCIL, Set.of(parentsCouncil)));

        refusedWith(() -> editor.publish(yanis, survey), "audience", "survey.publish.invalid.too-few");
        EditableSurvey after = editor.survey(yanis, survey);
        assertThat(after.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(after.versionPublished()).as("undone with the refusal").isFalse();
    }

    /** A count is a small cell too, and a live one tells who just answered: closed and from 5 on only. */
    @Test
    void theListCountsAnswersOnlyOnceClosedAndFromFive() {
        long few = withVariant(draft(), SurveyBand.YOUNG_16_21);
        long many = withVariant(draft(), SurveyBand.YOUNG_16_21);
        for (long survey : new long[] {few, many}) {
            editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.YES_NO));
            publishable(survey);
            editor.publish(yanis, survey);
        }
        for (int i = 0; i < 4; i++) {
            sheet(variant(few, SurveyBand.YOUNG_16_21).id(), true);
        }
        for (int i = 0; i < 5; i++) {
            sheet(variant(many, SurveyBand.YOUNG_16_21).id(), true);
        }
        assertThat(editor.surveys(yanis))
                .filteredOn(s -> s.id() == few || s.id() == many)
                .hasSize(2)
                .allSatisfy(
                        s -> assertThat(s.answers()).as("open: no live count").isNull());
        editor.closeNow(yanis, few);
        editor.closeNow(yanis, many);
        List<SurveyDraftSummary> closed = editor.surveys(yanis);
        assertThat(closed)
                .filteredOn(s -> s.id() == few)
                .singleElement()
                .satisfies(s -> assertThat(s.answers()).isNull());
        assertThat(closed)
                .filteredOn(s -> s.id() == many)
                .singleElement()
                .satisfies(s -> assertThat(s.answers()).isEqualTo(5L));
    }

    @Test
    void aBlankDraftIsListedWithItsFinishedSheetsCountedAndTheUnfinishedNot() {
        long survey = withVariant(draft(), SurveyBand.YOUNG_16_21);
        editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.YES_NO));
        long other = draft();
        assertThat(editor.surveys(odpe))
                .filteredOn(s -> s.id() == survey)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
                    assertThat(s.answers()).isNull();
                });
        publishable(survey);
        editor.publish(yanis, survey);
        long variant = variant(survey, SurveyBand.YOUNG_16_21).id();
        sheet(variant, true);
        sheet(variant, true);
        sheet(variant, false);
        List<SurveyDraftSummary> list = editor.surveys(yanis);
        assertThat(list).filteredOn(s -> s.id() == survey).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SurveyStatus.PUBLISHED);
            assertThat(s.answers()).as("no live count").isNull();
            assertThat(s.closesOn()).isEqualTo(today.plusDays(30));
        });
        assertThat(list)
                .filteredOn(s -> s.id() == other)
                .singleElement()
                .extracting(SurveyDraftSummary::answers)
                .isNull();
        assertThat(list.indexOf(
                        list.stream().filter(s -> s.id() == other).findFirst().orElseThrow()))
                .as("newest first")
                .isLessThan(list.indexOf(
                        list.stream().filter(s -> s.id() == survey).findFirst().orElseThrow()));
    }

    @Test
    void aDraftFromATemplateCopiesItsDefinitionWithItsConditions() {
        SurveyDefinition definition = new SurveyDefinition(
                "Sortie",
                true,
                false,
                null,
                null,
                Map.of(AudienceDimension.MEASURE_KIND, Set.of("ACCOMPAGNEMENT_JEUNE_MAJEUR")),
                List.of(new SurveyDefinition.Indicator("LOGEMENT", "Logement")),
                List.of(new SurveyDefinition.Variant(
                        SurveyBand.YOUNG_16_21,
                        "Ta sortie",
                        "Intro",
                        List.of(
                                new SurveyDefinition.Question(
                                        "q1",
                                        1,
                                        QuestionKind.YES_NO,
                                        "Un logement ?",
                                        null,
                                        true,
                                        null,
                                        "LOGEMENT",
                                        List.of(),
                                        null,
                                        null),
                                new SurveyDefinition.Question(
                                        "q2",
                                        2,
                                        QuestionKind.LONG_TEXT,
                                        "Lequel ?",
                                        null,
                                        false,
                                        null,
                                        null,
                                        List.of(),
                                        "q1",
                                        "YES")))));
        SurveyTemplates stub = new SurveyTemplates() {
            @Override
            public SurveyDefinition definition(SurveyTemplate template) {
                return definition;
            }
        };
        SurveyEditor withStub = new SurveyEditor(
                access, stub, context.getBean(SurveyDefinitionWriter.class), jdbc, context.getBean(Clock.class));
        long survey = withStub.createFromTemplate(odpe, SurveyTemplate.LEAVING_CARE);

        EditableSurvey created = editor.survey(yanis, survey);
        assertThat(created.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(created.template()).isEqualTo(SurveyTemplate.LEAVING_CARE);
        assertThat(created.changesAllowed()).isFalse();
        assertThat(created.versionPublished()).isFalse();
        assertThat(created.audience())
                .containsEntry(AudienceDimension.MEASURE_KIND, Set.of("ACCOMPAGNEMENT_JEUNE_MAJEUR"));
        List<QuestionLine> questions = created.variants().getFirst().questions();
        assertThat(questions).extracting(QuestionLine::text).containsExactly("Un logement ?", "Lequel ?");
        assertThat(questions.get(0).indicatorId())
                .isEqualTo(created.indicators().getFirst().id());
        assertThat(questions.get(1).shownIfQuestionId())
                .isEqualTo(questions.get(0).id());
        assertThat(questions.get(1).shownIfOption()).isEqualTo("YES");
        assertThatThrownBy(() ->
                        withStub.createFromTemplate(TestSignIn.viewer(context, "claire"), SurveyTemplate.LEAVING_CARE))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void everyKindIsStoredWithTheOptionsItTakes() {
        long survey = withVariant(draft(), SurveyBand.CHILD_8_11);
        for (QuestionKind kind : QuestionKind.values()) {
            QuestionDraft draft = kind.authoredOptions()
                    ? new QuestionDraft(
                            1,
                            kind,
                            "Question " + kind,
                            "  ",
                            true,
                            kind == QuestionKind.MULTIPLE_CHOICE ? 2 : 3,
                            null,
                            List.of(
                                    new SurveyDefinition.Option("A", "Alpha"),
                                    new SurveyDefinition.Option("B", "Bêta"),
                                    new SurveyDefinition.Option("C", "Gamma")),
                            null,
                            null)
                    : new QuestionDraft(
                            1,
                            kind,
                            "Question " + kind,
                            "Aide",
                            false,
                            4,
                            null,
                            List.of(new SurveyDefinition.Option("X", "Ignored")),
                            null,
                            null);
            editor.addQuestion(yanis, survey, SurveyBand.CHILD_8_11, draft);
        }
        List<QuestionLine> questions = variant(survey, SurveyBand.CHILD_8_11).questions();
        assertThat(questions).extracting(QuestionLine::kind).containsExactly(QuestionKind.values());
        assertThat(questions).extracting(QuestionLine::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        for (QuestionLine question : questions) {
            List<String> codes = question.options().stream()
                    .map(SurveyDefinition.Option::code)
                    .toList();
            switch (question.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> {
                    assertThat(codes).containsExactly("A", "B", "C");
                    assertThat(question.help()).as("blank help is none").isNull();
                }
                case SCALE -> assertThat(codes).containsExactly("1", "2", "3", "4", "5");
                case YES_NO -> assertThat(codes).containsExactly("YES", "NO");
                case SHORT_TEXT, LONG_TEXT -> assertThat(codes).isEmpty();
            }
            assertThat(question.maxChoices())
                    .as(question.kind().name())
                    .isEqualTo(question.kind() == QuestionKind.MULTIPLE_CHOICE ? 2 : null);
        }
        // A choice question needs two different options.
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.CHILD_8_11, single(1, "Seule", "A")),
                "options",
                "survey.question.invalid.options");
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.CHILD_8_11, single(1, "Doublon", "A", "A")),
                "options",
                "survey.question.invalid.options");
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.CHILD_8_11, single(1, " ", "A", "B")),
                "text",
                "survey.question.invalid.text");
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.CHILD_8_11, single(3, "Trop loin", "A", "B")),
                "page",
                "survey.question.invalid.page");
        refusedWith(
                () -> editor.addQuestion(
                        yanis,
                        survey,
                        SurveyBand.CHILD_8_11,
                        single(1, "x".repeat(SurveyEditor.MAX_QUESTION + 1), "A", "B")),
                "text",
                "survey.question.invalid.text-length");
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.YES_NO)),
                "band",
                "survey.variant.invalid.none");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 4, 5})
    void aMultipleChoiceMaximumOutsideOneToTheOptionsIsRefused(int max) {
        long survey = withVariant(draft(), SurveyBand.TEEN_12_15);
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.TEEN_12_15, multiple(max, 3)),
                "maxChoices",
                "survey.question.invalid.max-choices");
        QuestionDraft noMax = new QuestionDraft(
                1,
                QuestionKind.MULTIPLE_CHOICE,
                "Sans max",
                null,
                true,
                null,
                null,
                multiple(1, 3).options(),
                null,
                null);
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.TEEN_12_15, noMax),
                "maxChoices",
                "survey.question.invalid.max-choices");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aMultipleChoiceMaximumFromOneToTheOptionsIsKept(int max) {
        long survey = withVariant(draft(), SurveyBand.TEEN_12_15);
        editor.addQuestion(yanis, survey, SurveyBand.TEEN_12_15, multiple(max, 3));
        assertThat(variant(survey, SurveyBand.TEEN_12_15).questions().getFirst().maxChoices())
                .isEqualTo(max);
    }

    @Test
    void aConditionNamesAnEarlierQuestionOfTheSameVariantAnsweredByOptionsAndOneOfThem() {
        long survey = withVariant(withVariant(draft(), SurveyBand.YOUNG_16_21), SurveyBand.PARENTS);
        long choice =
                editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, single(1, "Où vis-tu ?", "FOYER", "FA"));
        long yesNo = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.YES_NO));
        long scale = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.SCALE));
        long text = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.SHORT_TEXT));
        long ranking = editor.addQuestion(
                yanis,
                survey,
                SurveyBand.YOUNG_16_21,
                new QuestionDraft(
                        1,
                        QuestionKind.RANKING,
                        "Classe",
                        null,
                        true,
                        null,
                        null,
                        single(1, "", "A", "B").options(),
                        null,
                        null));
        long parents = editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.YES_NO));

        // Accepted: an earlier choice, yes/no or scale question and one of its options, on the same or a later page.
        editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(1, QuestionKind.LONG_TEXT), choice, "FA"));
        editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(2, QuestionKind.LONG_TEXT), yesNo, "NO"));
        long dependent = editor.addQuestion(
                yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(2, QuestionKind.SCALE), scale, "5"));
        assertThat(variant(survey, SurveyBand.YOUNG_16_21).questions())
                .filteredOn(q -> q.id() == dependent)
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.shownIfQuestionId()).isEqualTo(scale);
                    assertThat(q.shownIfOption()).isEqualTo("5");
                });

        String condition = "condition";
        // The target is later: a question of page 2 named by one of page 1, or itself.
        refusedWith(
                () -> editor.saveQuestion(
                        yanis, survey, choice, shownIf(single(1, "Où ?", "FOYER", "FA"), dependent, "1")),
                condition,
                "survey.question.invalid.condition-later");
        refusedWith(
                () -> editor.saveQuestion(yanis, survey, yesNo, shownIf(of(1, QuestionKind.YES_NO), scale, "1")),
                condition,
                "survey.question.invalid.condition-later");
        refusedWith(
                () -> editor.saveQuestion(yanis, survey, scale, shownIf(of(1, QuestionKind.SCALE), scale, "1")),
                condition,
                "survey.question.invalid.condition-later");
        // The target is a text or a ranking.
        refusedWith(
                () -> editor.addQuestion(
                        yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(2, QuestionKind.YES_NO), text, "x")),
                condition,
                "survey.question.invalid.condition-kind");
        refusedWith(
                () -> editor.addQuestion(
                        yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(2, QuestionKind.YES_NO), ranking, "A")),
                condition,
                "survey.question.invalid.condition-kind");
        // The option does not exist in the target.
        for (Map.Entry<Long, String> unknown :
                Map.of(choice, "MECS", yesNo, "PEUT-ETRE", scale, "6").entrySet()) {
            refusedWith(
                    () -> editor.addQuestion(
                            yanis,
                            survey,
                            SurveyBand.YOUNG_16_21,
                            shownIf(of(2, QuestionKind.YES_NO), unknown.getKey(), unknown.getValue())),
                    condition,
                    "survey.question.invalid.condition-option");
        }
        // The target is in another variant, or nowhere.
        refusedWith(
                () -> editor.addQuestion(
                        yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(2, QuestionKind.YES_NO), parents, "YES")),
                condition,
                "survey.question.invalid.condition-unknown");
        refusedWith(
                () -> editor.addQuestion(
                        yanis,
                        survey,
                        SurveyBand.YOUNG_16_21,
                        shownIf(of(2, QuestionKind.YES_NO), Long.MAX_VALUE, "YES")),
                condition,
                "survey.question.invalid.condition-unknown");
        refusedWith(
                () -> editor.addQuestion(
                        yanis,
                        survey,
                        SurveyBand.YOUNG_16_21,
                        new QuestionDraft(
                                2, QuestionKind.YES_NO, "Q", null, true, null, null, List.of(), choice, null)),
                condition,
                "survey.question.invalid.condition-incomplete");
    }

    @Test
    void aQuestionAConditionDependsOnIsNeitherDeletedNorMovedPastNorChangedAway() {
        long survey = withVariant(draft(), SurveyBand.YOUNG_16_21);
        long target = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, single(1, "Où ?", "FOYER", "FA"));
        long dependent = editor.addQuestion(
                yanis, survey, SurveyBand.YOUNG_16_21, shownIf(of(1, QuestionKind.LONG_TEXT), target, "FA"));
        long free = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.SHORT_TEXT));

        refusedWith(
                () -> editor.deleteQuestion(yanis, survey, target),
                "delete",
                "survey.question.invalid.delete-condition");
        refusedWith(
                () -> editor.moveQuestion(yanis, survey, target, false),
                "move",
                "survey.question.invalid.move-condition");
        refusedWith(
                () -> editor.moveQuestion(yanis, survey, dependent, true),
                "move",
                "survey.question.invalid.move-condition");
        refusedWith(
                () -> editor.saveQuestion(yanis, survey, target, of(1, QuestionKind.SHORT_TEXT)),
                "kind",
                "survey.question.invalid.depended-on");
        refusedWith(
                () -> editor.saveQuestion(yanis, survey, target, single(1, "Où ?", "FOYER", "MECS")),
                "kind",
                "survey.question.invalid.depended-on");
        refusedWith(
                () -> editor.saveQuestion(yanis, survey, target, single(2, "Où ?", "FOYER", "FA")),
                "kind",
                "survey.question.invalid.depended-on");
        assertThat(variant(survey, SurveyBand.YOUNG_16_21).questions())
                .extracting(QuestionLine::id)
                .containsExactly(target, dependent, free);

        // Unrelated moves work: the free question goes up past the dependent, then down again and onto a new page.
        editor.moveQuestion(yanis, survey, free, true);
        assertThat(variant(survey, SurveyBand.YOUNG_16_21).questions())
                .extracting(QuestionLine::id)
                .containsExactly(target, free, dependent);
        editor.moveQuestion(yanis, survey, free, false);
        editor.moveQuestion(yanis, survey, free, false);
        assertThat(variant(survey, SurveyBand.YOUNG_16_21).questions())
                .extracting(QuestionLine::id, QuestionLine::page)
                .containsExactly(tuple(target, 1), tuple(dependent, 1), tuple(free, 2));
        // Once its condition is gone, the target may be deleted.
        editor.saveQuestion(yanis, survey, dependent, of(1, QuestionKind.LONG_TEXT));
        editor.deleteQuestion(yanis, survey, target);
        assertThat(variant(survey, SurveyBand.YOUNG_16_21).questions())
                .extracting(QuestionLine::id)
                .containsExactly(dependent, free);
    }

    @Test
    void aQuestionAtItsPagesEdgeMovesToTheNeighbouringPageAndAPageChangePutsItAtTheEnd() {
        long survey = withVariant(draft(), SurveyBand.PARENTS);
        long a = editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.YES_NO));
        long b = editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.SCALE));
        long c = editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(2, QuestionKind.SHORT_TEXT));
        long d = editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(2, QuestionKind.LONG_TEXT));

        editor.moveQuestion(yanis, survey, b, false);
        assertThat(variant(survey, SurveyBand.PARENTS).questions())
                .extracting(QuestionLine::id, QuestionLine::page, QuestionLine::position)
                .containsExactly(tuple(a, 1, 1), tuple(b, 2, 1), tuple(c, 2, 2), tuple(d, 2, 3));
        editor.moveQuestion(yanis, survey, b, true);
        editor.moveQuestion(yanis, survey, a, true);
        assertThat(variant(survey, SurveyBand.PARENTS).questions())
                .extracting(QuestionLine::id, QuestionLine::page)
                .as("the first question stays first")
                .containsExactly(tuple(a, 1), tuple(b, 1), tuple(c, 2), tuple(d, 2));

        editor.saveQuestion(yanis, survey, a, of(2, QuestionKind.YES_NO));
        assertThat(variant(survey, SurveyBand.PARENTS).questions())
                .extracting(QuestionLine::id)
                .containsExactly(b, c, d, a);
    }

    @Test
    void publishingNeedsAVariantQuestionsInEachOptionsInEveryChoiceAndAClosingDate() {
        long survey = draft();
        assertThatThrownBy(() -> editor.publish(yanis, survey))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsEntry("variants", "survey.publish.invalid.no-variant")
                                .containsEntry("closesOn", "survey.publish.invalid.no-close"));
        withVariant(survey, SurveyBand.YOUNG_16_21);
        withVariant(survey, SurveyBand.PARENTS);
        long choice = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, single(1, "Où ?", "A", "B"));
        publishable(survey);
        refusedWith(() -> editor.publish(yanis, survey), "questions", "survey.publish.invalid.empty-variant");
        editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.SCALE));
        jdbc.sql("DELETE FROM survey_option WHERE question_id = :q")
                .param("q", choice)
                .update();
        refusedWith(() -> editor.publish(yanis, survey), "options", "survey.publish.invalid.empty-choice");
        editor.saveQuestion(yanis, survey, choice, single(1, "Où ?", "A", "B"));
        assertThat(editor.survey(yanis, survey).status()).isEqualTo(SurveyStatus.DRAFT);

        editor.publish(odpe, survey);

        EditableSurvey published = editor.survey(yanis, survey);
        assertThat(published.status()).isEqualTo(SurveyStatus.PUBLISHED);
        assertThat(published.versionPublished()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_version WHERE survey_id = :s AND published_at IS NOT NULL")
                        .param("s", survey)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        refusedWith(() -> editor.publish(yanis, survey), "publish", "survey.publish.invalid.already");
    }

    @Test
    void settingsCheckTheirDatesAndTitle() {
        long survey = draft();
        refusedWith(
                () -> editor.saveSettings(yanis, survey, new SurveySettings("T", true, true, today.plusDays(5), today)),
                "closesOn",
                "survey.settings.invalid.closes-before-opens");
        refusedWith(
                () -> editor.saveSettings(yanis, survey, new SurveySettings("T", true, true, null, today.minusDays(1))),
                "closesOn",
                "survey.settings.invalid.closes-past");
        refusedWith(
                () -> editor.saveSettings(yanis, survey, new SurveySettings("  ", true, true, null, null)),
                "title",
                "survey.invalid.title");
        refusedWith(
                () -> editor.saveSettings(
                        yanis,
                        survey,
                        new SurveySettings("x".repeat(SurveyEditor.MAX_TITLE + 1), true, true, null, null)),
                "title",
                "survey.invalid.title-length");
        editor.saveSettings(yanis, survey, new SurveySettings(" Nommé ", false, false, today, today));
        EditableSurvey saved = editor.survey(yanis, survey);
        assertThat(saved.title()).isEqualTo("Nommé");
        assertThat(saved.anonymous()).isFalse();
        assertThat(saved.changesAllowed()).isFalse();
        assertThat(saved.opensOn()).isEqualTo(today);
        assertThat(saved.closesOn()).isEqualTo(today);
    }

    @Test
    void theAudienceTakesTheDossiersKindsAndTheDepartementsTerritoriesAndCouncils() {
        long survey = draft();
        SurveyAudienceChoices choices = editor.audienceChoices(yanis);
        assertThat(choices.territories()).isNotEmpty();
        assertThat(choices.councils()).isNotEmpty();
        Map<AudienceDimension, Set<String>> audience = new LinkedHashMap<>();
        audience.put(AudienceDimension.MEASURE_KIND, Set.of("AEMO", "OPP"));
        audience.put(AudienceDimension.PLACEMENT_KIND, Set.of("MECS"));
        audience.put(
                AudienceDimension.TERRITORY,
                Set.of(choices.territories().getFirst().value()));
        audience.put(
                AudienceDimension.COUNCIL, Set.of(choices.councils().getFirst().value()));
        editor.saveAudience(yanis, survey, audience);
        assertThat(editor.survey(yanis, survey).audience()).isEqualTo(audience);

        for (AudienceDimension dimension : AudienceDimension.values()) {
            refusedWith(
                    () -> editor.saveAudience(yanis, survey, Map.of(dimension, Set.of("999999"))),
                    "audience." + dimension.name(),
                    "survey.audience.invalid.value");
        }
        editor.saveAudience(yanis, survey, Map.of());
        assertThat(editor.survey(yanis, survey).audience()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSheetFreezesItsVersionWhichANewVersionCopiesWithItsConditions(boolean finished) {
        long survey = withVariant(withVariant(draft(), SurveyBand.YOUNG_16_21), SurveyBand.PARENTS);
        long indicator = editor.addIndicator(yanis, survey, "LOGEMENT", "Logement");
        long target = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, single(1, "Où ?", "FOYER", "FA"));
        editor.addQuestion(
                yanis,
                survey,
                SurveyBand.YOUNG_16_21,
                shownIf(
                        new QuestionDraft(
                                2,
                                QuestionKind.MULTIPLE_CHOICE,
                                "Quoi ?",
                                "Aide",
                                false,
                                2,
                                indicator,
                                multiple(2, 3).options(),
                                null,
                                null),
                        target,
                        "FA"));
        editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.SCALE));
        publishable(survey);
        editor.publish(yanis, survey);
        // Published but unanswered: still editable.
        editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.LONG_TEXT));
        EditableSurvey v1 = editor.survey(yanis, survey);
        sheet(variant(survey, SurveyBand.YOUNG_16_21).id(), finished);

        EditableSurvey frozen = editor.survey(yanis, survey);
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.questionsEditable()).isFalse();
        String key = "survey.edit.invalid.frozen";
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.PARENTS, of(1, QuestionKind.YES_NO)),
                "version",
                key);
        refusedWith(
                () -> editor.saveQuestion(yanis, survey, target, single(1, "Où donc ?", "FOYER", "FA")),
                "version",
                key);
        refusedWith(() -> editor.deleteQuestion(yanis, survey, target), "version", key);
        refusedWith(() -> editor.moveQuestion(yanis, survey, target, false), "version", key);
        refusedWith(() -> editor.addVariant(yanis, survey, SurveyBand.CHILD_8_11, "T", "I"), "version", key);
        refusedWith(() -> editor.saveVariant(yanis, survey, SurveyBand.PARENTS, "T", "I"), "version", key);
        refusedWith(() -> editor.removeVariant(yanis, survey, SurveyBand.PARENTS), "version", key);
        // The settings still change, but not the anonymity respondents were told of.
        editor.saveSettings(yanis, survey, new SurveySettings("Renommé", true, false, today, today.plusDays(60)));
        refusedWith(
                () -> editor.saveSettings(
                        yanis, survey, new SurveySettings("Renommé", false, false, today, today.plusDays(60))),
                "anonymous",
                "survey.settings.invalid.anonymity-answered");

        assertThat(editor.newVersion(yanis, survey)).isEqualTo(2);

        EditableSurvey v2 = editor.survey(yanis, survey);
        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(v2.versionPublished()).isFalse();
        assertThat(v2.frozen()).isFalse();
        assertThat(comparable(v2.variants())).isEqualTo(comparable(v1.variants()));
        List<QuestionLine> copied = v2.variants().stream()
                .filter(v -> v.band() == SurveyBand.YOUNG_16_21)
                .findFirst()
                .orElseThrow()
                .questions();
        assertThat(copied.get(1).shownIfQuestionId())
                .as("re-pointed to the copy")
                .isEqualTo(copied.get(0).id());
        assertThat(copied.get(0).id()).isNotEqualTo(target);
        assertThat(copied.get(1).indicatorId()).isEqualTo(indicator);
        refusedWith(() -> editor.newVersion(yanis, survey), "version", "survey.version.invalid.unpublished");

        // The copy is edited, then published: the latest published version is the one respondents start on.
        editor.saveQuestion(yanis, survey, copied.get(0).id(), single(1, "Où vis-tu ?", "FOYER", "FA"));
        editor.publish(yanis, survey);
        assertThat(editor.survey(yanis, survey).versionPublished()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_version WHERE survey_id = :s AND published_at IS NOT NULL")
                        .param("s", survey)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // The answered version is as it was.
        assertThat(jdbc.sql("SELECT text FROM survey_question WHERE id = :q")
                        .param("q", target)
                        .query(String.class)
                        .single())
                .isEqualTo("Où ?");
    }

    /** Variants without ids: band, texts and questions with the index of their condition's target. */
    private static List<String> comparable(List<VariantLine> variants) {
        List<String> lines = new ArrayList<>();
        for (VariantLine variant : variants) {
            List<Long> ids = variant.questions().stream().map(QuestionLine::id).toList();
            lines.add(variant.band() + "|" + variant.title() + "|" + variant.introduction());
            for (QuestionLine q : variant.questions()) {
                lines.add(q.page() + "|" + q.kind() + "|" + q.text() + "|" + q.help() + "|" + q.required() + "|"
                        + q.maxChoices() + "|" + q.indicatorId() + "|" + q.options() + "|"
                        + (q.shownIfQuestionId() == null ? null : ids.indexOf(q.shownIfQuestionId())) + "|"
                        + q.shownIfOption());
            }
        }
        return lines;
    }

    @Test
    void closingNowClosesYesterdayAndEndsEditing() {
        long survey = withVariant(draft(), SurveyBand.YOUNG_16_21);
        editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.YES_NO));
        refusedWith(() -> editor.closeNow(yanis, survey), "close", "survey.close.invalid.not-published");
        publishable(survey);
        editor.publish(yanis, survey);

        editor.closeNow(odpe, survey);

        EditableSurvey closed = editor.survey(yanis, survey);
        assertThat(closed.status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(closed.closesOn()).isEqualTo(today.minusDays(1));
        refusedWith(
                () -> editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.YES_NO)),
                "status",
                "survey.edit.invalid.closed");
        refusedWith(
                () -> editor.saveSettings(yanis, survey, new SurveySettings("T", true, true, null, today.plusDays(3))),
                "status",
                "survey.edit.invalid.closed");
        refusedWith(() -> editor.newVersion(yanis, survey), "status", "survey.edit.invalid.closed");
    }

    // ------------------------------------------------------------------------------------------------- access

    /**
     * Every public method, called by each reader who is not an author of the département, is refused with the
     * policy's reason and writes nothing; an author of another département is refused the same way for a survey of
     * this one as for an id that names nothing. The methods are found by reflection, so a new one is tested too.
     */
    @Test
    void everyMethodRefusesWhoeverIsNotAnAuthorOfTheDepartement() {
        long survey = withVariant(draft(), SurveyBand.YOUNG_16_21);
        long question = editor.addQuestion(yanis, survey, SurveyBand.YOUNG_16_21, of(1, QuestionKind.YES_NO));
        long otherDepartement = otherDepartement();
        Viewer stranger = new Viewer(
                yanis.accountId(),
                "autre-" + UUID.randomUUID(),
                "Autre Animateur",
                Role.ANIMATEUR,
                otherDepartement,
                null,
                null,
                null);
        Viewer strangerObservatoire = new Viewer(
                odpe.accountId(),
                "autre-" + UUID.randomUUID(),
                "Autre ODPE",
                Role.OBSERVATOIRE,
                otherDepartement,
                null,
                null,
                null);
        Map<String, Viewer> refused = new LinkedHashMap<>();
        for (String subject : List.of("lina", "karim", "claire", "admin")) {
            refused.put(subject, TestSignIn.viewer(context, subject));
        }
        refused.put("animateur d'un autre département", stranger);
        refused.put("observatoire d'un autre département", strangerObservatoire);
        refused.put("sans compte", Viewer.withoutAccount("inconnu", "Inconnu"));
        List<Method> methods = Arrays.stream(SurveyEditor.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .toList();
        assertThat(methods).hasSizeGreaterThanOrEqualTo(19);
        String before = counts();
        for (Method method : methods) {
            for (Map.Entry<String, Viewer> reader : refused.entrySet()) {
                boolean acrossSurveys =
                        Arrays.stream(method.getParameterTypes()).noneMatch(t -> t == long.class);
                Viewer viewer = reader.getValue();
                if (acrossSurveys && reader.getKey().contains("autre département")) {
                    // An author of another département builds in their own: nothing of this one is reached.
                    continue;
                }
                AccessReason expected =
                        !viewer.hasAccount() ? AccessReason.NO_ACCOUNT : AccessReason.ONLY_SURVEY_AUTHORS;
                AccessReason onSurvey = call(method, viewer, survey, question);
                assertThat(onSurvey)
                        .as(method.getName() + " as " + reader.getKey())
                        .isEqualTo(expected);
                if (!acrossSurveys) {
                    AccessReason onNothing = call(method, viewer, Long.MAX_VALUE, question);
                    // A young person or a parent is told a survey that names nothing does not ask them.
                    assertThat(onNothing)
                            .as(method.getName() + " as " + reader.getKey() + " on an id that names nothing")
                            .isIn(expected, AccessReason.NOT_ASKED_IN_SURVEY);
                    if (viewer.role() == Role.ANIMATEUR || viewer.role() == Role.OBSERVATOIRE) {
                        assertThat(onSurvey)
                                .as("another département's survey, as nothing")
                                .isEqualTo(onNothing);
                    }
                }
            }
        }
        assertThat(counts()).as("nothing written").isEqualTo(before);
        assertThat(editor.surveys(stranger)).as("another département's list").isEmpty();
        assertThat(editor.audienceChoices(stranger).territories()).isEmpty();
        // Both authors of the département are let in.
        assertThat(editor.survey(yanis, survey).id()).isEqualTo(survey);
        assertThat(editor.survey(odpe, survey).id()).isEqualTo(survey);
    }

    private String counts() {
        StringBuilder counts = new StringBuilder();
        for (String table : List.of(
                "survey",
                "survey_audience",
                "survey_indicator",
                "survey_version",
                "survey_variant",
                "survey_question",
                "survey_option")) {
            counts.append(table)
                    .append('=')
                    .append(jdbc.sql("SELECT COUNT(*) FROM " + table)
                            .query(Long.class)
                            .single())
                    .append(' ');
        }
        counts.append(
                jdbc.sql("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', id, title, status, closes_on))), 0) FROM survey")
                        .query(Long.class)
                        .single());
        return counts.toString();
    }

    private @Nullable AccessReason call(Method method, Viewer viewer, long surveyId, long questionId) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        boolean firstLong = true;
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == Viewer.class) {
                arguments[i] = viewer;
            } else if (type == long.class) {
                arguments[i] = firstLong ? surveyId : questionId;
                firstLong = false;
            } else if (type == String.class) {
                arguments[i] = "Texte";
            } else if (type == boolean.class) {
                arguments[i] = true;
            } else if (type == SurveyBand.class) {
                arguments[i] = SurveyBand.YOUNG_16_21;
            } else if (type == SurveyTemplate.class) {
                arguments[i] = SurveyTemplate.LEAVING_CARE;
            } else if (type == QuestionDraft.class) {
                arguments[i] = of(1, QuestionKind.YES_NO);
            } else if (type == SurveySettings.class) {
                arguments[i] = new SurveySettings("Titre", true, true, today, today.plusDays(3));
            } else if (type == Map.class) {
                arguments[i] = Map.of();
            } else {
                throw new AssertionError("no sample for " + type);
            }
        }
        try {
            method.invoke(editor, arguments);
            return null;
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof AccessRefusedException refused) {
                return refused.reason();
            }
            throw new AssertionError(method.getName() + " threw " + thrown.getCause(), thrown.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private long otherDepartement() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO departement (code, name) VALUES (:c, :n)")
                .param("c", code)
                .param("n", "Autre " + code)
                .update();
        return jdbc.sql("SELECT id FROM departement WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }
}
