package fr.reperes.autonomy.caseload;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.autonomy.RequestStatus;
import fr.reperes.dossier.Ages;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The référent's list of their young people aged 16 to 21 (the day before the 21st birthday) with where each stands
 * on the autonomy pathway, and the alerts for those at risk of a "sortie sèche". Filtered, sorted and paged in the
 * database: two statements per page whatever its size (the rows, then one batch of audit entries).
 */
@Service
public class AutonomyCaseload {

    /** Six months before 18 is when reminders start: the entretien and the request must be under way by then. */
    static final int MONTHS_BEFORE_18 = 6;
    /** A contract's renewal is asked for two months before it ends, the time for an evaluation and a commission. */
    static final int MONTHS_BEFORE_CONTRACT_END = 2;

    /*
     * One row per young person of the list. The alerts are columns so that "at risk only" filters and counts in SQL.
     * A contract that already runs to the day before the 21st birthday cannot be renewed, so it raises no alert.
     */
    private static final String ROWS = """
            SELECT yp.id, yp.first_name, yp.last_name, yp.birth_date,
                   DATE_ADD(yp.birth_date, INTERVAL 18 YEAR) AS eighteenth,
                   (SELECT COUNT(*) FROM autonomy_assessment a WHERE a.young_person_id = yp.id) AS grid_domains,
                   m.starts_at AS interview_at, i.held_on AS interview_held_on,
                   (SELECT MAX(p.recorded_at) FROM autonomy_project p WHERE p.young_person_id = yp.id)
                       AS project_recorded_at,
                   r.status AS request_status, r.submitted_on AS request_submitted_on,
                   d.status AS decision, d.decided_on,
                   (SELECT MAX(c.ends_on) FROM young_adult_contract c WHERE c.young_person_id = yp.id)
                       AS contract_ends_on,
                   (DATE_ADD(yp.birth_date, INTERVAL 18 YEAR) > :today
                       AND DATE_ADD(yp.birth_date, INTERVAL 18 YEAR) <= :turning18Before
                       AND i.held_on IS NULL) AS alert_interview,
                   (DATE_ADD(yp.birth_date, INTERVAL 18 YEAR) > :today
                       AND DATE_ADD(yp.birth_date, INTERVAL 18 YEAR) <= :turning18Before
                       AND NOT EXISTS (SELECT 1 FROM young_adult_request s
                                       WHERE s.young_person_id = yp.id AND s.status <> 'DRAFT')) AS alert_request,
                   EXISTS (SELECT 1 FROM young_adult_contract c
                           WHERE c.young_person_id = yp.id AND c.ends_on >= :today AND c.ends_on <= :contractEndsBefore
                             AND c.ends_on < DATE_SUB(DATE_ADD(yp.birth_date, INTERVAL 21 YEAR), INTERVAL 1 DAY)
                             AND NOT EXISTS (SELECT 1 FROM young_adult_request n
                                             WHERE n.renewal_of_contract_id = c.id AND n.status <> 'DRAFT'))
                       AS alert_contract
            FROM dossier_young_person_view yp
            LEFT JOIN autonomy_interview i ON i.young_person_id = yp.id
            LEFT JOIN dossier_meeting_view m ON m.id = i.meeting_id
            LEFT JOIN young_adult_request r ON r.id = (
                SELECT r2.id FROM young_adult_request r2 WHERE r2.young_person_id = yp.id
                ORDER BY r2.created_at DESC, r2.id DESC LIMIT 1)
            LEFT JOIN young_adult_request d ON d.id = (
                SELECT d2.id FROM young_adult_request d2
                WHERE d2.young_person_id = yp.id AND d2.status IN ('GRANTED', 'REFUSED')
                ORDER BY d2.decided_on DESC, d2.id DESC LIMIT 1)
            WHERE yp.referent_id = :referent AND yp.departement_id = :dep
              AND DATE_ADD(yp.birth_date, INTERVAL 16 YEAR) <= :today
              AND DATE_ADD(yp.birth_date, INTERVAL 21 YEAR) > :today""";
    private static final String NAME_SEARCH = """

              AND (yp.last_name LIKE :text OR yp.first_name LIKE :text
                   OR CONCAT(yp.first_name, ' ', yp.last_name) LIKE :text)""";
    private static final String AT_RISK = " WHERE (x.alert_interview OR x.alert_request OR x.alert_contract)";

    private final JdbcClient jdbc;
    private final YoungPersonService youngPeople;
    private final AuditJournal journal;
    private final Clock clock;

