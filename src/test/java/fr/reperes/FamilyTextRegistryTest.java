package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.dossier.FamilyTextColumn;
import fr.reperes.dossier.anonymity.AnonymityRecheck;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inventory of texts a parent can read. Every text column of the schema is either registered by its module as
 * parent-readable (then every write is guarded, and it is checked again when an anonymity order is made or the
 * placement changes) or listed below with the reason a parent never reads it. A column added by a migration fails
 * here until someone decides which.
 */
@IntegrationTest
class FamilyTextRegistryTest {

    private static final String SURVEY_TEXTS =
            "a survey's wording and the département's response, written by its authors for those it asks: no case text";
    private static final String CONTENT_TEXTS =
            "the département's livrets and guides, written by its administrators for everyone it follows: about no one";
    private static final String COUNCIL_TEXTS =
            "a council's texts: written by its members or the animateur (who never reads a file), read by its members; a parent reads them only in a conseil des parents, where no young person writes";

    /** Text columns no parent reads, or that cannot name a placement, and why. */
    private static final Map<String, String> NOT_FOR_PARENTS = Map.ofEntries(
            Map.entry("departement.code", "public"),
            Map.entry("departement.name", "public"),
            Map.entry("territory.name", "public: the territory, not the place"),
            Map.entry("professional.*", "the département's staff, not the placement"),
            Map.entry("service_team.*", "the département's services"),
            Map.entry("young_person.first_name", "the child's own name"),
            Map.entry("young_person.last_name", "the child's own name"),
            Map.entry("parent.*", "the parents' own identity"),
            Map.entry("parent_link.*", "codes"),
            Map.entry("account.*", "accounts"),
            Map.entry("account_identity.*", "sign-in identities"),
            Map.entry("invitation.*", "codes"),
            Map.entry("redemption_lock.*", "sign-in attempts"),
            Map.entry("audit_entry.*", "names and codes of the journal"),
            Map.entry("measure.kind", "code"),
            Map.entry("measure.decided_by", "code"),
            Map.entry("measure.placement_kind", "code"),
            Map.entry("measure.visiting_rights", "code"),
            Map.entry("measure.placement_name", "the secret itself: hidden by the policy (PLACEMENT_LOCATION)"),
            Map.entry("measure.placement_address", "the secret itself: hidden by the policy"),
            Map.entry("measure.placement_phone", "the secret itself: hidden by the policy"),
            Map.entry("care_plan_version.status", "code"),
            Map.entry("care_plan_version.author_name", "the référent's name"),
            Map.entry("care_plan_domain.domain", "code"),
            Map.entry("care_plan_action.domain", "code"),
            Map.entry("meeting.kind", "code"),
            Map.entry("meeting.notes_author_name", "the référent's name"),
            Map.entry("reaction.subject_kind", "code"),
            Map.entry("reaction.kind", "code"),
            Map.entry("reaction.comment", "written by the family member who reads it"),
            Map.entry("reaction.author_name", "the family member's name"),
            Map.entry("reaction.author_role", "code"),
            Map.entry("reaction.answered_by_name", "the référent's name"),
            Map.entry("notification.*", "a kind, a first name and a link: no case text"),
            Map.entry("meeting_reminder.*", "codes"),
            Map.entry("document.kind", "code"),
            Map.entry("document.uploaded_by_name", "the référent's name"),
            Map.entry("document.file_name", "never shown to the family"),
            Map.entry("contact.kind", "code"),
            Map.entry("partner.*", "the département's public directory"),
            Map.entry("autonomy_assessment.domain", "code"),
            Map.entry("autonomy_assessment.level", "code"),
            Map.entry("autonomy_step.domain", "code"),
            Map.entry("autonomy_step.status", "code"),
            Map.entry("autonomy_interview.scheduled_by_name", "the référent's name"),
            Map.entry("autonomy_interview.held_recorded_by_name", "the référent's name"),
            Map.entry("autonomy_project.author_name", "the référent's name"),
            Map.entry("autonomy_project_goal.domain", "code"),
            Map.entry("autonomy_project_action.domain", "code"),
            Map.entry("young_adult_contract.recorded_by_name", "the référent's name"),
            Map.entry("young_adult_request.status", "code"),
            Map.entry("young_adult_request_transition.*_status", "codes"),
            Map.entry("young_adult_request_transition.actor_name", "the young person's or référent's name"),
            Map.entry("young_adult_request_transition.actor_role", "code"),
            Map.entry("autonomy_reminder.*", "codes"),
            Map.entry("withheld_text.*", "the review list, for the référent"),
            Map.entry("observatory_published_cell.*", "codes and anonymous figures, for the observatory"),
            Map.entry("observatory_figure_unit.*", "codes of a protected table, for the observatory"),
            Map.entry("observatory_figure_cell.*", "codes and anonymous figures, for the observatory"),
            Map.entry("observatory_monthly_count.*", "codes and raw counts, never shown unprotected"),
            Map.entry(
                    "observatory_report.*",
                    "the observatory's yearly reports: protected tables and the département's words, for the"
                            + " observatory and the admin only"),
            Map.entry(
                    "observatory_report_indicator.*", "the département's comment on an indicator, for the observatory"),
            Map.entry("EVENT_PUBLICATION.*", "events waiting for their listener: ids and codes, no case text"),
            Map.entry("council.*", COUNCIL_TEXTS),
            Map.entry("council_mandate.*", COUNCIL_TEXTS),
            Map.entry("council_invitation.*", COUNCIL_TEXTS),
            Map.entry("council_session.*", COUNCIL_TEXTS),
            Map.entry("council_vote.*", COUNCIL_TEXTS),
            Map.entry("council_vote_receipt.*", COUNCIL_TEXTS),
            Map.entry("council_vote_tally.*", COUNCIL_TEXTS),
            Map.entry("council_vote_roll.*", "who has voted, as a code of the person: no text"),
            Map.entry("council_answer_entry.*", COUNCIL_TEXTS),
            Map.entry("proposal.*", COUNCIL_TEXTS),
            Map.entry("proposal_attachment.*", COUNCIL_TEXTS),
            Map.entry("proposal_comment.*", COUNCIL_TEXTS),
            Map.entry("comment_report.*", COUNCIL_TEXTS),
            Map.entry("council_danger_routing.*", "who was told of a danger: read by the référent and the animateur"),
            Map.entry("survey.*", SURVEY_TEXTS),
            Map.entry("survey_audience.*", "codes"),
            Map.entry("survey_indicator.*", SURVEY_TEXTS),
            Map.entry("survey_variant.*", SURVEY_TEXTS),
            Map.entry("survey_question.*", SURVEY_TEXTS),
            Map.entry("survey_option.*", SURVEY_TEXTS),
            Map.entry("survey_participation.*", "who has answered, as a code of the person: no text"),
            Map.entry("survey_sheet.*", "codes; the person's code only on a named survey, read by no parent"),
            Map.entry(
                    "survey_answer.*",
                    "a respondent's answers: read by the survey's authors (animateur, observatoire, who never read a"
                            + " file) and by their writer; given back only as suppressed counts and texts an author"
                            + " made publishable"),
            Map.entry(
                    "survey_danger_routing.*",
                    "a free text routed to the CRIP as a danger: read by the survey's authors and mailed to the CRIP"),
            Map.entry("content_book.*", CONTENT_TEXTS),
            Map.entry("content_book_title.*", CONTENT_TEXTS),
            Map.entry("content_page.*", CONTENT_TEXTS),
            Map.entry("content_version.*", CONTENT_TEXTS),
            Map.entry("content_draft.*", CONTENT_TEXTS),
            Map.entry("content_reading_language.*", "a language code"),
            Map.entry("livret_offer.*", "codes: the reader's person code and a language code"),
            Map.entry("flyway_schema_history.*", "migrations"));

