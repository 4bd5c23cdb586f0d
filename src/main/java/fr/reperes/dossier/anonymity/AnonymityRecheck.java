package fr.reperes.dossier.anonymity;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.AnonymityGuard;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.FamilyTextColumn;
import fr.reperes.dossier.FamilyTextColumns;
import fr.reperes.dossier.PlacementTextsWithheld;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks again every text a parent can read (every module's {@link FamilyTextColumns}) when an anonymity order is
 * made or the placement changes: what names the placement now is withheld from the parents until the référent
 * reviews it, and the référent is told. The database marks a young person due (triggers in V12) whatever wrote the
 * change; the services that make it check at once, the schedule and the parents' next read catch the rest.
 */
@Component
public class AnonymityRecheck {

    private final JdbcClient jdbc;
    private final AnonymityGuard guard;
    private final List<FamilyTextColumns> columns;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AnonymityRecheck(
            JdbcClient jdbc,
            AnonymityGuard guard,
            List<FamilyTextColumns> columns,
            AuditJournal journal,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.guard = guard;
        this.columns = columns;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** Every registered column, from every module. */
    public List<FamilyTextColumn> columns() {
        return columns.stream().flatMap(c -> c.familyTextColumns().stream()).toList();
    }

    /**
     * Young people marked due by the database, checked one by one. Several instances run this at once: each young
     * person is claimed by deleting their mark, in the check's transaction; an instance that finds the mark gone (taken
     * by another instance's check, or by a service's) skips them, so one check tells the référent once.
     */
    @Scheduled(fixedDelayString = "${reperes.anonymity-recheck.every:PT1M}", initialDelayString = "PT1M")
    public void runDue() {
        for (Long youngPersonId : jdbc.sql("SELECT young_person_id FROM anonymity_recheck ORDER BY due_since")
                .query(Long.class)
                .list()) {
            transaction.executeWithoutResult(status -> {
                int claimed = jdbc.sql("DELETE FROM anonymity_recheck WHERE young_person_id = :yp")
                        .param("yp", youngPersonId)
                        .update();
                if (claimed > 0) {
                    recheck(youngPersonId, null);
                }
            });
        }
    }

    /**
     * Checks the young person's texts against the placement as it is now; returns how many were newly withheld.
     * {@code reader} is the professional whose change caused the check, journaled as reading what was checked; null
     * when the database marked the young person due.
     */
    @Transactional
    public int recheck(long youngPersonId, @Nullable ReaderDecision reader) {
        jdbc.sql("DELETE FROM anonymity_recheck WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .update();
        PlacementSecrets secrets = guard.secretsOf(youngPersonId);
        if (secrets.isEmpty()) {
            jdbc.sql("DELETE FROM withheld_text WHERE young_person_id = :yp")
                    .param("yp", youngPersonId)
                    .update();
            return 0;
        }
        Map<String, Boolean> before = new HashMap<>();
        jdbc.sql("SELECT source, row_key, reviewed_at FROM withheld_text WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(rs -> {
                    before.put(
                            FamilyFilter.key(rs.getString("source"), rs.getString("row_key")),
                            rs.getTimestamp("reviewed_at") == null);
                });
        Timestamp now = Timestamp.from(clock.instant());
        Set<InformationKind> read = EnumSet.noneOf(InformationKind.class);
        int newly = 0;
        for (FamilyTextColumn column : columns()) {
            List<Row> rows = jdbc.sql(column.select())
                    .param("yp", youngPersonId)
                    .query((rs, n) -> new Row(
                            rs.getString("row_key"),
                            column.pdf() ? null : rs.getString("text"),
                            column.pdf() ? rs.getBytes("content") : null))
                    .list();
            if (!rows.isEmpty()) {
                read.add(column.kind());
            }
            for (Row row : rows) {
                boolean names = column.pdf()
                        ? row.content() != null
                                && AnonymityGuard.pdfRefusal(secrets, row.content())
                                        .isPresent()
                        : secrets.namedIn(row.text());
                String key = FamilyFilter.key(column.source(), row.key());
                if (names) {
                    if (!Boolean.TRUE.equals(before.get(key))) {
                        newly++;
                    }
                    jdbc.sql("""
                                    INSERT INTO withheld_text (young_person_id, source, row_key, withheld_at)
                                    VALUES (:yp, :source, :key, :now)
                                    ON DUPLICATE KEY UPDATE withheld_at = VALUES(withheld_at), reviewed_at = NULL,
                                                            reviewed_by_name = NULL""")
                            .param("yp", youngPersonId)
                            .param("source", column.source())
                            .param("key", row.key())
                            .param("now", now)
                            .update();
                } else if (before.containsKey(key)) {
                    jdbc.sql("""
                                    DELETE FROM withheld_text
                                    WHERE young_person_id = :yp AND source = :source AND row_key = :key""")
                            .param("yp", youngPersonId)
                            .param("source", column.source())
                            .param("key", row.key())
                            .update();
                }
            }
        }
        if (reader != null) {
            for (InformationKind kind : read) {
                journal.record(reader.viewer(), youngPersonId, kind, reader.decision(), AuditAction.READ);
            }
        }
        if (newly > 0) {
            events.publishEvent(new PlacementTextsWithheld(youngPersonId, newly, now.toInstant()));
        }
        return newly;
    }

    /** The professional whose change caused a check, and the decision that let them make it. */
    public record ReaderDecision(Viewer viewer, AccessDecision decision) {}

    private record Row(String key, @Nullable String text, byte @Nullable [] content) {}
}
