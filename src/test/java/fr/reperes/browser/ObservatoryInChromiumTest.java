package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.reperes.observatory.Indicator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The observatory's pages in Chromium, on the demo département's real figures (counted, frozen and protected by
 * ObservatoryFigures): no axe violation at 1280 and 360 px, nothing wider than a phone's screen (the table scrolls in
 * its own box), a territory and a period chosen, the period by keyboard alone, and the CSV downloaded says exactly
 * what the table shows, withheld cells included.
 */
class ObservatoryInChromiumTest extends BrowserTest {

    private static final String TERRITORY = "Littoral";

    @Test
    void odpeReadsAnIndicatorOnADesktopAndAPhoneByKeyboardAndDownloadsItsTable() {
        for (int[] size : new int[][] {{1280, 800}, {360, 740}}) {
            Page page = signIn("odpe", size[0], size[1]);
            open(page, "observatoire");
            assertThat(page.locator("h1")).containsText("indicateurs de l’observatoire");
            // A definition opens from the keyboard: a native disclosure in the list sent as HTML.
            Locator definition = page.locator("details").first();
            assertThat(definition.locator("dl")).isHidden();
            definition.locator("summary").focus();
            page.keyboard().press("Enter");
            assertThat(definition.locator("dl")).isVisible();
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

    /**
     * The yearly report: odpe chooses two indicators and writes an introduction, asks for it by keyboard, sees its
     * progress until it is kept with its date, at 1280 and 360 px without an axe violation; its PDF and its HTML say
     * the rows of the indicator page's table for that year by quarter, withheld cells included, and the HTML itself
     * has no axe violation at either width.
     */
    @Test
    void odpeRequestsTheYearlyReportWatchesItsProgressAndDownloadsItsPdfAndHtml() throws Exception {
        Page page = signIn("odpe", 1280, 800);
        open(page, "observatoire");
        page.locator("#observatory-report-link").click();
        assertThat(page.locator("h1")).containsText("Rapport annuel");
        AxeViolations.assertNone(page);
        // The latest year, whose tables the nightly publisher keeps published. A past year a fresh demo never
        // published would first be protected whole, December and its four breakdowns together: minutes on the demo's
        // small numbers, which is the publisher's work, not this test's.
        page.locator("#report-year").click();
        String year = page.locator("vaadin-select-item").first().innerText().strip();
        page.locator("vaadin-select-item").first().click();
        assertThat(page.locator("#report-year vaadin-select-list-box")).isHidden();
        assertThat(year).matches("\\d{4}");
        // Two indicators: the first of the dossier's, and the livret's.
        Locator dossier = page.locator("#report-indicators-dossier vaadin-checkbox");
        for (int i = 1; i < dossier.count(); i++) {
            dossier.nth(i).locator("input").uncheck();
        }
        for (String source : List.of("autonomy", "participation")) {
            Locator boxes = page.locator("#report-indicators-" + source + " vaadin-checkbox");
            for (int i = 0; i < boxes.count(); i++) {
                boxes.nth(i).locator("input").uncheck();
            }
        }
        page.locator("#report-introduction textarea").fill("Introduction de l’essai dans Chromium.");
        page.locator("#report-request").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#report-progress-text")).containsText("sur 2");
        Locator pdfLink = page.locator("#report-list a[id^=report-pdf-]");
        assertThat(pdfLink).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        assertThat(page.locator("#report-progress")).isHidden();
        assertThat(page.locator("#report-list")).containsText("Écrit le");
        AxeViolations.assertNone(page);
        noOverflow(page);
        tabTo(page, pdfLink);

        APIResponse pdfResponse = page.request()
                .get("http://localhost:" + port + "/" + pdfLink.first().getAttribute("href"));
        assertThat(pdfResponse.status()).isEqualTo(200);
        String pdf;
        try (PDDocument document = Loader.loadPDF(pdfResponse.body())) {
            pdf = flat(new PDFTextStripper().getText(document));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
        }
        APIResponse htmlResponse = page.request()
                .get("http://localhost:" + port + "/"
                        + page.locator("#report-list a[id^=report-html-]")
                                .first()
                                .getAttribute("href"));
        assertThat(htmlResponse.status()).isEqualTo(200);
        String html = new String(htmlResponse.body(), StandardCharsets.UTF_8);
        assertThat(pdf).contains("Introduction de l’essai dans Chromium.");
        assertThat(flat(Jsoup.parse(html).text())).contains("Introduction de l’essai dans Chromium.");

        // The indicator's page for the same year, by quarter: its table is the report's, row by row.
        open(page, "observatoire/" + Indicator.PPE_COVERAGE.slug());
        assertThat(page.locator("table caption"))
                .containsText("par mois", new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
        choose(page, "#observatory-granularity", "Trimestre");
        assertThat(page.locator("table caption")).containsText("par trimestre");
        choose(page, "#observatory-year", year);
        assertThat(page.locator("table thead th").nth(1)).containsText(year);
        String caption = flat(page.locator("table caption").innerText());
        List<List<String>> rows = new ArrayList<>();
        for (Locator row : page.locator("table tbody tr").all()) {
            rows.add(row.locator("th, td").allInnerTexts().stream()
                    .map(ObservatoryInChromiumTest::flat)
                    .toList());
        }
        assertThat(rows).isNotEmpty();
        assertThat(pdf).contains(caption);
        for (List<String> row : rows) {
            assertThat(pdf).as("the PDF's line %s", row).contains(String.join(" ", row));
        }
        Element table = Jsoup.parse(html).select("table").stream()
                .filter(t -> flat(t.select("caption").text()).equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the HTML has no table " + caption));
        List<List<String>> inHtml = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            inHtml.add(row.select("th, td").eachText().stream()
                    .map(ObservatoryInChromiumTest::flat)
                    .toList());
        }
        assertThat(inHtml).isEqualTo(rows);

        // The kept report on a phone, then the HTML report itself, read as a page, at both widths.
        Page phone = signIn("odpe", 360, 740);
        open(phone, "observatoire/rapport");
        assertThat(phone.locator("#report-list a[id^=report-pdf-]").first()).isVisible();
        AxeViolations.assertNone(phone);
        noOverflow(phone);
        for (Page reader : List.of(page, phone)) {
            Page report = reader.context().newPage();
            report.setContent(html);
            assertThat(report.locator("h1")).containsText("Rapport annuel " + year);
            AxeViolations.assertNone(report);
            noOverflow(report);
            report.close();
        }
    }

    /** Opens a select and chooses the item of that text. */
    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
        assertThat(page.locator(select + " vaadin-select-list-box")).isHidden();
    }

    /** Every run of spaces (no-break ones too) as one: the PDF's lines and the page's wraps are not content. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    private static void noOverflow(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow").isLessThanOrEqualTo(1);
    }
}