    @Autowired
    AnonymityRecheck recheck;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTextColumnIsEitherGuardedForParentsOrKnownNotToReachThem() {
        Set<String> registered =
                recheck.columns().stream().map(FamilyTextColumn::source).collect(Collectors.toSet());
        List<String> columns = jdbc.sql("""
                        SELECT CONCAT(c.table_name, '.', c.column_name) FROM information_schema.columns c
                        JOIN information_schema.tables t
                          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = DATABASE()
                          -- A published view only selects its table's columns, decided with the table.
                          AND t.table_type = 'BASE TABLE'
                          AND c.data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext',
                                            'blob', 'mediumblob', 'longblob', 'json')""").query(String.class).list();
        Set<String> undecided = new TreeSet<>();
        for (String column : columns) {
            if (!registered.contains(column)
                    && NOT_FOR_PARENTS.keySet().stream().noneMatch(k -> matches(k, column))) {
                undecided.add(column);
            }
        }
        assertThat(undecided)
                .as("text columns nobody decided about: register them as parent-readable "
                        + "(FamilyTextColumns) or say here why no parent reads them")
                .isEmpty();
    }

    @Test
    void everyRegisteredColumnExistsAndItsSelectRuns() {
        for (FamilyTextColumn column : recheck.columns()) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                                    + "AND table_name = :t AND column_name = :c")
                            .param("t", column.table())
                            .param("c", column.column())
                            .query(Long.class)
                            .single())
                    .as(column.source())
                    .isEqualTo(1);
            assertThat(jdbc.sql(column.select()).param("yp", -1).query().listOfRows())
                    .as(column.source())
                    .isEmpty();
        }
    }

    private static boolean matches(String pattern, String column) {
        if (pattern.endsWith(".*")) {
            return column.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        if (pattern.contains("*")) {
            return column.matches(pattern.replace(".", "\\.").replace("*", ".*"));
        }
        return pattern.equals(column);
    }
}
