package fr.reperes.participation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only: forgets a demo persona's sheet after a browser test answered a demo survey as them, so that the demo stays
 * as its story tells it (other tests assert Lina has not answered). The sheet is found as the portal finds it, by the
 * SHA-256 of its resume code (survey_sheet.resume_hash), never by the person; then their "has answered" row goes.
 */
public final class SurveySheets {

    private SurveySheets() {}

    /** Deletes the sheet this resume code opens, with its answers, and the person's participation in the survey. */
    public static void forget(JdbcClient jdbc, long surveyId, String code, String personKey) {
        byte[] hash = SurveyAnswering.sha256(SurveyAnswering.normalized(code).orElse(code));
        jdbc.sql("""
                        DELETE FROM survey_answer WHERE sheet_id IN (
                            SELECT sh.id FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id
                            JOIN survey_version sv ON sv.id = v.version_id
                            WHERE sh.resume_hash = :hash AND sv.survey_id = :s)""").param("hash", hash).param("s", surveyId).update();
        jdbc.sql("""
                        DELETE sh FROM survey_sheet sh JOIN survey_variant v ON v.id = sh.variant_id
                        JOIN survey_version sv ON sv.id = v.version_id
                        WHERE sh.resume_hash = :hash AND sv.survey_id = :s""").param("hash", hash).param("s", surveyId).update();
        jdbc.sql("DELETE FROM survey_participation WHERE survey_id = :s AND person_key = :p")
                .param("s", surveyId)
                .param("p", personKey)
                .update();
    }
}
