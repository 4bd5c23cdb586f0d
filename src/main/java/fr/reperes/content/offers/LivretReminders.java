package fr.reperes.content.offers;

import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.MeasureTerms;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When nobody of a family said "j'ai reçu et lu le livret" within {@code reperes.livret.reminder-after} (14 days by
 * default) of its first offer, and the measure is still in force: the référent is told, and the family is told once
 * more. Once per measure, whichever server runs: the claim is livret_reminder's primary key, inserted in the same
 * transaction as the notifications, so a second run or a second server finds it taken.
 */
@Component
class LivretReminders {

    private static final Logger log = LoggerFactory.getLogger(LivretReminders.class);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration after;
    private final List<MeasureTerms> terms;

    LivretReminders(
            JdbcClient jdbc,
            Notifications notifications,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${reperes.livret.reminder-after:P14D}") Duration after,
            List<MeasureTerms> terms) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
        this.after = after;
        this.terms = terms;
    }

    /** Once a day, in the morning; a missed day is caught up the next. */
    @Scheduled(cron = "${reperes.livret.reminder-cron:0 30 9 * * *}", zone = "${reperes.zone}")
    void run() {
        sendDue(clock.instant());
    }

    /** Reminds every measure due at {@code now} and not reminded yet; returns how many measures were reminded. */
    int sendDue(Instant now) {
        record Due(long measureId, long youngPersonId, MeasureKind kind) {}
        LocalDate today = LocalDate.now(clock);
        List<Due> due = jdbc
                .sql("""
                        SELECT o.measure_id, MIN(o.young_person_id) AS young_person_id, MIN(m.kind) AS kind
                        FROM livret_offer o JOIN dossier_measure_start_view m ON m.id = o.measure_id
                        WHERE (m.ends_on IS NULL OR m.ends_on >= :today)
                          AND NOT EXISTS (SELECT 1 FROM livret_reminder r WHERE r.measure_id = o.measure_id)
                        GROUP BY o.measure_id
                        HAVING MIN(o.offered_at) <= :limit AND COUNT(o.acknowledged_at) = 0""")
                .param("today", today)
                .param("limit", Timestamp.from(now.minus(after)))
                .query((rs, n) -> new Due(
                        rs.getLong("measure_id"),
                        rs.getLong("young_person_id"),
                        MeasureKind.valueOf(rs.getString("kind"))))
                .list()
                .stream()
                .filter(measure -> !endedByItsTerms(measure.kind(), measure.youngPersonId(), today))
                .toList();
        int reminded = 0;
        for (Due measure : due) {
            try {
                if (claimAndTell(measure.measureId(), measure.youngPersonId(), now)) {
                    reminded++;
                }
            } catch (DataAccessException e) {
                // One family's failure must not hold back the others; the next run retries.
                log.warn("Livret reminder for measure {} not sent: {}", measure.measureId(), e.getMessage());
            }
        }
        return reminded;
    }

    /**
     * A measure whose dates another module holds (the accompagnement jeune majeur, as contracts) ended when they say
     * so, as on the measures page and for the offer: its own row's dates may be older than the last contract's.
     */
    private boolean endedByItsTerms(MeasureKind kind, long youngPersonId, LocalDate today) {
        return terms.stream()
                .filter(held -> held.kind() == kind)
                .findFirst()
                .flatMap(held -> held.termOf(youngPersonId))
                .map(term -> term.endsOn().isBefore(today))
                .orElse(false);
    }

    private boolean claimAndTell(long measureId, long youngPersonId, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            int claimed = jdbc.sql("INSERT IGNORE INTO livret_reminder (measure_id, reminded_at) VALUES (:m, :now)")
                    .param("m", measureId)
                    .param("now", Timestamp.from(now))
                    .update();
            if (claimed == 0) {
                return false;
            }
            String occasion = "LIVRET:" + measureId;
            notifications.tellReferent(youngPersonId, NotificationKind.LIVRET_NOT_ACKNOWLEDGED, occasion);
            notifications.tellFamily(youngPersonId, NotificationKind.LIVRET_WAITING, occasion);
            return true;
        }));
    }
}
