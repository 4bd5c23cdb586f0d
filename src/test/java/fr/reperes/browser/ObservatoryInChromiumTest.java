package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.reperes.observatory.Dimension;
import fr.reperes.observatory.FigureTable;
import fr.reperes.observatory.Granularity;
import fr.reperes.observatory.Indicator;
import fr.reperes.observatory.ObservatoryFigures;
import fr.reperes.observatory.ObservatoryTerritory;
import fr.reperes.platform.suppression.IndicatorCell;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The observatory's pages in Chromium, on hand-built protected tables (the figures service has its own tests): no axe
 * violation at 1280 and 360 px, nothing wider than a phone's screen (the table scrolls in its own box), the period
 * chosen and the table and downloads reached by keyboard alone, and the CSV downloaded holds the withheld words where
 * the table withholds.
 */
class ObservatoryInChromiumTest extends BrowserTest {

    private static final int MAX_TABS = 80;

    @MockitoBean
    ObservatoryFigures figures;

    @BeforeEach
    void handBuiltFigures() {
        when(figures.lastPublishedMonth(any())).thenReturn(Optional.of(YearMonth.of(2026, 3)));
        when(figures.territories(any()))
                .thenReturn(List.of(new ObservatoryTerritory(11, "Nord"), new ObservatoryTerritory(12, "Sud")));
        when(figures.table(any(), any(), any(), any(), any(), any()))
                .thenAnswer(call ->
                        table(call.getArgument(1), call.getArgument(2), call.getArgument(3), call.getArgument(4)));
    }

    private static FigureTable table(
            Indicator indicator, Dimension breakdown, @Nullable Long territoryId, Granularity granularity) {
        List<String> periods = switch (granularity) {
            case MONTH -> List.of("2026-01", "2026-02", "2026-03");
            case QUARTER -> List.of("2025-T4", "2026-T1");
            case YEAR -> List.of("2025", "2026");
        };
        List<FigureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<IndicatorCell> cells = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                cells.add((i + p) % 3 == 0 ? IndicatorCell.of(null, null) : IndicatorCell.of(10 + i + p, 40 + i));
            }
            rows.add(new FigureTable.Row("C" + i, "Catégorie au nom assez long " + i, cells));
        }
        List<IndicatorCell> total = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            total.add(p == 1 ? IndicatorCell.of(null, null) : IndicatorCell.of(60 + p, 180));
        }
        return new FigureTable(
                indicator, breakdown, territoryId, granularity, periods, rows, total, LocalDate.of(2026, 4, 1));
    }

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
        Locator period = page.locator("#observatory-granularity");
        tabTo(page, period);
        // Arrow down opens the list on the chosen item; arrow down again moves to the next; Enter chooses it.
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Mois");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Trimestre");
        page.keyboard().press("Enter");
        assertThat(page.locator("table caption")).containsText("par trimestre");
        tabTo(page, page.locator("[role=region]"));
        tabTo(page, page.locator("#observatory-download-csv"));
        AxeViolations.assertNone(page);

        APIResponse download = page.request()
                .get("http://localhost:" + port + "/"
                        + page.locator("#observatory-download-csv").getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("masqué (moins de 5 personnes ou calculable)");
        assertThat(csv.lines().filter(line -> line.startsWith("Catégorie au nom assez long 0")))
                .singleElement()
                .asString()
                .startsWith("Catégorie au nom assez long 0;masqué");
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
