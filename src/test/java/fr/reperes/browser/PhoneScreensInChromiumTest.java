package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a young person and her parents see on a 360-px phone, kept as pictures to compare between versions: every page
 * of their menu, whole, written to {@code target/screens/<persona>-<page>-360.png} (the home page is "accueil").
 */
class PhoneScreensInChromiumTest extends BrowserTest {

    static final Path SCREENS = Path.of("target", "screens");

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "nadia"})
    void everyMenuPageOfThisPersonIsPhotographedAt360Pixels(String persona) throws IOException {
        Files.createDirectories(SCREENS);
        Page page = signIn(persona, 360, 740);
        assertThat(page.locator("h1").first()).isVisible();
        List<String> paths = new ArrayList<>(List.of(""));
        paths.addAll(menuPaths(page));
        List<Path> written = new ArrayList<>();
        for (String path : paths) {
            open(page, path);
            assertThat(page.locator("h1").first()).isVisible();
            // A picture of the page at rest, not of a notification halfway through fading in.
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
            Path file =
                    SCREENS.resolve(persona + "-" + (path.isEmpty() ? "accueil" : path.replace('/', '-')) + "-360.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            written.add(file);
        }
        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
    }

    private static Set<String> menuPaths(Page page) {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>)
                page.evaluate("() => [...document.querySelectorAll('vaadin-side-nav-item')].map(item => item.path)"
                        + ".filter(path => typeof path === 'string')");
        Set<String> unique = new LinkedHashSet<>();
        paths.forEach(path -> unique.add(path.replaceFirst("^/", "")));
        return unique;
    }
}
