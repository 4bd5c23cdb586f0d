package fr.reperes.autonomy.reminders;

import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.notification.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pathway's reminders, told to the young person alone, in the bell and by the mail without case content: the
 * space opens at 16, the entretien des 17 ans is due, six and three months before 18 with no request submitted, a
 * contract ends soon with no renewal asked for, and the follow-up interview six months after leaving care.
 *
 * <p>Each goes out once and only once: the claim is the primary key of autonomy_reminder (young person, reminder,
 * subject), inserted in the same transaction as the notification, so a second run, the next day's run or a second
 * server finds it taken. Only young people with an account are looked for, and a reminder is claimed only when it
 * was told: a young person invited while a window is still open gets it at the next run, and a claim always means
 * "this young person was told".
 */
@Component
class AutonomyReminders {

    private static final Logger log = LoggerFactory.getLogger(AutonomyReminders.class);

    /**
     * The searches by date are widened by a week, then decided exactly by {@link AutonomyAges}: adding months or years
     * to a 29 February or a 31st moves the result by up to three days, so an exact inverse in SQL would be a second,
     * untested copy of the age rules.
     */
    private static final int SLACK_DAYS = 7;

    private static final String NO_INTERVIEW_HELD = """
            NOT EXISTS (SELECT 1 FROM autonomy_interview i WHERE i.young_person_id = yp.id AND i.held_on IS NOT NULL)""";

