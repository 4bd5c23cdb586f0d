package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.autonomy.grid.AutonomyService;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.autonomy.request.YoungAdultRequests;
import fr.reperes.content.ContentEditor;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.observatory.ObservatoryReports;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.participation.CouncilVotes;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.participation.answers.CouncilAnswers;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each length limit is one constant, read by the service's check and the form's field: here the migrated database is
 * asked whether it agrees, so a migration that changes a column without the constant (or the reverse) fails the
 * build instead of turning a person's text into a fault.
 */
@IntegrationTest
class LengthLimitsTest {

    /** utf8mb4: a character takes up to four bytes in a TEXT column, whose limit is in bytes. */
    private static final int BYTES_PER_CHARACTER = 4;

    private static final Pattern AT_MOST = Pattern.compile("<=\\s*(\\d+)|<\\s*(\\d+)");

    @Autowired
    JdbcClient jdbc;

    record Limit(String table, String column, int constant) {
        @Override
        public String toString() {
            return table + "." + column + " ≤ " + constant;
        }
    }

    static List<Limit> limits() {
        return List.of(
                new Limit("meeting", "place", MeetingService.MAX_PLACE),
                new Limit("meeting", "place", PathwayService.MAX_INTERVIEW_PLACE),
                new Limit("meeting", "invited", MeetingService.MAX_INVITED),
                new Limit("document", "title", DocumentService.MAX_TITLE),
                new Limit("care_plan_action", "what", CarePlanService.MAX_ACTION_WHAT),
                new Limit("care_plan_action", "who", CarePlanService.MAX_ACTION_WHO),
                new Limit("autonomy_assessment", "comment", AutonomyService.MAX_COMMENT),
                new Limit("autonomy_step", "title", AutonomyService.MAX_STEP_TITLE),
                new Limit("autonomy_step", "helper", AutonomyService.MAX_STEP_HELPER),
                new Limit("autonomy_project_action", "what", PathwayService.MAX_ACTION_WHAT),
                new Limit("autonomy_project_action", "who", PathwayService.MAX_ACTION_WHO),
                new Limit("young_adult_request", "other_support", YoungAdultRequests.MAX_OTHER_SUPPORT),
                new Limit("document", "file_name", DocumentService.MAX_FILE_NAME),
                new Limit("council_answer_entry", "responsible_service", CouncilAnswers.MAX_SERVICE),
                new Limit("council_answer_entry", "step", CouncilAnswers.MAX_STEP),
                new Limit("council_vote", "title", CouncilVotes.MAX_TITLE),
                // Texts the service bounds below what a TEXT column holds.
                new Limit("young_adult_request", "plans", YoungAdultRequests.MAX_PLANS),
                new Limit("young_adult_request", "refusal_reasons", YoungAdultRequests.MAX_PLANS),
                new Limit("young_adult_contract", "objectives", YoungAdultRequests.MAX_PLANS),
                new Limit("autonomy_interview", "wishes", PathwayService.MAX_TEXT),
                new Limit("autonomy_interview", "questions", PathwayService.MAX_TEXT),
                new Limit("autonomy_project_goal", "goals", PathwayService.MAX_GOALS),
                new Limit("council_answer_entry", "body", CouncilAnswers.MAX_TEXT),
                new Limit("reaction", "comment", ReactionService.MAX_COMMENT),
                new Limit("reaction", "answer", ReactionService.MAX_COMMENT),
                new Limit("meeting", "questions", MeetingService.MAX_TEXT),
                new Limit("meeting", "notes", MeetingService.MAX_TEXT),
                new Limit("care_plan_version", "youth_words", CarePlanService.MAX_TEXT),
                new Limit("care_plan_version", "parents_words", CarePlanService.MAX_TEXT),
                new Limit("care_plan_domain", "needs", CarePlanService.MAX_TEXT),
                new Limit("care_plan_domain", "objectives", CarePlanService.MAX_TEXT),
                new Limit("care_plan_domain", "evaluation", CarePlanService.MAX_TEXT),
                // issue 11: council members and sessions
                new Limit("council", "name", CouncilMembers.MAX_NAME),
                new Limit("council_session", "place", CouncilSessions.MAX_PLACE),
                new Limit("council_session", "online_link", CouncilSessions.MAX_LINK),
                new Limit("council_session", "agenda", CouncilSessions.MAX_TEXT),
                new Limit("council_session", "minutes", CouncilSessions.MAX_TEXT),
                // issue 12: builder
                new Limit("survey", "title", SurveyEditor.MAX_TITLE),
                new Limit("survey_variant", "title", SurveyEditor.MAX_TITLE),
                new Limit("survey_variant", "introduction", SurveyEditor.MAX_INTRODUCTION),
                new Limit("survey_question", "text", SurveyEditor.MAX_QUESTION),
                new Limit("survey_question", "help", SurveyEditor.MAX_HELP),
                new Limit("survey_option", "code", SurveyEditor.MAX_CODE),
                new Limit("survey_option", "label", SurveyEditor.MAX_OPTION),
                new Limit("survey_indicator", "code", SurveyEditor.MAX_CODE),
                new Limit("survey_indicator", "label", SurveyEditor.MAX_INDICATOR),
                // issue 13: editing
                new Limit("content_book", "code", ContentEditor.MAX_CODE),
                new Limit("content_book_title", "title", ContentEditor.MAX_TITLE),
                new Limit("content_page", "slug", ContentEditor.MAX_SLUG),
                new Limit("content_draft", "title", ContentEditor.MAX_TITLE),
                new Limit("content_draft", "body", ContentEditor.MAX_BODY),
                new Limit("content_version", "title", ContentEditor.MAX_TITLE),
                new Limit("content_version", "body", ContentEditor.MAX_BODY),
                // issue 14: yearly report
                new Limit("observatory_report", "introduction", ObservatoryReports.MAX_INTRODUCTION),
                new Limit("observatory_report_indicator", "comment", ObservatoryReports.MAX_COMMENT));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void theDatabaseHoldsExactlyWhatTheServiceAccepts(Limit limit) {
        Map<String, Object> column = jdbc.sql("""
                        SELECT DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH FROM information_schema.COLUMNS
                        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :table AND COLUMN_NAME = :column""")
                .param("table", limit.table())
                .param("column", limit.column())
                .query()
                .singleRow();
        String type = column.get("DATA_TYPE").toString();
        if (type.equals("varchar")) {
            assertThat(((Number) column.get("CHARACTER_MAXIMUM_LENGTH")).longValue())
                    .as("size of the column %s.%s", limit.table(), limit.column())
                    .isEqualTo(limit.constant());
        } else {
            // A TEXT column has no size in characters: it must at least hold the longest text the service accepts.
            assertThat(type).isIn("text", "mediumtext", "longtext");
            assertThat(((Number) column.get("CHARACTER_OCTET_LENGTH")).longValue())
                    .as("bytes the column %s.%s holds", limit.table(), limit.column())
                    .isGreaterThanOrEqualTo((long) limit.constant() * BYTES_PER_CHARACTER);
        }
        // A CHECK on the column's length, if a migration adds one, says the same number.
        List<String> checks =
                jdbc.sql("""
                        SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
                        WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :table""").param("table", limit.table()).query(String.class).list();
        for (String check : checks) {
            if (!check.contains(limit.column()) || !check.toLowerCase().contains("length")) {
                continue;
            }
            Matcher atMost = AT_MOST.matcher(check);
            assertThat(atMost.find()).as("a bound in %s", check).isTrue();
            int bound =
                    atMost.group(1) != null ? Integer.parseInt(atMost.group(1)) : Integer.parseInt(atMost.group(2)) - 1;
            assertThat(bound).as(check).isEqualTo(limit.constant());
        }
    }
}
