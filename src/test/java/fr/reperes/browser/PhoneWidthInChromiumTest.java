package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a persona's menu offers, on a 360-px phone at the largest text size: nothing may stick out to the right
 * (which would make the page scroll sideways or cut a word off).
 */
class PhoneWidthInChromiumTest extends BrowserTest {

    private static final String LARGEST_TEXT = "137.5%";

    /** Visible elements whose right edge passes the viewport's, outside the closed drawer; at most ten. */
    private static final String OVERFLOWING = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width + 1) {
                found.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
              }
              for (const element of document.querySelectorAll('body *')) {
                const box = element.getBoundingClientRect();
                if (box.width > 0 && box.height > 0 && box.left >= 0 && box.right > width + 1) {
                  const id = element.id ? '#' + element.id : '';
                  const classes = typeof element.className === 'string' && element.className
                      ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
                  found.push(element.tagName.toLowerCase() + id + classes + ' ends at ' + Math.round(box.right)
                      + ' (' + (element.textContent || '').trim().slice(0, 40) + ')');
                }
              }
              return found.slice(0, 10);
            }""";

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "nadia", "sofia", "mehdi", "amina"})
    void noPageOfThisPersonIsWiderThanAPhoneAtTheLargestTextSize(String persona) {
        Page page = signIn(persona, 360, 740);
        page.evaluate("size => localStorage.setItem('reperes-text-size', size)", LARGEST_TEXT);
        open(page, "");
        assertThat(page.locator("h1").first()).isVisible();
        List<String> paths = new ArrayList<>(List.of(""));
        paths.addAll(menuPaths(page));
        assertThat(paths).as("the menu's pages, after the home page").hasSizeGreaterThan(2);
        List<String> overflows = new ArrayList<>();
        for (String path : paths) {
            open(page, path);
            assertThat(page.locator("h1").first()).isVisible();
            assertThat(page.locator("html")).hasAttribute("style", Pattern.compile("137.5%"));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(OVERFLOWING);
            found.forEach(element -> overflows.add("/" + path + ": " + element));
        }
        assertThat(overflows).as(persona).isEmpty();
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
