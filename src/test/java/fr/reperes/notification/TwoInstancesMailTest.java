package fr.reperes.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.TwoInstances;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.family.MeetingReminders;
import fr.reperes.notification.mail.MailDue;
import fr.reperes.platform.FailedEventRetries;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two portal instances on one database, each running its schedule: a meeting reminder due is told and mailed once,
 * and mails that failed while the mail server was down are handed again by both instances' retries at the same
 * moment and go out once each (the registry's conditional RESUBMITTED claim, then the notification's mailed_at claim).
 */
@MailTest
class TwoInstancesMailTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingReminders reminders;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    FailedEventRetries retries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void earlierDeliveriesSettled() {
        Deliveries.awaitSettled(jdbc);
    }

    @AfterEach
    void mailServerBack() {
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
        retries.resubmitFailed();
        Deliveries.awaitSettled(jdbc);
    }

    @Test
    void aMeetingReminderRunByTwoInstancesAtOnceIsToldAndMailedOnce() throws Exception {
        Viewer claire = viewer("claire");
        Viewer mehdi = viewer("mehdi");
        long before = told(mehdi, NotificationKind.MEETING_SOON);
        meetings.schedule(
                claire,
                mehdi.youngPersonId(),
                new NewMeeting(
                        MeetingKind.INTERVIEW,
                        LocalDateTime.now(clock).plusDays(1).plusHours(3),
                        "Service ASE Littoral",
                        null,
                        null));

        long claimedBefore = reminded();
        List<Integer> sent = TwoInstances.atOnce(reminders::sendDue);
        Deliveries.awaitSettled(jdbc);

        // Each meeting due (this one, and any another test left) reminded by exactly one of the two.
        assertThat(sent.stream().mapToLong(Integer::longValue).sum()).isEqualTo(reminded() - claimedBefore);
        assertThat(told(mehdi, NotificationKind.MEETING_SOON)).isEqualTo(before + 1);
        assertThat(recipients()).filteredOn("mehdi@demo.reperes.fr"::equals).hasSize(1);
    }

    @Test
    void failedMailsRetriedByTwoInstancesAtOnceGoOutOnceEach() throws Exception {
        mailServer.stop();
        long failedBefore = Deliveries.failed(jdbc, MailDue.class);
        publishLinasPpe();
        await().atMost(Duration.ofSeconds(30)).until(() -> Deliveries.failed(jdbc, MailDue.class) == failedBefore + 2);
        mailServer.start();

        TwoInstances.atOnce(() -> {
            retries.resubmitFailed();
            return true;
        });
        Deliveries.awaitSettled(jdbc);
        // And again, as each instance's next run would.
        TwoInstances.atOnce(() -> {
            retries.resubmitFailed();
            return true;
        });
        Deliveries.awaitSettled(jdbc);

        assertThat(recipients()).filteredOn("lina@demo.reperes.fr"::equals).hasSize(1);
        assertThat(recipients()).filteredOn("karim@demo.reperes.fr"::equals).hasSize(1);
        assertThat(Deliveries.failed(jdbc, MailDue.class)).isZero();
    }

    private void publishLinasPpe() {
        Viewer claire = viewer("claire");
        long lina = viewer("lina").youngPersonId();
        CarePlanDraft draft = carePlans.draft(claire, lina);
        carePlans.publish(
                claire,
                lina,
                new CarePlanDraft(
                        LocalDate.now(clock).plusMonths(5), draft.youthWords(), draft.parentsWords(), draft.domains()));
    }

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private long told(Viewer viewer, NotificationKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = :k")
                .param("a", viewer.accountId())
                .param("k", kind.name())
                .query(Long.class)
                .single();
    }

    private long reminded() {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_reminder")
                .query(Long.class)
                .single();
    }

    private List<String> recipients() {
        return Deliveries.recipients(mailServer);
    }
}
