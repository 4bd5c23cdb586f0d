package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.reperes.observatory.Indicator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The observatory's pages in Chromium, on the demo département's real figures (counted, frozen and protected by
 * ObservatoryFigures): no axe violation at 1280 and 360 px, nothing wider than a phone's screen (the table scrolls in
 * its own box), a territory and a period chosen, the period by keyboard alone, and the CSV downloaded says exactly
 * what the table shows, withheld cells included.
 */
class ObservatoryInChromiumTest extends BrowserTest {

    private static final int MAX_TABS = 80;
    private static final String TERRITORY = "Littoral";

    @Test
    void odpeReadsAnIndicatorOnADesktopAndAPhoneByKeyboardAndDownloadsItsTable() {
        for (int[] size : new int[][] {{1280, 800}, {360, 740}}) {
            Page page = signIn("odpe", size[0], size[1]);
            open(page, "observatoire");
            assertThat(page.locator("h1")).containsText("indicateurs de l’observatoire");
            AxeViolations.assertNone(page);
            noOverflow(page);

            open(page, "observatoire/" + Indicator.PPE_COVERAGE.slug());
            assertThat(page.locator("table caption"))
                    .containsText("par mois", new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
            AxeViolations.assertNone(page);
            noOverflow(page);
            assertThat(page.locator("img#observatory-chart-total").getAttribute("alt"))
                    .isNotBlank();
        }
        Page page = signIn("odpe", 360, 740);
        open(page, "observatoire/" + Indicator.PPE_COVERAGE.slug());
        assertThat(page.locator("table caption"))
                .containsText("par mois", new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
        page.locator("#observatory-territory").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(TERRITORY))
                .click();
        assertThat(page.locator("table caption")).containsText(TERRITORY + " seulement");
        assertThat(page.locator("#observatory-territory vaadin-select-list-box"))
                .isHidden();
        AxeViolations.assertNone(page);

        Locator period = page.locator("#observatory-granularity");
        tabTo(page, period);
        // Arrow down opens the list on the chosen item; arrow down again moves to the next; Enter chooses it.
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Mois");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Trimestre");
        page.keyboard().press("Enter");
        // Judge the page once the list has closed, not while it fades out.
        assertThat(page.locator("#observatory-granularity vaadin-select-list-box"))
                .isHidden();
        assertThat(page.locator("table caption")).containsText("par trimestre");
        assertThat(page.locator("table caption")).containsText(TERRITORY + " seulement");
        tabTo(page, page.locator("[role=region]"));
        tabTo(page, page.locator("#observatory-download-csv"));
        AxeViolations.assertNone(page);

        List<String> shown = page.locator("table tbody tr").allInnerTexts().stream()
                .map(row -> row.strip().replaceAll("\\s*\\t\\s*|\\s*\\n\\s*", ";"))
                .toList();
        APIResponse download = page.request()
                .get("http://localhost:" + port + "/"
                        + page.locator("#observatory-download-csv").getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(TERRITORY);
        assertThat(shown).isNotEmpty();
        for (String row : shown) {
            String label = row.split(";", 2)[0];
            assertThat(csv.lines().filter(line -> line.startsWith(label + ";")))
                    .as("the CSV line of %s", label)
                    .isNotEmpty();
        }
        long withheldOnScreen = shown.stream()
                .mapToLong(row -> row.split("masqué", -1).length - 1)
                .sum();
        long withheldInCsv = csv.lines()
                .filter(line -> shown.stream().anyMatch(row -> line.startsWith(row.split(";", 2)[0] + ";")))
                .mapToLong(line -> line.split("masqué", -1).length - 1)
                .sum();
        assertThat(withheldInCsv).as("withheld cells in the CSV as on screen").isEqualTo(withheldOnScreen);
    }

    private static void noOverflow(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow").isLessThanOrEqualTo(1);
    }

    /** Presses Tab until the element has the focus: fails if the keyboard cannot reach it. */
    private static void tabTo(Page page, Locator target) {
        target.first().waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        assertThat(focused(target))
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
