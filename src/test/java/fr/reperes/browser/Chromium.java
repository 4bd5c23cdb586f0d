package fr.reperes.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Debian's Chromium driven by Playwright, offline: no browser download, no background traffic. */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private Chromium() {}

    static Playwright playwright() {
        requireExecutable(EXECUTABLE, System.getenv("CI"));
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /**
     * Without Chromium the browser tests are skipped on a developer's machine, but fail wherever CI is set, to any
     * value (.ci/run exports it): a skipped test there would pass unseen.
     */
    static void requireExecutable(Path executable, String ci) {
        String missing = "Chromium is not installed at " + executable + " (apt-get install -y chromium)";
        if (ci != null) {
            assertTrue(Files.isExecutable(executable), missing);
        } else {
            assumeTrue(Files.isExecutable(executable), missing);
        }
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run",
                                // The network is closed: resolve nothing but this machine.
                                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1")));
    }

    /** A new session with a window of this size, signed in through the provider's page as a demo persona. */
    static Page signIn(
            Browser browser, int port, String username, int width, int height, Consumer<String> onConsoleError) {
        BrowserContext session = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("fr-FR"));
        // From the first page on: a Content-Security-Policy refusal is reported on the console as an error.
        session.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                onConsoleError.accept(message.text());
            }
        });
        Page page = session.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=username]").press("Enter");
        page.waitForURL("http://localhost:" + port + "/**");
        return page;
    }
}
