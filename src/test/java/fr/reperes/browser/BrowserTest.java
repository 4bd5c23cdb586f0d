package fr.reperes.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal on a random port and one Chromium for the class; each test signs people in in sessions of their own,
 * closed after it. Every browser test class shares this configuration, so they run on one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> sessions = new ArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startBrowser() {
        // A wait for a condition, not a sleep: the first render of a page on a busy 2-core machine can pass 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeSessions() {
        sessions.forEach(BrowserContext::close);
        sessions.clear();
        List<String> refused = consoleErrors.stream()
                .filter(error -> error.contains("Content Security Policy") || error.contains("Content-Security-Policy"))
                .toList();
        consoleErrors.clear();
        Assertions.assertThat(refused)
                .as("the page broke the Content-Security-Policy")
                .isEmpty();
    }

    Page signIn(String username, int width, int height) {
        Page page = Chromium.signIn(browser, port, username, width, height, consoleErrors::add);
        sessions.add(page.context());
        return page;
    }

    void open(Page page, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
    }

    /** How many Tab presses a keyboard user is expected to need at most to reach something on a page. */
    protected static final int MAX_TABS = 80;

    /** Presses Tab until the element has the focus: fails if the keyboard cannot reach it. */
    protected static void tabTo(Page page, Locator target) {
        target.first().waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        Assertions.assertThat(focused(target))
                .as("reached with Tab within %d presses", MAX_TABS)
                .isTrue();
    }

    private static boolean focused(Locator target) {
        return (Boolean)
                target.first()
                        .evaluate(
                                "e => e === document.activeElement || e.contains(document.activeElement)"
                                        + " || e.hasAttribute('focused') || (e.shadowRoot != null && e.shadowRoot.activeElement != null)");
    }
}
