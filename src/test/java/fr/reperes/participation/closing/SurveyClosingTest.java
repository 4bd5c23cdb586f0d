package fr.reperes.participation.closing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.TwoInstances;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerInput;
import fr.reperes.participation.SurveyAnswering;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.imports.SurveyImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The close: a survey past its last day is closed once, its unfinished sheets (and their answers) deleted once their
 * texts were reviewed, resume
 * codes forgotten, and the territory emptied on the finished sheets of a territory with fewer than five; a second run
 * changes nothing.
 */
@IntegrationTest
class SurveyClosingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyAnswering answering;

    @Autowired
    SurveyClosing closing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void closingDeletesUnfinishedSheetsAndBlanksSmallTerritoriesOnce() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, true);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        long big = fixtures.territoryWith(6);
        long small = fixtures.otherTerritory(big, 3);
        List<Viewer> finishing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            finishing.add(fixtures.youngPerson(big));
        }
        finishing.add(fixtures.youngPerson(small));
        finishing.add(fixtures.youngPerson(small));
        for (Viewer viewer : finishing) {
            String code = answering.start(viewer, id);
            answering.savePage(
                    viewer,
                    id,
                    code,
                    1,
                    List.of(
                            new AnswerInput(q.get("mood"), List.of("5")),
                            new AnswerInput(q.get("yn"), List.of("YES"))));
            answering.savePage(viewer, id, code, 2, List.of(new AnswerInput(q.get("single"), List.of("s1"))));
            answering.finish(viewer, id, code);
        }
        Viewer stopping = fixtures.youngPerson(big);
        String unfinished = answering.start(stopping, id);
        answering.savePage(
                stopping,
                id,
                unfinished,
                1,
                List.of(
                        new AnswerInput(q.get("mood"), List.of("1")),
                        new AnswerInput(q.get("yn"), List.of("NO")),
                        new AnswerInput(q.get("why"), List.of("je m'arrête là"))));
        assertThat(count(id, "")).isEqualTo(8);

        LocalDate today = LocalDate.now();
        assertThat(closing.closeDue(today))
                .as("not due before its last day is over")
                .isZero();
        jdbc.sql("UPDATE survey SET closes_on = :d WHERE id = :id")
                .param("d", today.minusDays(1))
                .param("id", id)
                .update();
        assertThat(closing.closeDue(today)).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("SELECT status FROM survey WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        // The unfinished sheet holds a text no moderator has read: kept, its text handed to them, until reviewed.
        assertThat(count(id, " AND NOT sh.finished")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT text_review FROM survey_answer WHERE text_value = 'je m''arrête là'")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
        jdbc.sql("UPDATE survey_answer SET text_review = 'HIDDEN' WHERE text_value = 'je m''arrête là'")
                .update();
        closing.closeDue(today);
        assertThat(count(id, "")).isEqualTo(7);
        assertThat(count(id, " AND NOT sh.finished")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE text_value = 'je m''arrête là'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(count(id, " AND sh.resume_hash IS NOT NULL")).isZero();
        // The small territory's 2 are emptied; 2 emptied sheets would be a group of their own (those of small
        // territories), so the next smallest territory is emptied too.
        assertThat(count(id, " AND sh.territory_id = " + small)).isZero();
        assertThat(count(id, " AND sh.territory_id = " + big)).isZero();
        assertThat(count(id, " AND sh.territory_id IS NULL")).isEqualTo(7);

        String before = snapshot();
        assertThat(closing.closeDue(today)).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aSurveyItsAuthorClosedIsTidiedAtTheNextRun() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Viewer viewer = fixtures.youngPerson();
        answering.start(viewer, survey.surveyId());
        jdbc.sql("UPDATE survey SET status = 'CLOSED' WHERE id = :id")
                .param("id", survey.surveyId())
                .update();
        closing.closeDue(LocalDate.now());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id"
                                + " WHERE v.version_id = :v")
                        .param("v", survey.versionId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private int count(long surveyId, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id WHERE sv.survey_id = :s" + condition)
                .param("s", surveyId)
                .query(Integer.class)
                .single();
    }

    private String snapshot() {
        return jdbc.sql("SELECT CONCAT(HEX(id), ':', COALESCE(territory_id, '-'), ':', finished) FROM survey_sheet"
                                + " ORDER BY id")
                        .query(String.class)
                        .list()
                        .toString()
                + jdbc.sql("SELECT COUNT(*) FROM survey_answer")
                        .query(Integer.class)
                        .single();
    }

    /**
     * Two instances' hourly runs at the same moment: every due survey is closed by exactly one of them (the sum of
     * their counts is the number of surveys that were due), and the close's tidying is done once.
     */
    @Test
    void twoInstancesRunningAtOnceCloseEachDueSurveyOnce() throws Exception {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, true);
        long id = survey.surveyId();
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        long big = fixtures.territoryWith(6);
        for (int i = 0; i < 6; i++) {
            Viewer viewer = fixtures.youngPerson(big);
            String code = answering.start(viewer, id);
            answering.savePage(
                    viewer,
                    id,
                    code,
                    1,
                    List.of(
                            new AnswerInput(q.get("mood"), List.of("4")),
                            new AnswerInput(q.get("yn"), List.of("YES"))));
            if (i < 5) {
                answering.savePage(viewer, id, code, 2, List.of(new AnswerInput(q.get("single"), List.of("s1"))));
                answering.finish(viewer, id, code);
            }
        }
        LocalDate today = LocalDate.now();
        jdbc.sql("UPDATE survey SET closes_on = :d WHERE id = :id")
                .param("d", today.minusDays(1))
                .param("id", id)
                .update();
        int due = jdbc.sql("SELECT COUNT(*) FROM survey WHERE status = 'PUBLISHED' AND closes_on < :today")
                .param("today", today)
                .query(Integer.class)
                .single();

        List<Integer> closed = TwoInstances.atOnce(() -> closing.closeDue(today));

        assertThat(closed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(due);
        assertThat(jdbc.sql("SELECT status FROM survey WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        assertThat(count(id, "")).isEqualTo(5);
        assertThat(count(id, " AND NOT sh.finished")).isZero();
    }
}