    AutonomyCaseload(JdbcClient jdbc, YoungPersonService youngPeople, AuditJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.youngPeople = youngPeople;
        this.journal = journal;
        this.clock = clock;
    }

    /** One page of the référent's list, sorted by {@link PathwaySort} properties (the name when none is given). */
    @Transactional
    public List<PathwayRow> page(Viewer referent, PathwayFilter filter, Pageable page) {
        return page(referent, filter, page, LocalDate.now(clock));
    }

    /** How many young people the list holds for this filter: a number, no personal data. */
    @Transactional(readOnly = true)
    public long count(Viewer referent, PathwayFilter filter) {
        return count(referent, filter, LocalDate.now(clock));
    }

    @Transactional
    List<PathwayRow> page(Viewer referent, PathwayFilter filter, Pageable page, LocalDate today) {
        AccessDecision decision = youngPeople.caseloadDecision(referent, InformationKind.AUTONOMY);
        String sql = "SELECT x.* FROM (" + ROWS + (filter.hasText() ? NAME_SEARCH : "") + ") x"
                + (filter.alertsOnly() ? AT_RISK : "")
                + " ORDER BY " + orderBy(page.getSort()) + " LIMIT :limit OFFSET :offset";
        List<PathwayRow> rows = bind(jdbc.sql(sql), referent, filter, today)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> row(rs, today))
                .list();
        journal.recordAll(
                referent,
                rows.stream().map(PathwayRow::id).toList(),
                InformationKind.AUTONOMY,
                decision,
                AuditAction.LISTED);
        return rows;
    }

    @Transactional(readOnly = true)
    long count(Viewer referent, PathwayFilter filter, LocalDate today) {
        youngPeople.caseloadDecision(referent, InformationKind.AUTONOMY);
        String sql = "SELECT COUNT(*) FROM (" + ROWS + (filter.hasText() ? NAME_SEARCH : "") + ") x"
                + (filter.alertsOnly() ? AT_RISK : "");
        return bind(jdbc.sql(sql), referent, filter, today).query(Long.class).single();
    }

    private static String orderBy(Sort sort) {
        String requested = sort.stream()
                .map(order -> PathwaySort.of(order.getProperty()).orderBy(order.getDirection()))
                .collect(Collectors.joining(", "));
        // The name, then the id, break ties so that a row never moves between pages.
        String tieBreak = PathwaySort.NAME.orderBy(Sort.Direction.ASC) + ", x.id";
        return requested.isEmpty() ? tieBreak : requested + ", " + tieBreak;
    }

    private JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Viewer referent, PathwayFilter filter, LocalDate today) {
        spec = spec.param("referent", referent.professionalId())
                .param("dep", referent.departementId())
                .param("today", today)
                .param("turning18Before", today.plusMonths(MONTHS_BEFORE_18))
                .param("contractEndsBefore", today.plusMonths(MONTHS_BEFORE_CONTRACT_END));
        String text = filter.text();
        if (text != null && !text.isBlank()) {
            spec = spec.param(
                    "text",
                    "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return spec;
    }

    private PathwayRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
        Set<PathwayAlert> alerts = EnumSet.noneOf(PathwayAlert.class);
        if (rs.getBoolean("alert_interview")) {
            alerts.add(PathwayAlert.TURNING_18_NO_INTERVIEW);
        }
        if (rs.getBoolean("alert_request")) {
            alerts.add(PathwayAlert.TURNING_18_NO_REQUEST);
        }
        if (rs.getBoolean("alert_contract")) {
            alerts.add(PathwayAlert.CONTRACT_ENDING_NO_RENEWAL);
        }
        Timestamp projectRecordedAt = rs.getTimestamp("project_recorded_at");
        String requestStatus = rs.getString("request_status");
        String decision = rs.getString("decision");
        return new PathwayRow(
                rs.getLong("id"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                birthDate,
                Ages.on(birthDate, today),
                rs.getObject("eighteenth", LocalDate.class),
                rs.getInt("grid_domains"),
                rs.getObject("interview_at", LocalDateTime.class),
                rs.getObject("interview_held_on", LocalDate.class),
                projectRecordedAt == null
                        ? null
                        : projectRecordedAt.toInstant().atZone(clock.getZone()).toLocalDate(),
                requestStatus == null ? null : RequestStatus.valueOf(requestStatus),
                rs.getObject("request_submitted_on", LocalDate.class),
                decision == null ? null : RequestStatus.valueOf(decision),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("contract_ends_on", LocalDate.class),
                Collections.unmodifiableSet(alerts));
    }
}
