package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.SurveyImport;
import fr.reperes.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answering a survey of the test's own, by the test's own young people and parents: pages saved and resumed by code,
 * conditions, every class of invalid answer (as an attacker would send them), one finish per person even at the same
 * time, changes until the close, dates, named surveys, and who may answer at all.
 */
@IntegrationTest
class SurveyAnsweringTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    JdbcClient jdbc;

    private SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(context);
    }

    private static AnswerInput a(long questionId, String... values) {
        return new AnswerInput(questionId, List.of(values));
    }

    private Map<String, Long> young(SurveyImport.Loaded survey) {
        return fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
    }

    private void page1(Viewer viewer, long surveyId, String code, Map<String, Long> q) {
        answering.savePage(viewer, surveyId, code, 1, List.of(a(q.get("mood"), "4"), a(q.get("yn"), "YES")));
    }

    private void page2(Viewer viewer, long surveyId, String code, Map<String, Long> q) {
        answering.savePage(viewer, surveyId, code, 2, List.of(a(q.get("single"), "s1")));
    }

    private int rows(String table, String where, Object param) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where)
                .param("p", param)
                .query(Integer.class)
                .single();
    }

    private int answersOf(long surveyId) {
        return rows(
                "survey_answer a JOIN survey_question q ON q.id = a.question_id"
                        + " JOIN survey_variant v ON v.id = q.variant_id JOIN survey_version sv ON sv.id = v.version_id",
                "sv.survey_id = :p",
                surveyId);
    }

    /**
     * Going back ("Previous") is never refused for what the page lacks: a required question unanswered, and each kind
     * of answer that Next would refuse (too many choices, an unfinished ranking, a text too long), are left out, what
     * is valid is kept; Next refuses the same page. A question of another page is still refused.
     */
    @Test
    void goingBackKeepsWhatIsValidAndNeverRequiresAnything() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = young(survey);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();
        String code = answering.start(jeune, id);
        page1(jeune, id, code, q);
        List<AnswerInput> halfDone = List.of(
                a(q.get("multi"), "a", "b", "c"),
                a(q.get("rank"), "y"),
                a(q.get("long"), "x".repeat(QuestionKind.LONG_TEXT.longestText() + 1)));
        List<AnswerInput> withAValidText =
                List.of(a(q.get("multi"), "a"), a(q.get("rank"), "z", "y", "x"), a(q.get("long"), "Bientôt."));

        assertThatThrownBy(() -> answering.savePage(jeune, id, code, 2, halfDone))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> answering.savePage(jeune, id, code, 2, withAValidText))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry(SurveyAnswering.field(q.get("single")), "survey.answering.required"));

        answering.keepPage(jeune, id, code, 2, halfDone);
        Map<Long, List<String>> kept = answering.open(jeune, id, code).answers();
        assertThat(kept).doesNotContainKeys(q.get("multi"), q.get("rank"), q.get("long"), q.get("single"));
        assertThat(kept).containsEntry(q.get("mood"), List.of("4"));

        answering.keepPage(jeune, id, code, 2, withAValidText);
        kept = answering.open(jeune, id, code).answers();
        assertThat(kept).containsEntry(q.get("multi"), List.of("a"));
        assertThat(kept).containsEntry(q.get("rank"), List.of("z", "y", "x"));
        assertThat(kept).containsEntry(q.get("long"), List.of("Bientôt."));
        assertThat(kept).doesNotContainKey(q.get("single"));
        // Page 1 gone back from with nothing: its answers are cleared, not refused.
        answering.keepPage(jeune, id, code, 1, List.of());
        assertThat(answering.open(jeune, id, code).answers()).doesNotContainKeys(q.get("mood"), q.get("yn"));

        assertThatThrownBy(() -> answering.keepPage(jeune, id, code, 1, List.of(a(q.get("single"), "s1"))))
                .isInstanceOf(InvalidInputException.class);
        // Finishing still requires everything.
        assertThatThrownBy(() -> answering.finish(jeune, id, code)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageIsSavedAndResumedByItsCodeAlone() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = young(survey);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();

        assertThat(answering.open(jeune, id, null).state()).isEqualTo(SheetState.NONE);
        String code = answering.start(jeune, id);
        assertThat(SurveyAnswering.normalized(code)).contains(code);
        page1(jeune, id, code, q);

        SurveyForm resumed = answering.open(jeune, id, code);
        assertThat(resumed.state()).isEqualTo(SheetState.IN_PROGRESS);
        assertThat(resumed.answers()).containsEntry(q.get("mood"), List.of("4"));
        assertThat(resumed.answers()).containsEntry(q.get("yn"), List.of("YES"));
        assertThat(resumed.pageCount()).isEqualTo(2);
        // Typed by hand, in groups, in lower case: the same sheet.
        assertThat(answering
                        .open(jeune, id, " " + SurveyAnswering.grouped(code).toLowerCase() + " ")
                        .state())
                .isEqualTo(SheetState.IN_PROGRESS);
        // Without the code, or with another one, nothing is found: the sheet is linked to nobody.
        assertThat(answering.open(jeune, id, null).state()).isEqualTo(SheetState.NONE);
        assertThat(answering.open(jeune, id, "AAAA-AAAA-AAAA-AAAA-AAAA").state())
                .isEqualTo(SheetState.NONE);
        assertThatThrownBy(() -> page2(jeune, id, "AAAA-AAAA-AAAA-AAAA-AAAA", q))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("survey", "survey.answering.no-sheet"));
        assertThat(answering.inProgress(jeune, Map.of(id, code))).containsExactly(id);
        // A code is bound to its survey: given for another survey, it finds nothing.
        SurveyImport.Loaded other = fixtures.survey(true, false);
        assertThat(answering.inProgress(jeune, Map.of(other.surveyId(), code))).isEmpty();
        assertThat(answering.open(jeune, other.surveyId(), code).state()).isEqualTo(SheetState.NONE);

        // Saving the page again replaces it.
        answering.savePage(jeune, id, code, 1, List.of(a(q.get("mood"), "2"), a(q.get("yn"), "YES")));
        assertThat(answering.open(jeune, id, code).answers()).containsEntry(q.get("mood"), List.of("2"));
        assertThat(answersOf(id)).isEqualTo(2);

        assertThat(answering.mySurveys(jeune))
                .filteredOn(s -> s.surveyId() == id)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.open()).isTrue();
                    assertThat(s.answered()).isFalse();
                    assertThat(s.namedStarted()).isFalse();
                    assertThat(s.anonymous()).isTrue();
                });
    }

    @Test
    void aHiddenQuestionIsNotRequiredAndItsAnswersGoWhenItsConditionTurnsFalse() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = young(survey);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();
        String code = answering.start(jeune, id);

        // "why" is hidden unless yn = NO: not required, and an answer sent for it is dropped.
        answering.savePage(
                jeune, id, code, 1, List.of(a(q.get("mood"), "3"), a(q.get("yn"), "YES"), a(q.get("why"), "caché")));
        assertThat(answering.open(jeune, id, code).answers()).doesNotContainKey(q.get("why"));

        // Shown, it is required.
        assertThatThrownBy(() ->
                        answering.savePage(jeune, id, code, 1, List.of(a(q.get("mood"), "3"), a(q.get("yn"), "NO"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys(SurveyAnswering.field(q.get("why"))));
        answering.savePage(
                jeune, id, code, 1, List.of(a(q.get("mood"), "3"), a(q.get("yn"), "NO"), a(q.get("why"), "parce que")));
        answering.savePage(
                jeune, id, code, 2, List.of(a(q.get("single"), "s2"), a(q.get("later"), "sur une autre page")));
        SurveyForm form = answering.open(jeune, id, code);
        assertThat(form.answers()).containsEntry(q.get("why"), List.of("parce que"));
        assertThat(form.answers()).containsEntry(q.get("later"), List.of("sur une autre page"));
        assertThat(form.visible(form.answers())).contains(q.get("why"), q.get("later"));

        // The condition flips: the answers of both dependent questions, on this page and the next, are discarded.
        answering.savePage(jeune, id, code, 1, List.of(a(q.get("mood"), "3"), a(q.get("yn"), "YES")));
        form = answering.open(jeune, id, code);
        assertThat(form.answers()).doesNotContainKeys(q.get("why"), q.get("later"));
        assertThat(form.answers()).containsKeys(q.get("mood"), q.get("yn"), q.get("single"));
        assertThat(form.visible(form.answers())).doesNotContain(q.get("why"), q.get("later"));
        // And finishing does not ask for the hidden required question.
        answering.finish(jeune, id, code);
        assertThat(answering.answered(jeune, id)).isTrue();
    }

    @Test
    void everyClassOfInvalidAnswerIsRefusedAndWritesNothing() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = young(survey);
        Map<String, Long> parents = fixtures.questions(survey.variantIds().get("PARENTS"));
        SurveyImport.Loaded other = fixtures.survey(true, false);
        Map<String, Long> elsewhere = young(other);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();
        String code = answering.start(jeune, id);
        page1(jeune, id, code, q);
        answering.savePage(jeune, id, code, 2, List.of(a(q.get("single"), "s1"), a(q.get("long"), "avant")));
        Map<Long, List<String>> before = answering.open(jeune, id, code).answers();

        record Bad(int page, List<AnswerInput> inputs, String field, String key) {}
        String single = SurveyAnswering.field(q.get("single"));
        String page = "page";
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad(
                        1,
                        List.of(a(q.get("mood"), "6"), a(q.get("yn"), "YES")),
                        SurveyAnswering.field(q.get("mood")),
                        "survey.answering.invalid-option"),
                new Bad(
                        1,
                        List.of(a(q.get("mood"), "1", "2"), a(q.get("yn"), "YES")),
                        SurveyAnswering.field(q.get("mood")),
                        "survey.answering.invalid-option"),
                new Bad(
                        1,
                        List.of(a(q.get("mood"), "1"), a(q.get("yn"), "MAYBE")),
                        SurveyAnswering.field(q.get("yn")),
                        "survey.answering.invalid-option"),
                new Bad(
                        1,
                        List.of(a(q.get("yn"), "YES")),
                        SurveyAnswering.field(q.get("mood")),
                        "survey.answering.required"),
                new Bad(2, List.of(a(q.get("single"), "s1", "s2")), single, "survey.answering.invalid-option"),
                new Bad(2, List.of(a(q.get("single"), "s3")), single, "survey.answering.invalid-option"),
                new Bad(2, List.of(a(q.get("single"), "")), single, "survey.answering.invalid-option"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("multi"), "a", "b", "c")),
                        SurveyAnswering.field(q.get("multi")),
                        "survey.answering.too-many"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("multi"), "a", "a")),
                        SurveyAnswering.field(q.get("multi")),
                        "survey.answering.invalid-option"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("multi"), "a", "d")),
                        SurveyAnswering.field(q.get("multi")),
                        "survey.answering.invalid-option"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("rank"), "x", "y")),
                        SurveyAnswering.field(q.get("rank")),
                        "survey.answering.ranking-incomplete"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("rank"), "x", "y", "y")),
                        SurveyAnswering.field(q.get("rank")),
                        "survey.answering.ranking-incomplete"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("rank"), "x", "y", "w")),
                        SurveyAnswering.field(q.get("rank")),
                        "survey.answering.ranking-incomplete"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("rank"), "x", "y", "z", "x")),
                        SurveyAnswering.field(q.get("rank")),
                        "survey.answering.ranking-incomplete"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("long"), "l".repeat(4001))),
                        SurveyAnswering.field(q.get("long")),
                        "survey.answering.too-long"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("long"), "un", "deux")),
                        SurveyAnswering.field(q.get("long")),
                        "survey.answering.too-long"),
                // Attacker style: questions not on this page, of another variant, of another survey, twice, none.
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("mood"), "1")),
                        page,
                        "survey.answering.unknown-question"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(parents.get("multi"), "a")),
                        page,
                        "survey.answering.unknown-question"),
                new Bad(2, List.of(a(elsewhere.get("single"), "s1")), page, "survey.answering.unknown-question"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(q.get("single"), "s2")),
                        page,
                        "survey.answering.unknown-question"),
                new Bad(
                        2,
                        List.of(a(q.get("single"), "s1"), a(Long.MAX_VALUE, "s1")),
                        page,
                        "survey.answering.unknown-question"),
                new Bad(3, List.of(a(q.get("single"), "s1")), page, "survey.answering.unknown-question"),
                new Bad(0, List.of(), page, "survey.answering.unknown-question")));
        // Short text: 200 characters pass, 201 do not.
        answering.savePage(
                jeune,
                id,
                code,
                1,
                List.of(a(q.get("mood"), "4"), a(q.get("yn"), "NO"), a(q.get("why"), "w".repeat(200))));
        bad.add(new Bad(
                1,
                List.of(a(q.get("mood"), "4"), a(q.get("yn"), "NO"), a(q.get("why"), "w".repeat(201))),
                SurveyAnswering.field(q.get("why")),
                "survey.answering.too-long"));
        before = answering.open(jeune, id, code).answers();

        for (Bad attempt : bad) {
            assertThatThrownBy(() -> answering.savePage(jeune, id, code, attempt.page(), attempt.inputs()))
                    .as("%s", attempt)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry(attempt.field(), attempt.key()));
            assertThat(answering.open(jeune, id, code).answers())
                    .as("%s", attempt)
                    .isEqualTo(before);
        }
        // What passes: two of three, a full ranking, 4,000 characters.
        answering.savePage(
                jeune,
                id,
                code,
                2,
                List.of(
                        a(q.get("single"), "s2"),
                        a(q.get("multi"), "c", "a"),
                        a(q.get("rank"), "z", "x", "y"),
                        a(q.get("long"), "l".repeat(4000))));
        Map<Long, List<String>> saved = answering.open(jeune, id, code).answers();
        assertThat(saved).containsEntry(q.get("multi"), List.of("a", "c"));
        assertThat(saved).containsEntry(q.get("rank"), List.of("z", "x", "y"));
        // A new text waits for the day's batch before a moderator lists it (closing.SurveyClosing).
        assertThat(rows("survey_answer", "question_id = :p AND text_review = 'NEW'", q.get("long")))
                .isEqualTo(1);
    }

    @Test
    void aPersonFinishesOnceEvenWithTwoSheetsFinishedAtTheSameTime() throws Exception {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = young(survey);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();
        // Two sittings with the cookie cleared in between: two sheets for one person.
        String first = answering.start(jeune, id);
        String second = answering.start(jeune, id);
        for (String code : List.of(first, second)) {
            page1(jeune, id, code, q);
            page2(jeune, id, code, q);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (String code : List.of(first, second)) {
                Callable<Boolean> finish = () -> {
                    go.await();
                    try {
                        answering.finish(jeune, id, code);
                        return true;
                    } catch (InvalidInputException refused) {
                        assertThat(refused.fieldErrors()).containsEntry("survey", "survey.answering.already");
                        return false;
                    }
                };
                results.add(pool.submit(finish));
            }
            go.countDown();
            int finished = 0;
            for (Future<Boolean> result : results) {
                finished += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(finished).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("survey_participation", "survey_id = :p", id)).isEqualTo(1);
        assertThat(rows(
                        "survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id",
                        "sh.finished AND v.version_id = :p",
                        survey.versionId()))
                .isEqualTo(1);
        // Finished without changes allowed: the code is forgotten, and nothing starts again.
        assertThat(rows(
                        "survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id",
                        "sh.finished AND sh.resume_hash IS NOT NULL AND v.version_id = :p",
                        survey.versionId()))
                .isZero();
        assertThatThrownBy(() -> answering.start(jeune, id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("survey", "survey.answering.already"));
        assertThat(answering.open(jeune, id, null).alreadyAnswered()).isTrue();
        assertThat(answering.mySurveys(jeune))
                .filteredOn(s -> s.surveyId() == id)
                .singleElement()
                .satisfies(s -> assertThat(s.answered()).isTrue());
    }

    @Test
    void finishingAsksEveryRequiredShownQuestion() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = young(survey);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();
        String code = answering.start(jeune, id);
        page1(jeune, id, code, q);
        assertThatThrownBy(() -> answering.finish(jeune, id, code))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys(SurveyAnswering.field(q.get("single"))));
        assertThat(rows("survey_participation", "survey_id = :p", id)).isZero();
    }

    @Test
    void answersChangeUntilTheCloseOnlyWhenTheAuthorAllowedIt() {
        SurveyImport.Loaded allowing = fixtures.survey(true, true);
        Map<String, Long> q = young(allowing);
        Viewer jeune = fixtures.youngPerson();
        long id = allowing.surveyId();
        String code = answering.start(jeune, id);
        page1(jeune, id, code, q);
        page2(jeune, id, code, q);
        answering.finish(jeune, id, code);

        SurveyForm finished = answering.open(jeune, id, code);
        assertThat(finished.state()).isEqualTo(SheetState.FINISHED);
        answering.savePage(jeune, id, code, 2, List.of(a(q.get("single"), "s2")));
        answering.finish(jeune, id, code);
        assertThat(answering.open(jeune, id, code).answers()).containsEntry(q.get("single"), List.of("s2"));
        assertThat(rows("survey_participation", "survey_id = :p", id)).isEqualTo(1);
        assertThatThrownBy(() -> answering.start(jeune, id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("survey", "survey.answering.already.code"));

        SurveyImport.Loaded refusing = fixtures.survey(true, false);
        Map<String, Long> r = young(refusing);
        String other = answering.start(jeune, refusing.surveyId());
        page1(jeune, refusing.surveyId(), other, r);
        page2(jeune, refusing.surveyId(), other, r);
        answering.finish(jeune, refusing.surveyId(), other);
        // Its code is forgotten at the finish: the sheet cannot be found again, so not changed either.
        assertThat(answering.open(jeune, refusing.surveyId(), other).state()).isEqualTo(SheetState.NONE);
        assertThatThrownBy(() ->
                        answering.savePage(jeune, refusing.surveyId(), other, 2, List.of(a(r.get("single"), "s2"))))
                .isInstanceOf(InvalidInputException.class);

        // After the close, nothing changes any more.
        jdbc.sql("UPDATE survey SET closes_on = :d WHERE id = :id")
                .param("d", LocalDate.now().minusDays(1))
                .param("id", id)
                .update();
        assertThatThrownBy(() -> answering.savePage(jeune, id, code, 2, List.of(a(q.get("single"), "s1"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("survey", "survey.answering.closed"));
    }

    @Test
    void aSurveyIsAnsweredOnlyBetweenItsDatesAndWhilePublished() {
        Viewer jeune = fixtures.youngPerson();
        SurveyImport.Loaded later = fixtures.survey(
                true, false, LocalDate.now().plusDays(1), LocalDate.now().plusDays(5));
        SurveyImport.Loaded over = fixtures.survey(
                true, false, LocalDate.now().minusDays(5), LocalDate.now().minusDays(1));
        SurveyImport.Loaded closed = fixtures.survey(true, false);
        SurveyImport.Loaded lastDay = fixtures.survey(true, false, LocalDate.now(), LocalDate.now());
        jdbc.sql("UPDATE survey SET status = 'CLOSED' WHERE id = :id")
                .param("id", closed.surveyId())
                .update();
        for (var refusal : List.of(
                Map.entry(later.surveyId(), "survey.answering.not-yet-open"),
                Map.entry(over.surveyId(), "survey.answering.closed"),
                Map.entry(closed.surveyId(), "survey.answering.closed"))) {
            assertThatThrownBy(() -> answering.start(jeune, refusal.getKey()))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("survey", refusal.getValue()));
            assertThatThrownBy(() -> answering.open(jeune, refusal.getKey(), null))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> answering.finish(jeune, refusal.getKey(), "AAAAAAAAAAAAAAAAAAAA"))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(answering.start(jeune, lastDay.surveyId())).hasSize(SurveyAnswering.CODE_LENGTH);
        assertThat(answering.mySurveys(jeune))
                .extracting(SurveyForRespondent::surveyId)
                .doesNotContain(later.surveyId());
    }

    @Test
    void aNamedSurveyResumesByThePersonTheSheetCarries() {
        SurveyImport.Loaded survey = fixtures.survey(false, false);
        Map<String, Long> q = young(survey);
        Viewer jeune = fixtures.youngPerson();
        long id = survey.surveyId();
        assertThat(answering.start(jeune, id)).isEmpty();
        assertThat(answering.start(jeune, id)).as("started once").isEmpty();
        page1(jeune, id, "", q);
        SurveyForm form = answering.open(jeune, id, null);
        assertThat(form.anonymous()).isFalse();
        assertThat(form.state()).isEqualTo(SheetState.IN_PROGRESS);
        assertThat(form.answers()).containsKey(q.get("mood"));
        assertThat(rows(
                        "survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id",
                        "v.version_id = :p AND sh.person_key = 'Y:" + jeune.youngPersonId()
                                + "' AND sh.resume_hash IS NULL",
                        survey.versionId()))
                .isEqualTo(1);
        assertThat(answering.mySurveys(jeune))
                .filteredOn(s -> s.surveyId() == id)
                .singleElement()
                .satisfies(s -> assertThat(s.namedStarted()).isTrue());
        // Another person does not find it.
        Viewer other = fixtures.youngPerson();
        assertThat(answering.open(other, id, null).state()).isEqualTo(SheetState.NONE);
        page2(jeune, id, null, q);
        answering.finish(jeune, id, null);
        assertThat(answering.open(jeune, id, null).state()).isEqualTo(SheetState.FINISHED);
    }

    @Test
    void onlyThoseTheSurveyAsksMayAnswerIt() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        long id = survey.surveyId();
        Viewer parent = fixtures.parent();
        String code = answering.start(parent, id);
        SurveyForm form = answering.open(parent, id, code);
        assertThat(form.band()).isEqualTo(SurveyBand.PARENTS);
        assertThat(rows(
                        "survey_sheet",
                        "variant_id = :p AND territory_id IS NULL",
                        survey.variantIds().get("PARENTS")))
                .isEqualTo(1);
        // A young person outside the band, and professionals, are refused whatever they ask.
        List<Viewer> refused = List.of(
                fixtures.teen(),
                TestSignIn.viewer(context, "claire"),
                TestSignIn.viewer(context, "yanis"),
                TestSignIn.viewer(context, "odpe"),
                TestSignIn.viewer(context, "admin"));
        for (Viewer viewer : refused) {
            assertThatThrownBy(() -> answering.start(viewer, id)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> answering.open(viewer, id, code)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> answering.savePage(viewer, id, code, 1, List.of()))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> answering.finish(viewer, id, code)).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(answering.mySurveys(refused.getFirst()))
                .extracting(SurveyForRespondent::surveyId)
                .doesNotContain(id);
        assertThatThrownBy(() -> answering.mySurveys(TestSignIn.viewer(context, "claire")))
                .isInstanceOf(AccessRefusedException.class);
        // The test's surveys ask no demo persona (their audience leaves out the personas' territory).
        for (String persona : List.of("lina", "amina", "mehdi", "karim", "sofia")) {
            assertThat(answering.mySurveys(TestSignIn.viewer(context, persona)))
                    .extracting(SurveyForRespondent::surveyId)
                    .doesNotContain(id);
        }
        // A draft asks nobody.
        jdbc.sql("UPDATE survey SET status = 'DRAFT' WHERE id = :id")
                .param("id", id)
                .update();
        assertThatThrownBy(() -> answering.open(parent, id, code)).isInstanceOf(AccessRefusedException.class);
    }
}