    private static final String NO_REQUEST_SUBMITTED = """
            NOT EXISTS (SELECT 1 FROM young_adult_request q WHERE q.young_person_id = yp.id AND q.status <> 'DRAFT')""";

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AutonomyReminders(JdbcClient jdbc, Notifications notifications, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Once a day, in the morning where the young people live (the clock's zone): every window is a month or more, so
     * a missed day is caught up the next.
     */
    @Scheduled(cron = "${reperes.autonomy-reminders.cron:0 0 9 * * *}", zone = "${reperes.zone}")
    void run() {
        sendDue(LocalDate.now(clock));
    }

    /** Tells every reminder due on this day and not yet sent; returns how many young people were told. */
    int sendDue(LocalDate today) {
        List<Due> due = new ArrayList<>();
        due.addAll(bornBetween(
                PathwayReminder.SPACE_OPEN,
                today,
                today.minusYears(16).minusDays(AutonomyAges.LATE_REMINDER_DAYS),
                today.minusYears(16),
                "TRUE",
                AutonomyAges::spaceJustOpened));
        due.addAll(bornBetween(
                PathwayReminder.INTERVIEW_DUE,
                today,
                today.minusYears(18),
                today.minusYears(17),
                NO_INTERVIEW_HELD,
                AutonomyAges::interviewDue));
        due.addAll(bornBetween(
                PathwayReminder.NO_REQUEST_6_MONTHS,
                today,
                today.minusYears(18).plusMonths(3),
                today.minusYears(18).plusMonths(6),
                NO_REQUEST_SUBMITTED,
                AutonomyAges::sixMonthsBeforeMajority));
        due.addAll(bornBetween(
                PathwayReminder.NO_REQUEST_3_MONTHS,
                today,
                today.minusYears(18),
                today.minusYears(18).plusMonths(3),
                NO_REQUEST_SUBMITTED,
                AutonomyAges::threeMonthsBeforeMajority));
        due.addAll(contractsEnding(today));
        due.addAll(followUpInterviews(today));
        int sent = 0;
        for (Due reminder : due) {
            try {
                if (claimAndTell(reminder)) {
                    sent++;
                }
            } catch (DataAccessException e) {
                // One young person's failure must not hold back everyone else's reminders; the next run retries.
                log.warn(
                        "Autonomy reminder {} for young person {} not sent: {}",
                        reminder.reminder(),
                        reminder.youngPersonId(),
                        e.getMessage());
            }
        }
        return sent;
    }

    private boolean claimAndTell(Due due) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            try {
                jdbc.sql("""
                                INSERT INTO autonomy_reminder (young_person_id, kind, subject_id, sent_at)
                                VALUES (:yp, :kind, :subject, :now)""")
                        .param("yp", due.youngPersonId())
                        .param("kind", due.reminder().name())
                        .param("subject", due.subjectId())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            } catch (DuplicateKeyException alreadySent) {
                return false;
            }
            if (notifications.tellYoungPerson(
                            due.youngPersonId(),
                            due.reminder().tells(),
                            due.reminder().name() + ":" + due.subjectId())
                    == 0) {
                // Nobody to tell after all: no claim, so that the reminder can still go out while its window is open.
                tx.setRollbackOnly();
                return false;
            }
            return true;
        }));
    }

    /** Young people with an account born in a window (widened), kept when the exact rule holds on this day. */
    private List<Due> bornBetween(
            PathwayReminder reminder,
            LocalDate today,
            LocalDate earliest,
            LocalDate latest,
            String condition,
            BiPredicate<LocalDate, LocalDate> dueOn) {
        return jdbc
                .sql("""
                        SELECT yp.id, yp.birth_date FROM identity_account_view a JOIN dossier_young_person_view yp ON yp.id = a.young_person_id
                        WHERE yp.birth_date BETWEEN :earliest AND :latest
                          AND NOT EXISTS (SELECT 1 FROM autonomy_reminder ar WHERE ar.young_person_id = yp.id
                                          AND ar.kind = :kind AND ar.subject_id = 0)
                          AND %s""".formatted(condition))
                .param("earliest", earliest.minusDays(SLACK_DAYS))
                .param("latest", latest.plusDays(SLACK_DAYS))
                .param("kind", reminder.name())
                .query((rs, n) -> new Candidate(rs.getLong("id"), 0, rs.getObject("birth_date", LocalDate.class)))
                .list()
                .stream()
                .filter(candidate -> dueOn.test(candidate.anchor(), today))
                .map(candidate -> candidate.due(reminder))
                .toList();
    }

    /** Contracts ending within two months with no renewal asked for (a draft is not asked for yet). */
    private List<Due> contractsEnding(LocalDate today) {
        PathwayReminder reminder = PathwayReminder.CONTRACT_ENDING;
        return jdbc
                .sql("""
                        SELECT c.id, c.young_person_id, c.ends_on
                        FROM young_adult_contract c JOIN identity_account_view a ON a.young_person_id = c.young_person_id
                        WHERE c.ends_on BETWEEN :earliest AND :latest
                          AND NOT EXISTS (SELECT 1 FROM young_adult_request q
                                          WHERE q.renewal_of_contract_id = c.id AND q.status <> 'DRAFT')
                          AND NOT EXISTS (SELECT 1 FROM young_adult_contract n WHERE n.renews_contract_id = c.id)
                          AND NOT EXISTS (SELECT 1 FROM autonomy_reminder ar WHERE ar.young_person_id = c.young_person_id
                                          AND ar.kind = :kind AND ar.subject_id = c.id)""")
                .param("earliest", today.minusDays(SLACK_DAYS))
                .param("latest", today.plusMonths(2).plusDays(SLACK_DAYS))
                .param("kind", reminder.name())
                .query((rs, n) -> new Candidate(
                        rs.getLong("young_person_id"), rs.getLong("id"), rs.getObject("ends_on", LocalDate.class)))
                .list()
                .stream()
                .filter(candidate -> AutonomyAges.contractEndingSoon(candidate.anchor(), today))
                .map(candidate -> candidate.due(reminder))
                .toList();
    }

    /**
     * Six months after leaving care: after the last contract (the subject is that contract, so that leaving care
     * again after a later contract invites again), or after the 18th birthday for those who never had one (subject 0).
     */
    private List<Due> followUpInterviews(LocalDate today) {
        PathwayReminder reminder = PathwayReminder.FOLLOW_UP_INTERVIEW;
        LocalDate leftEarliest = today.minusMonths(6).minusDays(AutonomyAges.LATE_REMINDER_DAYS + SLACK_DAYS);
        LocalDate leftLatest = today.minusMonths(6).plusDays(SLACK_DAYS);
        return jdbc
                .sql("""
                        SELECT c.young_person_id, c.id AS subject_id, yp.birth_date, c.ends_on
                        FROM young_adult_contract c JOIN identity_account_view a ON a.young_person_id = c.young_person_id
                        JOIN dossier_young_person_view yp ON yp.id = c.young_person_id
                        WHERE c.ends_on BETWEEN :leftEarliest AND :leftLatest
                          AND NOT EXISTS (SELECT 1 FROM young_adult_contract later
                                          WHERE later.young_person_id = c.young_person_id
                                            AND (later.ends_on > c.ends_on
                                                 OR (later.ends_on = c.ends_on AND later.id > c.id)))
                          AND NOT EXISTS (SELECT 1 FROM autonomy_reminder ar WHERE ar.young_person_id = c.young_person_id
                                          AND ar.kind = :kind AND ar.subject_id = c.id)
                        UNION ALL
                        SELECT yp.id, 0, yp.birth_date, NULL
                        FROM identity_account_view a JOIN dossier_young_person_view yp ON yp.id = a.young_person_id
                        WHERE yp.birth_date BETWEEN :bornEarliest AND :bornLatest
                          AND NOT EXISTS (SELECT 1 FROM young_adult_contract c WHERE c.young_person_id = yp.id)
                          AND NOT EXISTS (SELECT 1 FROM autonomy_reminder ar WHERE ar.young_person_id = yp.id
                                          AND ar.kind = :kind AND ar.subject_id = 0)""")
                .param("leftEarliest", leftEarliest)
                .param("leftLatest", leftLatest)
                .param("bornEarliest", leftEarliest.minusYears(18))
                .param("bornLatest", leftLatest.minusYears(18))
                .param("kind", reminder.name())
                .query((rs, n) -> new Candidate(
                        rs.getLong("young_person_id"),
                        rs.getLong("subject_id"),
                        AutonomyAges.leftCareOn(
                                rs.getObject("birth_date", LocalDate.class), rs.getObject("ends_on", LocalDate.class))))
                .list()
                .stream()
                .filter(candidate -> AutonomyAges.followUpInterviewInvitationDue(candidate.anchor(), today))
                .map(candidate -> candidate.due(reminder))
                .toList();
    }

    /** A row found by a widened search, with the date its exact rule starts from. */
    private record Candidate(long youngPersonId, long subjectId, LocalDate anchor) {

        Due due(PathwayReminder reminder) {
            return new Due(youngPersonId, reminder, subjectId);
        }
    }

    private record Due(long youngPersonId, PathwayReminder reminder, long subjectId) {}
}
