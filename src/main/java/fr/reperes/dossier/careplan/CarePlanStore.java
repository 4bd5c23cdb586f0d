package fr.reperes.dossier.careplan;

import fr.reperes.dossier.AttachedVersion;
import fr.reperes.dossier.CarePlanAction;
import fr.reperes.dossier.CarePlanDraft;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes PPE versions, with no check of its own: the dossier's service calls it once the policy and the input have
 * been checked, and the import interface once the anonymity guard has. Internal to the dossier module.
 */
@Component
public class CarePlanStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    CarePlanStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Publishes a copy of the latest published version (or an empty one) with a new review date. */
    public AttachedVersion copyLatestAsPublished(
            long authorAccountId, String authorName, long youngPersonId, LocalDate nextReviewOn, Instant publishedAt) {
        Long latest = jdbc.sql("SELECT id FROM care_plan_version WHERE young_person_id = :id AND status = 'PUBLISHED' "
                        + "ORDER BY version_number DESC LIMIT 1")
                .param("id", youngPersonId)
                .query(Long.class)
                .optional()
                .orElse(null);
        int number = nextNumber(youngPersonId);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        // Inserted as a draft first: the triggers close a version's domains and actions once it is published.
        jdbc.sql("""
                        INSERT INTO care_plan_version (young_person_id, status, next_review_on, youth_words,
                            parents_words, author_account_id, author_name, created_at)
                        SELECT :yp, 'DRAFT', :review, youth_words, parents_words, :author, :authorName, :now
                        FROM (SELECT 1) one LEFT JOIN care_plan_version v ON v.id = :latest""")
                .param("yp", youngPersonId)
                .param("review", nextReviewOn)
                .param("latest", latest)
                .param("author", authorAccountId)
                .param("authorName", authorName)
                .param("now", Timestamp.from(publishedAt))
                .update(keys, "id");
        long versionId = Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        if (latest != null) {
            // Read, then written in batches: MariaDB refuses INSERT ... SELECT from the same table under the
            // BEFORE INSERT triggers that close published versions ("version_id cannot be null").
            List<Object[]> domains = jdbc.sql("SELECT domain, needs, objectives, evaluation FROM care_plan_domain "
                            + "WHERE version_id = :latest")
                    .param("latest", latest)
                    .query((rs, n) -> new Object[] {
                        versionId,
                        rs.getString("domain"),
                        rs.getString("needs"),
                        rs.getString("objectives"),
                        rs.getString("evaluation")
                    })
                    .list();
            List<Object[]> actions = jdbc.sql("SELECT domain, position, what, who, due_on FROM care_plan_action "
                            + "WHERE version_id = :latest")
                    .param("latest", latest)
                    .query((rs, n) -> new Object[] {
                        versionId,
                        rs.getString("domain"),
                        rs.getInt("position"),
                        rs.getString("what"),
                        rs.getString("who"),
                        rs.getDate("due_on")
                    })
                    .list();
            template.batchUpdate(
                    "INSERT INTO care_plan_domain (version_id, domain, needs, objectives, evaluation) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    domains);
            template.batchUpdate(
                    "INSERT INTO care_plan_action (version_id, domain, position, what, who, due_on) "
                            + "VALUES (?, ?, ?, ?, ?, ?)",
                    actions);
        }
        jdbc.sql("UPDATE care_plan_version SET status = 'PUBLISHED', version_number = :n, published_at = :at "
                        + "WHERE id = :id AND status = 'DRAFT'")
                .param("n", number)
                .param("at", Timestamp.from(publishedAt))
                .param("id", versionId)
                .update();
        return new AttachedVersion(versionId, number);
    }

    /** Publishes the draft {@code versionId} under the next number. */
    public int markPublished(long youngPersonId, long versionId, Instant publishedAt) {
        int number = nextNumber(youngPersonId);
        jdbc.sql("UPDATE care_plan_version SET status = 'PUBLISHED', version_number = :n, published_at = :at "
                        + "WHERE id = :id AND status = 'DRAFT'")
                .param("n", number)
                .param("at", Timestamp.from(publishedAt))
                .param("id", versionId)
                .update();
        return number;
    }

    /** The number the next published version takes: the one source for publishing and for the editor's preview. */
    public int nextNumber(long youngPersonId) {
        return jdbc.sql("SELECT COALESCE(MAX(version_number), 0) + 1 FROM care_plan_version "
                        + "WHERE young_person_id = :id")
                .param("id", youngPersonId)
                .query(Integer.class)
                .single();
    }

    /** Replaces the young person's draft with this one (drafts may change; published versions may not). */
    public long storeDraft(long authorAccountId, String authorName, long youngPersonId, CarePlanDraft draft) {
        jdbc.sql("DELETE a FROM care_plan_action a JOIN care_plan_version v ON v.id = a.version_id "
                        + "WHERE v.young_person_id = :id AND v.status = 'DRAFT'")
                .param("id", youngPersonId)
                .update();
        jdbc.sql("DELETE d FROM care_plan_domain d JOIN care_plan_version v ON v.id = d.version_id "
                        + "WHERE v.young_person_id = :id AND v.status = 'DRAFT'")
                .param("id", youngPersonId)
                .update();
        jdbc.sql("DELETE FROM care_plan_version WHERE young_person_id = :id AND status = 'DRAFT'")
                .param("id", youngPersonId)
                .update();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO care_plan_version (young_person_id, status, next_review_on, youth_words,
                            parents_words, author_account_id, author_name, created_at)
                        VALUES (:yp, 'DRAFT', :review, :youth, :parents, :author, :authorName, :now)""")
                .param("yp", youngPersonId)
                .param("review", draft.nextReviewOn())
                .param("youth", blankToNull(draft.youthWords()))
                .param("parents", blankToNull(draft.parentsWords()))
                .param("author", authorAccountId)
                .param("authorName", authorName)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long versionId = Objects.requireNonNull(keys.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        List<Object[]> domains = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        draft.domains().forEach((domain, content) -> {
            domains.add(new Object[] {
                versionId,
                domain.name(),
                blankToNull(content.needs()),
                blankToNull(content.objectives()),
                blankToNull(content.evaluation())
            });
            int position = 0;
            for (CarePlanAction action : content.actions()) {
                if (!action.blank()) {
                    actions.add(new Object[] {
                        versionId,
                        domain.name(),
                        position++,
                        action.what().trim(),
                        action.who().trim(),
                        action.dueOn() == null ? null : Date.valueOf(action.dueOn())
                    });
                }
            }
        });
        template.batchUpdate(
                "INSERT INTO care_plan_domain (version_id, domain, needs, objectives, evaluation) "
                        + "VALUES (?, ?, ?, ?, ?)",
                domains);
        template.batchUpdate(
                "INSERT INTO care_plan_action (version_id, domain, position, what, who, due_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                actions);
        return versionId;
    }

    /** Every text of a draft the family will read once it is published, by field. */
    public static Map<String, String> familyTexts(CarePlanDraft draft) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("youthWords", draft.youthWords());
        texts.put("parentsWords", draft.parentsWords());
        draft.domains().forEach((domain, content) -> {
            texts.put(domain.name() + ".needs", content.needs());
            texts.put(domain.name() + ".objectives", content.objectives());
            texts.put(domain.name() + ".evaluation", content.evaluation());
            for (int i = 0; i < content.actions().size(); i++) {
                texts.put(
                        domain.name() + ".action." + i + ".what",
                        content.actions().get(i).what());
                texts.put(
                        domain.name() + ".action." + i + ".who",
                        content.actions().get(i).who());
            }
        });
        return texts;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
