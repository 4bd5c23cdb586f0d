package fr.reperes.notification.family;

import fr.reperes.dossier.MeetingRescheduled;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.UpcomingMeeting;
import fr.reperes.notification.NotificationKind;
import fr.reperes.notification.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Two days before a meeting, the family is reminded, once per meeting, whatever the number of runs. */
@Component
public class MeetingReminders {

    static final Duration AHEAD = Duration.ofDays(2);

    private final MeetingService meetings;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MeetingReminders(
            MeetingService meetings,
            Notifications notifications,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.meetings = meetings;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reperes.reminders.every:PT15M}", initialDelayString = "PT1M")
    void run() {
        sendDue();
    }

    /** A meeting moved to another date is reminded again two days before the new one. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MeetingRescheduled event) {
        jdbc.sql("DELETE FROM meeting_reminder WHERE meeting_id = :id")
                .param("id", event.meetingId())
                .update();
    }

    /** Returns how many meetings were reminded in this run. */
    public int sendDue() {
        int sent = 0;
        for (UpcomingMeeting meeting : meetings.startingWithin(AHEAD)) {
            Boolean claimed = transactions.execute(tx -> {
                try {
                    // The primary key makes the claim: a second run, or a second server, finds it taken.
                    jdbc.sql("INSERT INTO meeting_reminder (meeting_id, sent_at) VALUES (:id, :now)")
                            .param("id", meeting.meetingId())
                            .param("now", Timestamp.from(clock.instant()))
                            .update();
                } catch (DuplicateKeyException alreadySent) {
                    return false;
                }
                // Told in the claim's transaction; the mails go out after its commit.
                notifications.tellFamily(
                        meeting.youngPersonId(),
                        NotificationKind.MEETING_SOON,
                        "meeting-soon:" + meeting.meetingId() + ":" + meeting.startsAt());
                return true;
            });
            if (Boolean.TRUE.equals(claimed)) {
                sent++;
            }
        }
        return sent;
    }
}
