package fr.reperes.access;

import fr.reperes.access.journal.AuditDay;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only journal of reads of young people's personal data, and of the attempts the policy refused. Services
 * call it inside the transaction that reads the data, so a read that is not journaled does not happen. There is no
 * update or delete here, and the database refuses them too (triggers in V1__foundation.sql).
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

    /**
     * Journals an attempt the policy refused, in a transaction of its own: the caller's transaction rolls back with
     * the refusal, and the young person must still learn that someone tried. A viewer without an account is nobody
     * the young person could be told about, and the young person's own attempts are left out like their reads.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Viewer viewer, long youngPersonId, InformationKind kind, AccessReason reason) {
        if (reason.grants()) {
            throw new IllegalArgumentException("Only refusals are journaled as refused");
        }
        Role role = viewer.role();
        if (!viewer.hasAccount() || role == null || Objects.equals(viewer.youngPersonId(), youngPersonId)) {
            return;
        }
        jdbc.update(
                INSERT,
                Timestamp.from(clock.instant()),
                viewer.accountId(),
                viewer.displayName(),
                role.name(),
                youngPersonId,
                kind.name(),
                reason.name(),
                AuditAction.REFUSED.name());
    }

    /**
     * Who read or tried to read this young person's data, one line per person and day (in the application's zone),
     * newest first, leaving out the young person's own reads. Grouped by the database, one statement per page,
     * whatever the number of entries.
     */
    @Transactional(readOnly = true)
    public List<AuditDay> daysOf(long youngPersonId, Pageable page) {
        return client.sql("""
                        SELECT actor_account_id, %s AS shown_day, MAX(actor_name) AS actor_name,
                               MAX(actor_role) AS actor_role, MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at,
                               GROUP_CONCAT(DISTINCT CASE WHEN action <> 'REFUSED' THEN access_reason END)
                                   AS reasons,
                               GROUP_CONCAT(DISTINCT CASE WHEN action = 'READ' THEN information_kind END) AS read_kinds,
                               GROUP_CONCAT(DISTINCT CASE WHEN action = 'LISTED' THEN information_kind END)
                                   AS listed,
                               MAX(action = 'ACCESS_REPLACED') AS replaced,
                               GROUP_CONCAT(DISTINCT CASE WHEN action = 'REFUSED'
                                   THEN CONCAT(information_kind, ':', access_reason) END) AS refusals
                        FROM audit_entry
                        WHERE young_person_id = :id AND access_reason <> 'SELF'
                        GROUP BY actor_account_id, shown_day
                        ORDER BY shown_day DESC, last_at DESC, actor_account_id
                        LIMIT :limit OFFSET :offset""".formatted(dayInShownZone()))
                .param("id", youngPersonId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new AuditDay(
                        rs.getObject("shown_day", LocalDate.class),
                        rs.getString("actor_name"),
                        Role.valueOf(rs.getString("actor_role")),
                        rs.getTimestamp("first_at").toInstant(),
                        rs.getTimestamp("last_at").toInstant(),
                        enums(rs.getString("reasons"), AccessReason.class),
                        enums(rs.getString("read_kinds"), InformationKind.class),
                        enums(rs.getString("listed"), InformationKind.class),
                        rs.getBoolean("replaced"),
                        refusals(rs.getString("refusals"))))
                .list();
    }

    /** How many lines {@link #daysOf} has in all, in one statement. */
    @Transactional(readOnly = true)
    public long countDaysOf(long youngPersonId) {
        return client.sql("""
                        SELECT COUNT(*) FROM (
                            SELECT 1 FROM audit_entry
                            WHERE young_person_id = :id AND access_reason <> 'SELF'
                            GROUP BY actor_account_id, %s) AS days""".formatted(dayInShownZone()))
                .param("id", youngPersonId)
                .query(Long.class)
                .single();
    }

    /**
     * The day of occurred_at in the clock's zone, computed by the database. The column holds the wall-clock time of
     * the JVM's zone (the driver's default), which may differ from the département's, and the difference changes at
     * each daylight-saving change of either zone; the database may have no zone tables, so the differences since 2000
     * are spelled out as a CASE on the stored time. With both zones the same, it is DATE(occurred_at).
     */
    private String dayInShownZone() {
        ZoneId stored = ZoneId.systemDefault();
        ZoneId shown = clock.getZone();
        Instant end = clock.instant().plus(Duration.ofDays(366));
        List<Instant> starts = new ArrayList<>();
        List<Long> shifts = new ArrayList<>();
        Instant at = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        while (at.isBefore(end)) {
            long shift = shown.getRules().getOffset(at).getTotalSeconds()
                    - stored.getRules().getOffset(at).getTotalSeconds();
            if (shifts.isEmpty() || shifts.getLast() != shift) {
                starts.add(at);
                shifts.add(shift);
            }
            at = earliest(nextChange(shown, at), nextChange(stored, at));
        }
        if (shifts.size() == 1) {
            return shifts.getFirst() == 0
                    ? "DATE(occurred_at)"
                    : "DATE(DATE_ADD(occurred_at, INTERVAL " + shifts.getFirst() + " SECOND))";
        }
        DateTimeFormatter wallClock = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        StringBuilder sql = new StringBuilder("DATE(DATE_ADD(occurred_at, INTERVAL CASE");
        for (int i = 1; i < starts.size(); i++) {
            sql.append(" WHEN occurred_at < '")
                    .append(wallClock.format(LocalDateTime.ofInstant(starts.get(i), stored)))
                    .append("' THEN ")
                    .append(shifts.get(i - 1));
        }
        return sql.append(" ELSE ")
                .append(shifts.getLast())
                .append(" END SECOND))")
                .toString();
    }

    private static Instant nextChange(ZoneId zone, Instant after) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(after);
        return next == null ? Instant.MAX : next.getInstant();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static <E extends Enum<E>> Set<E> enums(@Nullable String names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (names != null) {
            for (String name : names.split(",")) {
                values.add(Enum.valueOf(type, name));
            }
        }
        return values;
    }

    private static List<AuditDay.Refusal> refusals(@Nullable String pairs) {
        if (pairs == null) {
            return List.of();
        }
        return Arrays.stream(pairs.split(","))
                .map(pair -> pair.split(":", 2))
                .map(kindAndReason -> new AuditDay.Refusal(
                        InformationKind.valueOf(kindAndReason[0]), AccessReason.valueOf(kindAndReason[1])))
                .sorted(Comparator.comparing(AuditDay.Refusal::kind).thenComparing(AuditDay.Refusal::reason))
                .toList();
    }

    /** Granted entries about a young person (refused attempts left out), for tests and the administrator's checks. */
    @Transactional(readOnly = true)
    public long count(long youngPersonId, long actorAccountId, InformationKind kind) {
        return client.sql("SELECT COUNT(*) FROM audit_entry WHERE young_person_id = :id "
                        + "AND actor_account_id = :actor AND information_kind = :kind AND action <> 'REFUSED'")
                .param("id", youngPersonId)
                .param("actor", actorAccountId)
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }
}
