package fr.reperes.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.reperes.Deliveries;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanPublished;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.mail.MailDue;
import fr.reperes.platform.FailedEventRetries;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications leave the click: recorded with the change that causes them, delivered after its commit on another
 * thread, handed again after a failure or a restart, and never told or mailed twice. Lina's PPE tells Lina and Karim
 * (Nadia's authority was withdrawn): two bell entries, two mails.
 */
@MailTest
@EnableScenarios
class NotificationDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    GatedMailSender mail;

    @Autowired
    FailedEventRetries retries;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Viewer claire;
    private long lina;

    @BeforeEach
    void earlierDeliveriesSettled() {
        Deliveries.awaitSettled(jdbc);
        claire = TestSignIn.viewer(context, "claire");
        lina = TestSignIn.viewer(context, "lina").youngPersonId();
    }

    @AfterEach
    void mailServerBack() {
        mail.open();
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
        retries.resubmitFailed();
        Deliveries.awaitSettled(jdbc);
    }

    @Test
    void theRéférentsClickReturnsWithoutWaitingForTheMailServer() {
        long linaTold = told("lina");
        long karimTold = told("karim");
        mail.close();

        // If publishing waited for SMTP, it would wait at the gate (30 s) for each of the two mails.
        assertTimeout(Duration.ofSeconds(10), this::publishLinasPpe);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> told("lina") == linaTold + 1 && told("karim") == karimTold + 1);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
        mail.open();
        Deliveries.awaitSettled(jdbc);
        assertThat(recipients()).containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
    }

    @Test
    void theChangeAndItsPublicationCommitTogetherSoARolledBackChangeTellsNobody() {
        long publishedBefore = Deliveries.stored(jdbc, CarePlanPublished.class);
        long linaTold = told("lina");

        transactions.executeWithoutResult(tx -> {
            publishLinasPpe();
            // Stored in the change's own transaction, not after it.
            assertThat(Deliveries.stored(jdbc, CarePlanPublished.class)).isEqualTo(publishedBefore + 1);
            tx.setRollbackOnly();
        });

        assertThat(Deliveries.stored(jdbc, CarePlanPublished.class)).isEqualTo(publishedBefore);
        Deliveries.awaitSettled(jdbc);
        assertThat(told("lina")).isEqualTo(linaTold);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPublishedPpeIsDeliveredOnceItsChangeIsCommitted(Scenario scenario) {
        long linaTold = told("lina");
        scenario.stimulate(this::publishLinasPpe)
                .andWaitForStateChange(this::recipients, received -> received.size() == 2)
                .andVerify(received -> assertThat(received)
                        .containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr"));
        Deliveries.awaitSettled(jdbc);
        assertThat(told("lina")).isEqualTo(linaTold + 1);
        assertThat(recipients()).hasSize(2);
    }

    @Test
    void aMailServerDownIsRetriedLaterAndEachMailGoesOutOnce() {
        long linaTold = told("lina");
        mailServer.stop();

        publishLinasPpe();

        // The bell does not wait for the mail server; both mails failed and wait in the registry.
        await().atMost(Duration.ofSeconds(30)).until(() -> Deliveries.failed(jdbc, MailDue.class) == 2);
        assertThat(told("lina")).isEqualTo(linaTold + 1);
        assertThat(unmailed("lina")).isEqualTo(1);

        mailServer.start();
        retries.resubmitFailed();
        Deliveries.awaitSettled(jdbc);
        assertThat(recipients()).containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
        assertThat(Deliveries.failed(jdbc, MailDue.class)).isZero();
        assertThat(unmailed("lina")).isZero();

        retries.resubmitFailed();
        Deliveries.awaitSettled(jdbc);
        assertThat(recipients()).hasSize(2);
        assertThat(told("lina")).isEqualTo(linaTold + 1);
    }

    @Test
    void aRestartHandsBackWhatWasLeftAndEachMailGoesOutOnce() {
        mailServer.stop();
        publishLinasPpe();
        await().atMost(Duration.ofSeconds(30)).until(() -> Deliveries.failed(jdbc, MailDue.class) == 2);
        mailServer.start();

        // What the application does at start with spring.modulith.events.republish-outstanding-events-on-restart.
        restart();
        Deliveries.awaitSettled(jdbc);
        restart();
        Deliveries.awaitSettled(jdbc);

        assertThat(recipients()).containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
    }

    @Test
    void twoServersHandlingTheSameMailAtOnceSendItOnce() {
        mail.close();
        publishLinasPpe();
        // Both mails are claimed and wait at the (slow) server; another server starting now hands them again.
        await().atMost(Duration.ofSeconds(20)).until(() -> processing(MailDue.class) == 2);
        restart();
        mail.open();
        Deliveries.awaitSettled(jdbc);

        assertThat(recipients()).containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
    }

    @Test
    void anEventHandedAgainAfterItWasHandledTellsNobodyAndMailsNobodyTwice() {
        int number = publishLinasPpe();
        Deliveries.awaitSettled(jdbc);
        long linaTold = told("lina");
        long karimTold = told("karim");
        List<Long> mailed = jdbc.sql(
                        "SELECT id FROM notification WHERE young_person_id = :yp " + "AND occasion = :occasion")
                .param("yp", lina)
                .param("occasion", "care-plan:" + number)
                .query(Long.class)
                .list();
        assertThat(mailed).hasSize(2);

        // As if the listeners' completion had been lost (a crash right after their commit): the same events again.
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new CarePlanPublished(lina, number));
            mailed.forEach(id -> events.publishEvent(new MailDue(id)));
        });
        Deliveries.awaitSettled(jdbc);

        assertThat(told("lina")).isEqualTo(linaTold);
        assertThat(told("karim")).isEqualTo(karimTold);
        assertThat(recipients()).hasSize(2);
    }

    private void restart() {
        ((SmartInitializingSingleton) incomplete).afterSingletonsInstantiated();
    }

    private int publishLinasPpe() {
        CarePlanDraft draft = carePlans.draft(claire, lina);
        return carePlans.publish(
                claire,
                lina,
                new CarePlanDraft(
                        LocalDate.now(clock).plusMonths(4), draft.youthWords(), draft.parentsWords(), draft.domains()));
    }

    private long told(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND kind = 'CARE_PLAN_PUBLISHED'")
                .param("a", TestSignIn.viewer(context, subject).accountId())
                .query(Long.class)
                .single();
    }

    private long unmailed(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :a AND mailed_at IS NULL "
                        + "AND kind = 'CARE_PLAN_PUBLISHED' AND occasion IS NOT NULL")
                .param("a", TestSignIn.viewer(context, subject).accountId())
                .query(Long.class)
                .single();
    }

    private long processing(Class<?> eventType) {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE STATUS = 'PROCESSING' AND EVENT_TYPE = :type")
                .param("type", eventType.getName())
                .query(Long.class)
                .single();
    }

    private List<String> recipients() {
        return Deliveries.recipients(mailServer);
    }
}
