package fr.reperes.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.family.MeetingReminders;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is told, what the mail says (nothing of the case), and reminders sent once, against a real SMTP server. Mails
 * leave after the change is committed, on another thread: each test waits until the deliveries settled.
 */
@MailTest
class NotificationsTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingReminders reminders;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void earlierDeliveriesSettled() {
        Deliveries.awaitSettled(jdbc);
    }

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    private List<String> recipients() {
        return Deliveries.recipients(mailServer);
    }

    @Test
    void aPublishedPpeTellsLinaAndKarimButNotNadiaAndTheMailSaysNothingOfTheCase() throws Exception {
        Viewer claire = viewer("claire");
        long lina = viewer("lina").youngPersonId();
        CarePlanDraft draft = carePlans.draft(claire, lina);
        carePlans.publish(
                claire,
                lina,
                new CarePlanDraft(
                        LocalDate.now(clock).plusMonths(4), draft.youthWords(), draft.parentsWords(), draft.domains()));
        Deliveries.awaitSettled(jdbc);

        assertThat(recipients()).containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            String body = (String) message.getContent();
            // Each mail speaks to its reader: "tu" to Lina, "vous" to her father.
            boolean toLina = message.getAllRecipients()[0].toString().startsWith("lina@");
            assertThat(message.getSubject())
                    .isEqualTo(toLina ? "Du nouveau t’attend sur Repères" : "Du nouveau vous attend sur Repères");
            assertThat(body)
                    .contains(
                            toLina
                                    ? "Quelque chose de nouveau t’attend sur Repères"
                                    : "Quelque chose de nouveau vous attend sur Repères")
                    .doesNotContain("Lina", "Benali", "PPE", "MECS", "Tilleuls", "Claire");
        }
        assertThat(notifications.recent(viewer("karim")))
                .first()
                .satisfies(line -> assertThat(line.firstName()).isEqualTo("Lina"));
        assertThat(notifications.unreadCount(viewer("nadia"))).isZero();
    }

    @Test
    void notesAboutLeoReachSofiaWithoutTheFosterFamily() throws Exception {
        Viewer claire = viewer("claire");
        long leo = jdbc.sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        long meeting = meetings.schedule(
                claire,
                leo,
                new NewMeeting(
                        MeetingKind.VISIT, LocalDateTime.now(clock).minusDays(1), "Service ASE Littoral", null, null));
        meetings.publishNotes(claire, meeting, "La visite s’est bien passée.");
        Deliveries.awaitSettled(jdbc);

        assertThat(recipients()).containsExactly("sofia@demo.reperes.fr");
        String body = (String) mailServer.getReceivedMessages()[0].getContent();
        assertThat(body).doesNotContain("Léo", "Dumont", "Wimereux", "visite");
    }

    @Test
    void aMeetingReminderGoesOutOnceTwoDaysBefore() {
        Viewer claire = viewer("claire");
        Viewer mehdi = viewer("mehdi");
        long before = count(mehdi, NotificationKind.MEETING_SOON);
        meetings.schedule(
                claire,
                mehdi.youngPersonId(),
                new NewMeeting(
                        MeetingKind.INTERVIEW,
                        LocalDateTime.now(clock).plusDays(1),
                        "Service ASE Littoral",
                        null,
                        null));

        int first = reminders.sendDue();
        int second = reminders.sendDue();
        Deliveries.awaitSettled(jdbc);

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(count(mehdi, NotificationKind.MEETING_SOON)).isEqualTo(before + 1);
        assertThat(recipients()).filteredOn("mehdi@demo.reperes.fr"::equals).hasSize(1);
    }

    private long count(Viewer viewer, NotificationKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = :k")
                .param("a", viewer.accountId())
                .param("k", kind.name())
                .query(Long.class)
                .single();
    }
}
