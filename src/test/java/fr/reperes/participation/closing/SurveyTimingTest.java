package fr.reperes.participation.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerInput;
import fr.reperes.participation.SheetState;
import fr.reperes.participation.SurveyAnswering;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.participation.SurveyFigures;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.SurveyResults;
import fr.reperes.participation.SurveyResults.Filter;
import fr.reperes.participation.SurveyResults.FreeText;
import fr.reperes.participation.SurveyResults.TextReview;
import fr.reperes.participation.SurveyResultsFixture;
import fr.reperes.participation.imports.SurveyImport;
import fr.reperes.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time as an attacker uses it (review of issue 12, items 2, 3, 6, 7, 14, 18): no count before the close, a close by
 * the author tidied at once, free texts in daily batches, a danger in an unfinished sheet read before it goes, a
 * moderation decision bound to the words read, a routed text routed for good, no version identical to the previous
 * one, a save and a finish of one sheet one after the other, and no code crossing bands.
 */
@IntegrationTest
class SurveyTimingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    SurveyResults results;

    @Autowired
    SurveyEditor editor;

    @Autowired
    SurveyFigures figures;

    @Autowired
    SurveyClosing closing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private Viewer yanis() {
        return TestSignIn.viewer(context, "yanis");
    }

    private static AnswerInput a(long questionId, String... values) {
        return new AnswerInput(questionId, List.of(values));
    }

    /** Page 1 answered NO, so that "why" (a short text) is asked. */
    private void page1(Viewer viewer, long surveyId, String code, Map<String, Long> q, String why) {
        answering.savePage(
                viewer, surveyId, code, 1, List.of(a(q.get("mood"), "2"), a(q.get("yn"), "NO"), a(q.get("why"), why)));
    }

    private void finishSheet(Viewer viewer, long surveyId, String code, Map<String, Long> q, String why) {
        page1(viewer, surveyId, code, q, why);
        answering.savePage(viewer, surveyId, code, 2, List.of(a(q.get("single"), "s1")));
        answering.finish(viewer, surveyId, code);
    }

    private String review(String text) {
        return jdbc.sql("SELECT text_review FROM survey_answer WHERE text_value = :t")
                .param("t", text)
                .query(String.class)
                .single();
    }

    private int sheets(long surveyId, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id WHERE sv.survey_id = :s" + condition)
                .param("s", surveyId)
                .query(Integer.class)
                .single();
    }

    private FreeText listed(long surveyId, String text) {
        return results.texts(yanis(), surveyId, null).stream()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void noCountIsReadBeforeTheCloseNeitherByAuthorsNorByTheObservatory() {
        SurveyResultsFixture f = new SurveyResultsFixture(context, true);
        f.write(f.random(new Random(7), 80));
        Viewer odpe = TestSignIn.viewer(context, "odpe");

        SurveyResults.Page open = results.results(f.yanis, f.surveyId, Filter.everything());
        assertThat(open.questions()).isEmpty();
        assertThat(open.groups()).isEmpty();
        assertThat(open.sheets().count()).isEmpty();
        assertThat(figures.figures(odpe)).noneMatch(s -> s.surveyId() == f.surveyId);

        f.close();
        assertThat(results.results(f.yanis, f.surveyId, Filter.everything()).questions())
                .isNotEmpty();
        assertThat(figures.figures(odpe)).anyMatch(s -> s.surveyId() == f.surveyId);
    }

    @Test
    void closingNowTidiesInTheSameTransaction() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, true);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer finishing = fixtures.youngPerson();
        finishSheet(finishing, id, answering.start(finishing, id), q, "tout va bien " + id);
        Viewer stopping = fixtures.youngPerson();
        String stopped = answering.start(stopping, id);
        answering.savePage(stopping, id, stopped, 1, List.of(a(q.get("mood"), "3"), a(q.get("yn"), "YES")));
        assertThat(review("tout va bien " + id)).isEqualTo("NEW");

        editor.closeNow(yanis(), id);

        // No later run needed: the unfinished sheet without a text is gone, codes forgotten, texts handed over.
        assertThat(sheets(id, " AND NOT sh.finished")).isZero();
        assertThat(sheets(id, " AND sh.resume_hash IS NOT NULL")).isZero();
        assertThat(review("tout va bien " + id)).isEqualTo("PENDING");
        assertThat(sheets(id, " AND sh.territory_id IS NOT NULL"))
                .as("a territory of one finished sheet is emptied at once")
                .isZero();
    }

    @Test
    void freeTextsReachTheModeratorsInDailyBatchesNotOneAtATime() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        for (int i = 0; i < 3; i++) {
            Viewer viewer = fixtures.youngPerson();
            finishSheet(viewer, id, answering.start(viewer, id), q, "batch " + id + " " + i);
        }
        assertThat(results.texts(yanis(), id, null))
                .as("typed today, listed tomorrow")
                .isEmpty();

        assertThat(closing.releaseTexts()).isGreaterThanOrEqualTo(3);

        assertThat(results.texts(yanis(), id, null))
                .extracting(FreeText::text)
                .containsExactlyInAnyOrder("batch " + id + " 0", "batch " + id + " 1", "batch " + id + " 2");
        assertThat(results.texts(yanis(), id, null)).allMatch(t -> t.review() == TextReview.PENDING);
    }

    @Test
    void aDangerWrittenInAnUnfinishedSheetIsReadBeforeTheSheetGoes() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer child = fixtures.youngPerson();
        String code = answering.start(child, id);
        String danger = "il me frappe " + id;
        page1(child, id, code, q, danger);
        closing.releaseTexts();
        assertThat(results.texts(yanis(), id, TextReview.PENDING))
                .extracting(FreeText::text)
                .containsExactly(danger);

        editor.closeNow(yanis(), id);
        closing.closeDue(LocalDate.now());
        assertThat(sheets(id, " AND NOT sh.finished"))
                .as("kept while its text waits for a moderator")
                .isEqualTo(1);
        FreeText text = listed(id, danger);
        results.review(yanis(), id, text.questionId(), text.token(), TextReview.HIDDEN);

        closing.closeDue(LocalDate.now());
        assertThat(sheets(id, "")).isZero();
        assertThat(results.results(yanis(), id, Filter.everything())
                        .sheets()
                        .count()
                        .orElse(0))
                .as("an unfinished sheet never counts")
                .isZero();
    }

    @Test
    void aDecisionBindsToTheWordsReadAndARoutedTextStaysRouted() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, true);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer writer = fixtures.youngPerson();
        String code = answering.start(writer, id);
        finishSheet(writer, id, code, q, "première version " + id);
        closing.releaseTexts();
        FreeText read = listed(id, "première version " + id);

        page1(writer, id, code, q, "tout autre chose " + id);
        for (TextReview decision : List.of(TextReview.PUBLISHABLE, TextReview.HIDDEN)) {
            assertThatThrownBy(() -> results.review(yanis(), id, read.questionId(), read.token(), decision))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsEntry("text", "survey.results.error.text-changed"));
        }
        assertThatThrownBy(() -> results.routeDanger(yanis(), id, read.questionId(), read.token()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("text", "survey.results.error.text-changed"));
        assertThat(review("tout autre chose " + id)).isEqualTo("NEW");

        closing.releaseTexts();
        FreeText reread = listed(id, "tout autre chose " + id);
        results.routeDanger(yanis(), id, reread.questionId(), reread.token());
        assertThat(review("tout autre chose " + id)).isEqualTo("ROUTED");

        // Reworded after the routing: still routed, never kept for publication.
        page1(writer, id, code, q, "je retire ce que j'ai dit " + id);
        assertThat(review("je retire ce que j'ai dit " + id)).isEqualTo("ROUTED");
        closing.releaseTexts();
        FreeText reworded = listed(id, "je retire ce que j'ai dit " + id);
        assertThat(reworded.review()).isEqualTo(TextReview.ROUTED);
        results.review(yanis(), id, reworded.questionId(), reworded.token(), TextReview.PUBLISHABLE);
        assertThat(review("je retire ce que j'ai dit " + id)).isEqualTo("ROUTED");
    }

    @Test
    void aVersionIdenticalToThePreviousOneIsNotPublished() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        long id = fixtures.survey(true, false).surveyId();
        editor.newVersion(yanis(), id);
        assertThatThrownBy(() -> editor.publish(yanis(), id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("publish", "survey.publish.invalid.unchanged"));
        editor.saveVariant(yanis(), id, SurveyBand.PARENTS, "Votre avis, corrigé", "Quelques questions.");
        editor.publish(yanis(), id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_version WHERE survey_id = :s AND published_at IS NOT NULL")
                        .param("s", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /**
     * A finish holds its sheet until it commits: a save of the same sheet meanwhile waits, then finds it finished (on
     * a survey without changes) and writes nothing. Without the lock, the save rewrote the answers of a sheet being
     * finished.
     */
    @Test
    void aSaveWaitsForTheFinishOfTheSameSheet() throws Exception {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(false, false);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer jeune = fixtures.youngPerson();
        answering.start(jeune, id);
        answering.savePage(jeune, id, null, 1, List.of(a(q.get("mood"), "4"), a(q.get("yn"), "YES")));
        answering.savePage(jeune, id, null, 2, List.of(a(q.get("single"), "s1")));
        CountDownLatch finished = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> finishing = pool.submit(() -> transactions.executeWithoutResult(status -> {
                answering.finish(jeune, id, null);
                finished.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
            Future<?> saving =
                    pool.submit(() -> answering.savePage(jeune, id, null, 2, List.of(a(q.get("single"), "s2"))));
            // The save runs until it waits inside a statement on the finish's locks (or, unlocked, completes).
            boolean waited = false;
            while (!waited && !saving.isDone()) {
                try {
                    saving.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    waited = lockWaits() > 0;
                } catch (ExecutionException ignored) {
                    // judged below
                }
            }
            release.countDown();
            finishing.get(60, TimeUnit.SECONDS);
            assertThatThrownBy(() -> saving.get(60, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e.getCause()).fieldErrors())
                            .containsEntry("survey", "survey.answering.no-changes"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(answering.open(jeune, id, null).answers()).containsEntry(q.get("single"), List.of("s1"));
    }

    /** Statements of other connections running (so, here, waiting) on the survey tables. */
    private int lockWaits() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                        + " AND COMMAND = 'Query' AND INFO LIKE '%survey\\_%'")
                .query(Integer.class)
                .single();
    }

    @Test
    void aCodeOfAnotherBandsSheetIsRefusedLikeAnUnknownCode() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        long id = survey.surveyId();
        Viewer parent = fixtures.parent();
        String parentsCode = answering.start(parent, id);
        Viewer jeune = fixtures.youngPerson();

        assertThat(answering.open(jeune, id, parentsCode).state()).isEqualTo(SheetState.NONE);
        assertThat(answering.open(parent, id, parentsCode).state()).isEqualTo(SheetState.IN_PROGRESS);
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("PARENTS"));
        assertThatThrownBy(() -> answering.savePage(
                        jeune, id, parentsCode, 1, List.of(a(q.get("mood"), "4"), a(q.get("yn"), "YES"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("survey", "survey.answering.no-sheet"));
        assertThatThrownBy(() -> answering.finish(jeune, id, parentsCode))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("survey", "survey.answering.no-sheet"));
    }
}
