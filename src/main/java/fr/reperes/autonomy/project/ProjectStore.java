package fr.reperes.autonomy.project;

import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.ProjectAction;
import fr.reperes.identity.Viewer;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a projet d'accès à l'autonomie attached to a PPE version, and its actions as steps of the young person's
 * space, with no check of its own: the pathway service and the import check first. Internal to autonomy.
 */
@Component
public class ProjectStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProjectStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void store(
            Viewer author,
            long youngPersonId,
            long versionId,
            Map<AutonomyDomain, String> goals,
            List<ProjectAction> actions,
            Instant recordedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO autonomy_project (young_person_id, care_plan_version_id, author_account_id,
                                                      author_name, recorded_at)
                        VALUES (:yp, :version, :author, :authorName, :at)""")
                .param("yp", youngPersonId)
                .param("version", versionId)
                .param("author", author.accountId())
                .param("authorName", author.displayName())
                .param("at", Timestamp.from(recordedAt))
                .update(keys, "id");
        long projectId = Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        template.batchUpdate(
                "INSERT INTO autonomy_project_goal (project_id, domain, goals) VALUES (?, ?, ?)",
                goals.entrySet().stream()
                        .map(e -> new Object[] {projectId, e.getKey().name(), e.getValue()})
                        .toList());
        List<Object[]> actionRows = new ArrayList<>();
        List<Object[]> stepRows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ProjectAction a = actions.get(i);
            Date due = a.dueOn() == null ? null : Date.valueOf(a.dueOn());
            actionRows.add(new Object[] {
                projectId, a.domain().name(), i, a.what().trim(), a.who().trim(), due
            });
            stepRows.add(new Object[] {
                youngPersonId,
                a.domain().name(),
                a.what().trim(),
                due,
                a.who().trim(),
                projectId,
                Timestamp.from(recordedAt)
            });
        }
        template.batchUpdate(
                "INSERT INTO autonomy_project_action (project_id, domain, position, what, who, due_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                actionRows);
        template.batchUpdate(
                "INSERT INTO autonomy_step (young_person_id, domain, title, status, due_on, helper, "
                        + "project_id, created_at) VALUES (?, ?, ?, 'TODO', ?, ?, ?, ?)",
                stepRows);
    }

    /** The projet's texts the family reads with the PPE version, by field. */
    public static Map<String, String> familyTexts(Map<AutonomyDomain, String> goals, List<ProjectAction> actions) {
        Map<String, String> familyTexts = new LinkedHashMap<>();
        goals.forEach((domain, text) -> familyTexts.put(domain.name() + ".goals", text));
        for (int i = 0; i < actions.size(); i++) {
            familyTexts.put("action." + i + ".what", actions.get(i).what());
            familyTexts.put("action." + i + ".who", actions.get(i).who());
        }
        return familyTexts;
    }
}
