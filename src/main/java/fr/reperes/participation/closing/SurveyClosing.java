package fr.reperes.participation.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes every published survey whose last day is over, on every instance: one conditional UPDATE per survey
 * ("PUBLISHED and closes_on before today" becomes CLOSED) decides which run closes it, and in the same transaction that
 * run
 * <ul>
 *   <li>hands every free text still waiting for the daily batch (NEW) to the moderators (PENDING),</li>
 *   <li>deletes the unfinished sheets (they count for nothing; their answers go with them) once none of their texts
 *       waits for a moderator: a danger written in a sheet never finished is read before it goes; a later run sweeps
 *       those sheets when their texts have been reviewed,</li>
 *   <li>forgets every resume code (nothing can be changed any more),</li>
 *   <li>empties the territory of the finished sheets of any (variant, territory) group of fewer than five, so that a
 *       territory filter never isolates a handful of respondents; then, while the emptied sheets of a variant are 1 to 4, the
 *       smallest remaining territory of that variant too (the emptied are a group of their own).</li>
 * </ul>
 * "Clore maintenant" tidies in its own transaction with {@link #tidy}, the one implementation; a survey closed
 * otherwise is tidied at the next run: the tidying is idempotent.
 * <p>
 * Free texts reach the moderation list in daily batches ({@link #releaseTexts}), never one at a time, so that an
 * author who looks at the list before and after a known person's sitting does not learn which text is theirs. See
 * docs/survey-anonymity.md.
 */
@Component
public class SurveyClosing {

    /** Fewer finished sheets than this in a (variant, territory) group: their territory is emptied. */
    static final int SMALLEST_GROUP = 5;

    private static final String SHEETS_OF_SURVEY = "sh.variant_id IN (SELECT v.id FROM survey_variant v"
            + " JOIN survey_version sv ON sv.id = v.version_id WHERE sv.survey_id = :survey)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SurveyClosing(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Closing dates are days: an hourly run closes a survey within an hour of its last day's end. */
    @Scheduled(fixedDelayString = "${reperes.surveys.closing.every:PT1H}", initialDelayString = "PT1M")
    void run() {
        closeDue(LocalDate.now(clock));
    }

    /**
     * Once a day, every free text written since the last batch (NEW) goes to the moderation list (PENDING) at once,
     * for every survey: one statement.
     */
    @Scheduled(cron = "${reperes.surveys.texts.release:0 0 6 * * *}", zone = "${reperes.zone}")
    void releaseDaily() {
        releaseTexts();
    }

    /** Hands every NEW text to the moderators; returns how many. */
    int releaseTexts() {
        return jdbc.sql("UPDATE survey_answer SET text_review = 'PENDING' WHERE text_review = 'NEW'")
                .update();
    }

    /** Closes the surveys due on this day and tidies the closed ones; returns how many this run closed. */
    int closeDue(LocalDate today) {
        int closed = 0;
        List<Long> due = jdbc.sql("SELECT id FROM survey WHERE status = 'PUBLISHED' AND closes_on < :today ORDER BY id")
                .param("today", today)
                .query(Long.class)
                .list();
        for (long surveyId : due) {
            Boolean mine = transactions.execute(status -> {
                int updated = jdbc.sql("UPDATE survey SET status = 'CLOSED'"
                                + " WHERE id = :survey AND status = 'PUBLISHED' AND closes_on < :today")
                        .param("survey", surveyId)
                        .param("today", today)
                        .update();
                if (updated == 1) {
                    tidy(jdbc, surveyId);
                }
                return updated == 1;
            });
            if (Boolean.TRUE.equals(mine)) {
                closed++;
            }
        }
        List<Long> untidy = jdbc.sql("SELECT s.id FROM survey s WHERE s.status = 'CLOSED' AND EXISTS ("
                        + "SELECT 1 FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id"
                        + " JOIN survey_version sv ON sv.id = v.version_id WHERE sv.survey_id = s.id"
                        + " AND ((NOT sh.finished AND " + NOTHING_TO_READ + ")"
                        + " OR sh.resume_hash IS NOT NULL OR (sh.territory_id IS NOT NULL"
                        + " AND (SELECT COUNT(*) FROM survey_sheet o WHERE o.variant_id = sh.variant_id"
                        + " AND o.territory_id = sh.territory_id AND o.finished) < " + SMALLEST_GROUP + ")))"
                        + " ORDER BY s.id")
                .query(Long.class)
                .list();
        for (long surveyId : untidy) {
            transactions.executeWithoutResult(status -> tidy(jdbc, surveyId));
        }
        return closed;
    }

    /** No text of the sheet sh waits for the daily batch or for a moderator. */
    private static final String NOTHING_TO_READ = "NOT EXISTS (SELECT 1 FROM survey_answer ta WHERE ta.sheet_id = sh.id"
            + " AND ta.text_review IN ('NEW', 'PENDING'))";

    /**
     * Tidies a CLOSED survey, in the caller's transaction (which holds the survey row's lock): the close's one
     * implementation, for this job and for "Clore maintenant". Idempotent.
     */
    public static void tidy(JdbcClient jdbc, long surveyId) {
        jdbc.sql("UPDATE survey_answer a JOIN survey_sheet sh ON sh.id = a.sheet_id SET a.text_review = 'PENDING'"
                        + " WHERE a.text_review = 'NEW' AND " + SHEETS_OF_SURVEY)
                .param("survey", surveyId)
                .update();
        jdbc.sql("DELETE sh FROM survey_sheet sh WHERE NOT sh.finished AND " + NOTHING_TO_READ + " AND "
                        + SHEETS_OF_SURVEY)
                .param("survey", surveyId)
                .update();
        jdbc.sql("UPDATE survey_sheet sh SET sh.resume_hash = NULL WHERE sh.resume_hash IS NOT NULL AND "
                        + SHEETS_OF_SURVEY)
                .param("survey", surveyId)
                .update();
        jdbc.sql("UPDATE survey_sheet sh JOIN (SELECT g.variant_id, g.territory_id FROM survey_sheet g"
                        + " WHERE g.finished AND g.territory_id IS NOT NULL AND g.variant_id IN ("
                        + "SELECT v.id FROM survey_variant v JOIN survey_version sv ON sv.id = v.version_id"
                        + " WHERE sv.survey_id = :survey)"
                        + " GROUP BY g.variant_id, g.territory_id HAVING COUNT(*) < " + SMALLEST_GROUP
                        + ") small ON small.variant_id = sh.variant_id AND small.territory_id = sh.territory_id"
                        + " SET sh.territory_id = NULL")
                .param("survey", surveyId)
                .update();
        emptyUntilTheEmptiedAreFiveOrNone(jdbc, surveyId);
    }

    /**
     * Secondary emptying: the sheets whose territory was emptied are themselves a group (those of small territories),
     * which "has answered" and the territories of those asked would tell apart if it held fewer than five. While a
     * variant's emptied sheets number 1 to 4, the smallest remaining territory group of that variant is emptied too.
     */
    private static void emptyUntilTheEmptiedAreFiveOrNone(JdbcClient jdbc, long surveyId) {
        while (true) {
            List<long[]> exposed = jdbc.sql("SELECT sh.variant_id, COUNT(*) FROM survey_sheet sh"
                            + " WHERE sh.finished AND sh.territory_id IS NULL AND " + SHEETS_OF_SURVEY
                            + " AND sh.variant_id IN (SELECT t.variant_id FROM survey_sheet t"
                            + " WHERE t.finished AND t.territory_id IS NOT NULL)"
                            + " GROUP BY sh.variant_id HAVING COUNT(*) < " + SMALLEST_GROUP)
                    .param("survey", surveyId)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list();
            if (exposed.isEmpty()) {
                return;
            }
            for (long[] variant : exposed) {
                jdbc.sql("UPDATE survey_sheet sh JOIN (SELECT g.territory_id FROM survey_sheet g"
                                + " WHERE g.finished AND g.variant_id = :variant AND g.territory_id IS NOT NULL"
                                + " GROUP BY g.territory_id ORDER BY COUNT(*), g.territory_id LIMIT 1) smallest"
                                + " ON smallest.territory_id = sh.territory_id"
                                + " SET sh.territory_id = NULL WHERE sh.finished AND sh.variant_id = :variant")
                        .param("variant", variant[0])
                        .update();
            }
        }
    }
}
