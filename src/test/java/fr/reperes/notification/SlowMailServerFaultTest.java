package fr.reperes.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.reperes.Deliveries;
import fr.reperes.dossier.CarePlanDraft;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.mail.MailDue;
import fr.reperes.platform.FailedEventRetries;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mail server that accepts the connection and then says nothing (overloaded, half-dead): the portal's real
 * JavaMail sender with the timeouts of application.properties ({@code spring.mail.properties.mail.smtp.*}, 10 s).
 * The référent's publication returns in well under the mail's timeout; each mail fails when the timeout strikes and
 * waits in the event publication registry; once a working server answers on the same address, the retry sends each
 * mail once. Run with {@code ./mvnw -Pfaults test -Dtest=SlowMailServerFaultTest}.
 */
@Tag("fault")
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class SlowMailServerFaultTest {

    /** The mail's own timeout is 10 s: a publication that waited for the server would take at least that. */
    private static final Duration CLICK_WITHIN = Duration.ofSeconds(3);

    private static final StallingServer stalling = StallingServer.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", stalling::port);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    FailedEventRetries retries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aMailServerThatHangsNeverSlowsTheClickAndEachMailGoesOutOnceItAnswers() throws Exception {
        Deliveries.awaitSettled(jdbc);
        long publishing = System.nanoTime();
        publishLinasPpe();
        Duration took = Duration.ofNanos(System.nanoTime() - publishing);

        System.out.println("Publication with a mail server that never answers returned in " + took);
        assertThat(took).isLessThan(CLICK_WITHIN);
        // Lina's and Karim's mails reached the server, which never answered: each failed at the timeout, kept.
        await().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.failed(jdbc, MailDue.class) == 2);
        assertThat(stalling.connections()).isGreaterThanOrEqualTo(2);

        stalling.close();
        GreenMail working = new GreenMail(new ServerSetup(stalling.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        working.start();
        try {
            retries.resubmitFailed();
            Deliveries.awaitSettled(jdbc);
            assertThat(Deliveries.recipients(working))
                    .containsExactlyInAnyOrder("lina@demo.reperes.fr", "karim@demo.reperes.fr");
            assertThat(Deliveries.failed(jdbc, MailDue.class)).isZero();

            // A second retry finds nothing left to send.
            retries.resubmitFailed();
            Deliveries.awaitSettled(jdbc);
            assertThat(Deliveries.recipients(working)).hasSize(2);
        } finally {
            working.stop();
        }
    }

    @AfterAll
    static void stopStalling() {
        stalling.close();
    }

    private void publishLinasPpe() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        CarePlanDraft draft = carePlans.draft(claire, lina);
        carePlans.publish(
                claire,
                lina,
                new CarePlanDraft(
                        LocalDate.now(clock).plusMonths(4), draft.youthWords(), draft.parentsWords(), draft.domains()));
    }

    /** Accepts every connection on a free loopback port and never writes a byte: no SMTP greeting ever comes. */
    private static final class StallingServer {

        private final ServerSocket socket;
        private final List<Socket> accepted = new ArrayList<>();

        private StallingServer(ServerSocket socket) {
            this.socket = socket;
        }

        static StallingServer start() {
            try {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                StallingServer server = new StallingServer(socket);
                Thread acceptor = new Thread(server::accept, "stalling-smtp");
                acceptor.setDaemon(true);
                acceptor.start();
                return server;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    synchronized (accepted) {
                        accepted.add(connection);
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            synchronized (accepted) {
                return accepted.size();
            }
        }

        void close() {
            try {
                socket.close();
                synchronized (accepted) {
                    for (Socket connection : accepted) {
                        connection.close();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
