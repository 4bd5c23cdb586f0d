package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DocumentServiceTest;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of PDF a family downloads (a PPE version, meeting notes, a shared document), over HTTP: followed after
 * the access went (Karim's authority withdrawn while his pages were open), each ends as a clean 403 without a body,
 * journaled as a refusal in Lina's file, and nothing is logged as an error.
 */
class DownloadRefusalsInChromiumTest extends BrowserTest {

    /** Each page of Karim's that offers a PDF of Lina's file. */
    private static final List<String> DOWNLOADS = List.of("ppe", "rendez-vous", "documents");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    private String url(Locator link) {
        return "http://localhost:" + port + "/" + link.getAttribute("href");
    }

    @Test
    void everyDownloadFollowedAfterTheAccessWentIsAJournaledCleanRefusal() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Viewer karim = TestSignIn.viewer(context, "karim");
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        // The demo file has no document: the référent shares one with the family.
        Viewer claire = TestSignIn.viewer(context, "claire");
        DocumentService documents = context.getBean(DocumentService.class);
        long document = documents.add(
                claire,
                lina,
                new NewDocument(
                        DocumentKind.OTHER,
                        "Attestation",
                        LocalDate.now(context.getBean(Clock.class)),
                        "attestation.pdf",
                        DocumentServiceTest.pdf("Attestation.")));
        documents.share(claire, document, true);
        Page first = signIn("karim", 1280, 800);
        Map<String, String> links = new LinkedHashMap<>();
        for (String route : DOWNLOADS) {
            // A tab each, as a page's links live as long as the page.
            Page page = first.context().newPage();
            open(page, route);
            Locator link = page.locator("a[href*='VAADIN/dynamic']").first();
            try {
                assertThat(link).isVisible();
            } catch (AssertionError none) {
                throw new AssertionError(
                        "No download on " + route + " among "
                                + page.locator("a").evaluateAll("links => links.map(a => a.getAttribute('href'))"),
                        none);
            }
            links.put(route, url(link));
        }
        for (String url : links.values()) {
            APIResponse granted = first.request().get(url);
            assertThat(granted.status()).as(url).isEqualTo(200);
            assertThat(new String(granted.body(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
        long refusedBefore = refused(jdbc, karim, lina);
        log.list.clear();

        jdbc.sql("UPDATE parent_link SET authority = 'WITHDRAWN' WHERE parent_id = :p AND young_person_id = :yp")
                .param("p", karim.parentId())
                .param("yp", lina)
                .update();
        try {
            for (Map.Entry<String, String> link : links.entrySet()) {
                APIResponse refused = first.request().get(link.getValue());
                assertThat(refused.status()).as(link.getKey()).isEqualTo(403);
                assertThat(refused.text()).as(link.getKey()).doesNotContain("Exception", "at fr.reperes", "%PDF");
            }
        } finally {
            jdbc.sql("UPDATE parent_link SET authority = 'HOLDS' WHERE parent_id = :p AND young_person_id = :yp")
                    .param("p", karim.parentId())
                    .param("yp", lina)
                    .update();
        }

        assertThat(refused(jdbc, karim, lina)).isEqualTo(refusedBefore + DOWNLOADS.size());
        assertThat(log.list)
                .as("nothing logged as a warning or an error")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    private static long refused(JdbcClient jdbc, Viewer actor, long youngPersonId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor_account_id = :a AND young_person_id = :yp "
                        + "AND action = 'REFUSED' AND access_reason = 'AUTHORITY_WITHDRAWN'")
                .param("a", actor.accountId())
                .param("yp", youngPersonId)
                .query(Long.class)
                .single();
    }
}
