package fr.reperes.dossier.anonymity;

import static fr.reperes.dossier.FamilyTextColumn.pdf;
import static fr.reperes.dossier.FamilyTextColumn.text;

import fr.reperes.access.InformationKind;
import fr.reperes.dossier.FamilyTextColumn;
import fr.reperes.dossier.FamilyTextColumns;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dossier's texts a parent can read: documents, meetings, the published PPE, answers, contacts, visits. */
@Component
public class DossierFamilyTexts implements FamilyTextColumns {

    public static final String DOCUMENT_TITLE = "document.title";
    public static final String DOCUMENT_CONTENT = "document.content";
    public static final String MEETING_PLACE = "meeting.place";
    public static final String MEETING_INVITED = "meeting.invited";
    public static final String MEETING_QUESTIONS = "meeting.questions";
    public static final String MEETING_NOTES = "meeting.notes";
    public static final String YOUTH_WORDS = "care_plan_version.youth_words";
    public static final String PARENTS_WORDS = "care_plan_version.parents_words";
    public static final String NEEDS = "care_plan_domain.needs";
    public static final String OBJECTIVES = "care_plan_domain.objectives";
    public static final String EVALUATION = "care_plan_domain.evaluation";
    public static final String ACTION_WHAT = "care_plan_action.what";
    public static final String ACTION_WHO = "care_plan_action.who";
    public static final String ANSWER = "reaction.answer";
    public static final String CONTACT_NAME = "contact.name";
    public static final String CONTACT_ORGANISATION = "contact.organisation";
    public static final String CONTACT_PHONE = "contact.phone";
    public static final String CONTACT_EMAIL = "contact.email";
    public static final String VISITING_FREQUENCY = "measure.visiting_frequency";

    private static final String PUBLISHED_DOMAIN =
            "SELECT CONCAT(d.version_id, '.', d.domain) AS row_key, d.%s AS text "
                    + "FROM care_plan_domain d JOIN care_plan_version v ON v.id = d.version_id "
                    + "WHERE v.young_person_id = :yp AND v.status = 'PUBLISHED'";
    private static final String PUBLISHED_ACTION = "SELECT a.id AS row_key, a.%s AS text FROM care_plan_action a "
            + "JOIN care_plan_version v ON v.id = a.version_id WHERE v.young_person_id = :yp AND v.status = 'PUBLISHED'";
    private static final String CONTACT =
            "SELECT id AS row_key, %s AS text FROM contact " + "WHERE young_person_id = :yp AND NOT part_of_placement";

    @Override
    public List<FamilyTextColumn> familyTextColumns() {
        return List.of(
                text(
                        DOCUMENT_TITLE,
                        InformationKind.DOCUMENTS,
                        "SELECT id AS row_key, title AS text FROM document WHERE young_person_id = :yp"),
                pdf(
                        DOCUMENT_CONTENT,
                        InformationKind.DOCUMENTS,
                        "SELECT id AS row_key, content FROM document WHERE young_person_id = :yp AND shared"),
                meeting(MEETING_PLACE, "place"),
                meeting(MEETING_INVITED, "invited"),
                meeting(MEETING_QUESTIONS, "questions"),
                meeting(MEETING_NOTES, "notes"),
                text(
                        YOUTH_WORDS,
                        InformationKind.CARE_PLAN,
                        "SELECT id AS row_key, youth_words AS text "
                                + "FROM care_plan_version WHERE young_person_id = :yp AND status = 'PUBLISHED'"),
                text(
                        PARENTS_WORDS,
                        InformationKind.CARE_PLAN,
                        "SELECT id AS row_key, parents_words AS text "
                                + "FROM care_plan_version WHERE young_person_id = :yp AND status = 'PUBLISHED'"),
                text(NEEDS, InformationKind.CARE_PLAN, PUBLISHED_DOMAIN.formatted("needs")),
                text(OBJECTIVES, InformationKind.CARE_PLAN, PUBLISHED_DOMAIN.formatted("objectives")),
                text(EVALUATION, InformationKind.CARE_PLAN, PUBLISHED_DOMAIN.formatted("evaluation")),
                text(ACTION_WHAT, InformationKind.CARE_PLAN, PUBLISHED_ACTION.formatted("what")),
                text(ACTION_WHO, InformationKind.CARE_PLAN, PUBLISHED_ACTION.formatted("who")),
                text(
                        ANSWER,
                        InformationKind.IDENTITY,
                        "SELECT id AS row_key, answer AS text FROM reaction "
                                + "WHERE young_person_id = :yp AND author_role = 'PARENT'"),
                text(CONTACT_NAME, InformationKind.IDENTITY, CONTACT.formatted("name")),
                text(CONTACT_ORGANISATION, InformationKind.IDENTITY, CONTACT.formatted("organisation")),
                text(CONTACT_PHONE, InformationKind.IDENTITY, CONTACT.formatted("phone")),
                text(CONTACT_EMAIL, InformationKind.IDENTITY, CONTACT.formatted("email")),
                text(
                        VISITING_FREQUENCY,
                        InformationKind.MEASURES,
                        "SELECT id AS row_key, visiting_frequency AS text "
                                + "FROM measure WHERE young_person_id = :yp"));
    }

    private static FamilyTextColumn meeting(String source, String column) {
        return text(
                source,
                InformationKind.MEETINGS_AND_NOTES,
                "SELECT id AS row_key, " + column
                        + " AS text FROM meeting WHERE young_person_id = :yp"
                        + (column.equals("notes") ? " AND notes_published_at IS NOT NULL" : ""));
    }
}
