package fr.reperes.autonomy.pathway;

import static fr.reperes.dossier.FamilyTextColumn.pdf;
import static fr.reperes.dossier.FamilyTextColumn.text;

import fr.reperes.access.InformationKind;
import fr.reperes.dossier.FamilyTextColumn;
import fr.reperes.dossier.FamilyTextColumns;
import java.util.List;
import org.springframework.stereotype.Component;

/** The autonomy pathway's texts a parent the policy allows can read, checked again when the placement changes. */
@Component
public class AutonomyFamilyTexts implements FamilyTextColumns {

    static final String STEP_TITLE = "autonomy_step.title";
    static final String STEP_HELPER = "autonomy_step.helper";
    static final String ASSESSMENT_COMMENT = "autonomy_assessment.comment";
    static final String GOALS = "autonomy_project_goal.goals";
    static final String PROJECT_WHAT = "autonomy_project_action.what";
    static final String PROJECT_WHO = "autonomy_project_action.who";
    static final String WISHES = "autonomy_interview.wishes";
    static final String QUESTIONS = "autonomy_interview.questions";
    static final String PLANS = "young_adult_request.plans";
    static final String OTHER_SUPPORT = "young_adult_request.other_support";
    static final String REFUSAL_REASONS = "young_adult_request.refusal_reasons";
    static final String NOTE = "young_adult_request_transition.note";
    static final String FILE_NAME = "young_adult_request_document.file_name";
    public static final String REQUEST_DOCUMENT = "young_adult_request_document.content";
    static final String OBJECTIVES = "young_adult_contract.objectives";

    private static final String REQUEST_DOCUMENTS = "SELECT d.id AS row_key, d.%s FROM young_adult_request_document d "
            + "JOIN young_adult_request r ON r.id = d.request_id WHERE r.young_person_id = :yp AND r.status <> 'DRAFT'";

    @Override
    public List<FamilyTextColumn> familyTextColumns() {
        InformationKind autonomy = InformationKind.AUTONOMY;
        return List.of(
                text(
                        STEP_TITLE,
                        autonomy,
                        "SELECT id AS row_key, title AS text FROM autonomy_step " + "WHERE young_person_id = :yp"),
                text(
                        STEP_HELPER,
                        autonomy,
                        "SELECT id AS row_key, helper AS text FROM autonomy_step " + "WHERE young_person_id = :yp"),
                text(
                        ASSESSMENT_COMMENT,
                        autonomy,
                        "SELECT domain AS row_key, comment AS text "
                                + "FROM autonomy_assessment WHERE young_person_id = :yp"),
                text(
                        GOALS,
                        autonomy,
                        "SELECT CONCAT(g.project_id, '.', g.domain) AS row_key, g.goals AS text "
                                + "FROM autonomy_project_goal g JOIN autonomy_project p ON p.id = g.project_id "
                                + "WHERE p.young_person_id = :yp"),
                text(PROJECT_WHAT, autonomy, projectAction("what")),
                text(PROJECT_WHO, autonomy, projectAction("who")),
                text(
                        WISHES,
                        autonomy,
                        "SELECT id AS row_key, wishes AS text FROM autonomy_interview "
                                + "WHERE young_person_id = :yp"),
                text(
                        QUESTIONS,
                        autonomy,
                        "SELECT id AS row_key, questions AS text FROM autonomy_interview "
                                + "WHERE young_person_id = :yp"),
                text(PLANS, autonomy, request("plans")),
                text(OTHER_SUPPORT, autonomy, request("other_support")),
                text(REFUSAL_REASONS, autonomy, request("refusal_reasons")),
                text(
                        NOTE,
                        autonomy,
                        "SELECT t.id AS row_key, t.note AS text FROM young_adult_request_transition t "
                                + "JOIN young_adult_request r ON r.id = t.request_id WHERE r.young_person_id = :yp"),
                text(FILE_NAME, autonomy, REQUEST_DOCUMENTS.formatted("file_name AS text")),
                pdf(REQUEST_DOCUMENT, autonomy, REQUEST_DOCUMENTS.formatted("content")),
                text(
                        OBJECTIVES,
                        autonomy,
                        "SELECT id AS row_key, objectives AS text FROM young_adult_contract "
                                + "WHERE young_person_id = :yp"));
    }

    private static String projectAction(String column) {
        return "SELECT CONCAT(a.project_id, '.', a.position) AS row_key, a." + column + " AS text "
                + "FROM autonomy_project_action a JOIN autonomy_project p ON p.id = a.project_id "
                + "WHERE p.young_person_id = :yp";
    }

    private static String request(String column) {
        // A draft is the young person's until sent: no one else reads it, so it is not rechecked (nor listed to
        // review).
        return "SELECT id AS row_key, " + column + " AS text FROM young_adult_request WHERE young_person_id = :yp "
                + "AND status <> 'DRAFT'";
    }
}
