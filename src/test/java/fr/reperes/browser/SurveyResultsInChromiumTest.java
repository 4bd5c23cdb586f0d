package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's closed satisfaction survey: the observatory reads its results on a desktop screen (no axe violation,
 * every chart with a text alternative next to its data table) and downloads the CSV, which holds no count under 5 and
 * the very numbers the tables show; Lina reads the results given back on a 360-px phone, with no axe violation and
 * nothing wider than the screen.
 */
class SurveyResultsInChromiumTest extends BrowserTest {

    @Test
    void theObservatoryReadsAndDownloadsTheResultsAndLinaReadsThemGivenBackOnAPhone() {
        long survey = context.getBean(JdbcClient.class)
                .sql("SELECT id FROM survey WHERE title = 'Satisfaction sur le lieu d''accueil' AND status = 'CLOSED'"
                        + " ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();

        Page page = signIn("odpe", 1280, 800);
        long start = System.nanoTime();
        open(page, "questionnaires/" + survey + "/resultats");
        assertThat(page.locator("table").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        System.out.println("demo satisfaction results shown in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        AxeViolations.assertNone(page);
        Locator charts = page.locator("img");
        assertThat(charts.count()).isPositive();
        for (int i = 0; i < charts.count(); i++) {
            assertThat(charts.nth(i).getAttribute("alt")).as("chart %s", i).isNotBlank();
        }
        List<Integer> shown = new ArrayList<>();
        for (String text : page.locator("table td").allInnerTexts()) {
            number(text.strip(), shown);
        }
        assertThat(shown).isNotEmpty().allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));

        Locator csv = page.locator("a[href*='VAADIN/dynamic']").first();
        APIResponse download = page.request().get("http://localhost:" + port + "/" + csv.getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        String text = new String(download.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Integer> exported = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.Builder.create(CSVFormat.EXCEL)
                    .setDelimiter(';')
                    .get()
                    .parse(new StringReader(text))) {
                for (int column = 1; column < record.size(); column++) {
                    number(record.get(column).strip(), exported);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(exported).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
        assertThat(exported).as("the CSV's numbers are the tables'").containsExactlyElementsOf(shown);

        Page phone = signIn("lina", 360, 740);
        open(phone, "mes-questionnaires/" + survey + "/resultats");
        assertThat(phone.getByText("Voici ce que le département va faire")).isVisible();
        AxeViolations.assertNone(phone);
        Object overflow =
                phone.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow").isLessThanOrEqualTo(1);
    }

    private static void number(String text, List<Integer> numbers) {
        if (text.matches("\\d+")) {
            numbers.add(Integer.parseInt(text));
        }
    }
}
