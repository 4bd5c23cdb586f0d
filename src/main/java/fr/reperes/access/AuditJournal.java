package fr.reperes.access;

import fr.reperes.access.journal.AuditLine;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only journal of reads of young people's personal data. Services call it inside the transaction that reads
 * the data, so a read that is not journaled does not happen. There is no update or delete here, and the database
 * refuses them too (triggers in V1__foundation.sql).
 */
@Service
public class AuditJournal {

    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, actor_account_id, actor_name, actor_role, young_person_id,
                                     information_kind, access_reason, action)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Clock clock;

    AuditJournal(JdbcTemplate jdbc, JdbcClient client, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.clock = clock;
    }

    /** Journals a granted read; must run inside the reading service's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Viewer viewer, long youngPersonId, InformationKind kind, AccessDecision decision, AuditAction action) {
        recordAll(viewer, List.of(youngPersonId), kind, decision, action);
    }

    /** Journals the same read of several young people in one batch (a caseload page). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(
            Viewer viewer,
            Collection<Long> youngPersonIds,
            InformationKind kind,
            AccessDecision decision,
            AuditAction action) {
        if (!decision.allowed()) {
            throw new IllegalArgumentException("Only granted reads are journaled");
        }
        if (youngPersonIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = youngPersonIds.stream()
                .map(id -> new Object[] {
                    now,
                    viewer.accountId(),
                    viewer.displayName(),
                    Objects.requireNonNull(viewer.role(), "a granted read is by an account")
                            .name(),
                    id,
                    kind.name(),
                    decision.reason().name(),
                    action.name()
                })
                .toList();
        jdbc.batchUpdate(INSERT, rows);
    }

    /** Who read this young person's data, newest first, leaving out the young person's own reads. */
    @Transactional(readOnly = true)
    public Page<AuditLine> readsOf(long youngPersonId, Pageable page) {
        List<AuditLine> lines = client.sql("""
                        SELECT occurred_at, actor_name, actor_role, information_kind, access_reason, action
                        FROM audit_entry
                        WHERE young_person_id = :id AND access_reason <> 'SELF'
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("id", youngPersonId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new AuditLine(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"),
                        Role.valueOf(rs.getString("actor_role")),
                        InformationKind.valueOf(rs.getString("information_kind")),
                        AccessReason.valueOf(rs.getString("access_reason")),
                        AuditAction.valueOf(rs.getString("action"))))
                .list();
        long total = client.sql(
                        "SELECT COUNT(*) FROM audit_entry WHERE young_person_id = :id " + "AND access_reason <> 'SELF'")
                .param("id", youngPersonId)
                .query(Long.class)
                .single();
        return new PageImpl<>(lines, page, total);
    }

    /** All entries about a young person, for tests and the administrator's checks. */
    @Transactional(readOnly = true)
    public long count(long youngPersonId, long actorAccountId, InformationKind kind) {
        return client.sql("SELECT COUNT(*) FROM audit_entry WHERE young_person_id = :id "
                        + "AND actor_account_id = :actor AND information_kind = :kind")
                .param("id", youngPersonId)
                .param("actor", actorAccountId)
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }
}
