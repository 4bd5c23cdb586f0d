package fr.reperes.shell.errors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import fr.reperes.KaribuTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.shell.layout.MainLayout;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The error pages inside the portal's frame, and the session's error handler for what a click throws. */
class ErrorPagesTest extends KaribuTest {

    private static final Pattern REFERENCE =
            Pattern.compile("référence ([A-Z0-9]{" + Incidents.REFERENCE_LENGTH + "}) ");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureIncidents() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Incidents.class)).addAppender(log);
    }

    @AfterEach
    void releaseIncidents() {
        ((Logger) LoggerFactory.getLogger(Incidents.class)).detachAppender(log);
    }

    private static void assertInsideTheFrame() {
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(pageText()).contains("Quitter rapidement", "Retour à l’accueil");
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    /** The messages of the logged exception and of its causes. */
    private static String causes(ILoggingEvent event) {
        StringBuilder messages = new StringBuilder();
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInsideTheFrame() {
        signInAs("claire");
        assertThat(open("cette-page-n-existe-pas")).isEqualTo(404);
        _get(NotFoundView.class);
        assertInsideTheFrame();
        assertThat(pageText()).contains("Page introuvable", "ne mène à aucune page");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page introuvable");
    }

    @Test
    void aPageThatFailsWhileOpeningShowsAReferenceAndTheLogHasTheSameOne() {
        signInAs("claire");
        assertThat(open(FailingPage.ROUTE)).isEqualTo(500);
        _get(UnexpectedErrorView.class);
        assertInsideTheFrame();
        String text = pageText();
        assertThat(text).contains("Un problème est survenu").doesNotContain(FailingPage.DETAIL, "IllegalState");
        String reference = reference(text);

        List<ILoggingEvent> errors =
                log.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getFormattedMessage()).contains(reference, FailingPage.ROUTE);
        assertThat(causes(errors.getFirst())).contains(FailingPage.DETAIL);
    }

    @Test
    void aFaultInAClickListenerShowsAMessageWithTheReferenceThatTheLogHolds() {
        signInAs("lina");
        Button broken = new Button("Bouton en panne", click -> {
            throw new IllegalStateException("panne d’essai au clic");
        });
        UI.getCurrent().add(broken);
        clickAsTheBrowser(broken);

        Notification message = _get(Notification.class);
        assertThat(message.isOpened()).isTrue();
        String text = pageText();
        assertThat(text)
                .contains("Un problème inattendu a empêché cette action")
                .doesNotContain("panne d’essai");
        String reference = reference(text);
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains(reference);
            assertThat(causes(event)).contains("panne d’essai au clic");
        });
        // The page that was open stays as it was.
        assertThat(text).contains("Bonjour");
    }

    @Test
    void aRefusalRaisedByAClickIsShownAsARefusalNotAsAFault() {
        signInAs("claire");
        // What the file's page left behind: its title naming the young person, a message about the file.
        UI.getCurrent().getPage().setTitle("Lina Benali");
        Notification.show("Lina Benali : PPE enregistré");
        MockVaadin.clientRoundtrip(false);
        Button refused = new Button("Bouton refusé", click -> {
            throw new AccessRefusedException(AccessReason.NOT_THEIR_FILE);
        });
        UI.getCurrent().add(refused);
        clickAsTheBrowser(refused);

        _get(AccessRefusedView.class);
        assertInsideTheFrame();
        assertThat(pageText())
                .contains("Page non accessible", "Ce dossier n’est pas dans ceux que vous suivez.")
                .doesNotContain("Un problème");
        assertThat(_find(Notification.class)).noneMatch(Notification::isOpened);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page non accessible");
        assertThat(log.list).isEmpty();
    }
}
