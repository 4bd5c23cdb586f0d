package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.TestSignIn;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Sur cette page" in a real browser, on a phone: a link of the summary, followed from the keyboard, brings the section
 * into view on the same page (no trip home through the portal's base address, no reload), and the summary passes axe.
 */
class PageSummaryInChromiumTest extends BrowserTest {

    @Test
    void linaJumpsFromTheSummaryToTheLastSectionOfHerPpeWithTheKeyboard() {
        Page page = signIn("lina", 360, 740);
        open(page, "ppe");
        Locator summary = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sur cette page"));
        assertThat(summary).isVisible();
        AxeViolations.assertNone(page);
        Locator last = summary.getByRole(AriaRole.LINK).last();
        String id = last.getAttribute("href").replaceFirst(".*#", "");
        Locator section = page.locator("#" + id);
        assertThat(section).not().isInViewport();

        page.evaluate("() => { window.reperesSameDocument = true; }");
        last.focus();
        page.keyboard().press("Enter");
        assertThat(section).isInViewport();
        assertThat(page).hasURL("http://localhost:" + port + "/ppe#" + id);
        assertThat(page.locator("h1").first()).hasText(Pattern.compile("PPE"));
        assertThat(page.evaluate("() => window.reperesSameDocument === true"))
                .as("the same document: no reload")
                .isEqualTo(true);
    }

    @Test
    void claireFindsTheSectionsOfAYoungPersonsPageOnHerPhone() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        Page page = signIn("claire", 360, 740);
        open(page, "jeune/" + lina);
        Locator summary = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sur cette page"));
        assertThat(summary.getByRole(AriaRole.LINK)).not().hasCount(0);
        AxeViolations.assertNone(page);
        Locator measures = summary.getByRole(AriaRole.LINK).last();
        String id = measures.getAttribute("href").replaceFirst(".*#", "");
        measures.click();
        assertThat(page.locator("#" + id)).isInViewport();
        assertThat(page).hasURL("http://localhost:" + port + "/jeune/" + lina + "#" + id);
    }
}
