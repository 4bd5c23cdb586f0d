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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinService;
import fr.reperes.KaribuTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.shell.layout.MainLayout;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

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
    void aPageThatCannotReachTheDatabaseSaysRepèresIsMomentarilyUnavailableInsideTheFrame() {
        signInAs("lina");
        assertThat(open(UnreachableDatabasePage.ROUTE)).isEqualTo(503);
        _get(UnexpectedErrorView.class);
        assertInsideTheFrame();
        assertThat(pageText())
                .contains(
                        "Repères est momentanément indisponible",
                        "Repères est momentanément indisponible, les réponses écrites ne sont pas perdues.")
                .doesNotContain("référence", "Exception");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Repères est momentanément indisponible");
        // Not a fault of the portal: no incident.
        assertThat(log.list).isEmpty();
    }

    @Test
    void aClickThatCannotReachTheDatabaseSaysSoOnceAndKeepsThePageAndWhatWasTyped() {
        signInAs("lina");
        TextField typed = new TextField("Réponse");
        typed.setValue("ce que Lina a écrit");
        Button save = new Button("Enregistrer", click -> {
            throw new DataAccessResourceFailureException(
                    "Failed to obtain JDBC Connection", new SQLTransientConnectionException("timed out after 5000ms"));
        });
        UI.getCurrent().add(typed, save);
        clickAsTheBrowser(save);
        clickAsTheBrowser(save);

        assertThat(_find(Notification.class).stream().filter(Notification::isOpened))
                .singleElement()
                .satisfies(message -> {
                    assertThat(message.isOpened()).isTrue();
                    assertThat(message.getElement().getTextRecursively()
                                    + message.getChildren()
                                            .map(child -> child.getElement().getTextRecursively())
                                            .reduce("", String::concat))
                            .contains(
                                    "Repères est momentanément indisponible, les réponses écrites ne sont pas perdues.")
                            .doesNotContain("référence");
                });
        assertThat(typed.getValue()).isEqualTo("ce que Lina a écrit");
        assertThat(pageText()).contains("Bonjour");
        assertThat(log.list).isEmpty();
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

    /** Each kind of error page, by the address that leads to it and the status it answers with. */
    private static final Map<String, Integer> EVERY_KIND =
            Map.of("cette-page-n-existe-pas", 404, RefusingPage.ROUTE, 403, FailingPage.ROUTE, 500);

    /** What Vaadin, Spring or Java would write if one of their messages got through. */
    private static final List<String> RAW = List.of(
            "Could not navigate",
            "Exception",
            "Whitelabel",
            "There was an unexpected error",
            "Internal error",
            "Not Found",
            "Forbidden",
            "!error.");

    @ParameterizedTest
    @ValueSource(
            strings = {"lina", "mehdi", "amina", "karim", "nadia", "sofia", "claire", "thomas", "yanis", "odpe", "admin"
            })
    void everyErrorPageSaysWhomToCallInTheReadersVoiceAndNothingRaw(String subject) {
        boolean young = List.of("lina", "mehdi", "amina").contains(subject);
        signInAs(subject);
        EVERY_KIND.forEach((address, status) -> {
            assertThat(open(address)).as(address).isEqualTo(status);
            assertInsideTheFrame();
            String text = pageText();
            String call =
                    _get(Paragraph.class, spec -> spec.withId("qui-appeler")).getText();
            assertThat(call).as(subject + " on " + address).contains("01 99 00 12 34", "119");
            if (young) {
                assertThat(call)
                        .contains("Appelle le service", "Si tu es en danger")
                        .doesNotContain("appelez");
            } else {
                assertThat(call).contains("appelez le service").doesNotContain("Appelle ", " tu ");
            }
            assertThat(text).as(subject + " on " + address).doesNotContain(RAW);
        });
    }

    /**
     * Vaadin's own messages over the page (internal error, cookies, lost synchronisation) are the bundle's, never its
     * English; an expired session has none (the page reloads into the sign-in).
     */
    @Test
    void vaadinsOwnMessagesAreInTheReadersLanguage() {
        signInAs("lina");
        VaadinService service = VaadinService.getCurrent();
        SystemMessages french = service.getSystemMessagesProvider()
                .getSystemMessages(new SystemMessagesInfo(Locale.FRENCH, null, service));
        SystemMessages english = service.getSystemMessagesProvider()
                .getSystemMessages(new SystemMessagesInfo(Locale.ENGLISH, null, service));
        SystemMessages vaadins = new CustomizedSystemMessages();
        for (SystemMessages messages : List.of(french, english)) {
            assertThat(shown(messages)).doesNotContainNull().noneMatch(text -> text.startsWith("!"));
        }
        assertThat(shown(french)).doesNotContainAnyElementsOf(shown(vaadins));
        assertThat(french.getSessionExpiredCaption()).isNull();
        assertThat(french.getInternalErrorCaption()).isEqualTo("Un problème est survenu");
        assertThat(english.getInternalErrorCaption()).isEqualTo("Something went wrong");
    }

    private static List<String> shown(SystemMessages messages) {
        return Arrays.asList(
                messages.getInternalErrorCaption(),
                messages.getInternalErrorMessage(),
                messages.getCookiesDisabledCaption(),
                messages.getCookiesDisabledMessage(),
                messages.getSyncErrorCaption(),
                messages.getSyncErrorMessage());
    }
}
