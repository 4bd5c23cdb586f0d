package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The error pages in a real browser, on a phone and on a desktop: inside the portal's frame (menu, quick exit), in
 * plain French, with a way home, nothing of the refused file in the page's source, and no accessibility violation.
 */
class ErrorPagesInChromiumTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aReferentOpeningAFileNotTheirsOnAPhoneIsRefusedInsideTheFrame() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        Page page = signIn("thomas", 360, 740);

        Response response = page.navigate("http://localhost:" + port + "/jeune/" + lina);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page non accessible")))
                .isVisible();
        assertThat(page.locator("#quitter-rapidement")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à l’accueil")))
                .isVisible();
        assertThat(page.content()).doesNotContain("Benali").doesNotContain("Tilleuls");
        // The first response is the portal's shell; the refusal is decided when the router opens the page.
        assertThat(response.status()).isEqualTo(200);
        AxeViolations.assertNone(page);
    }

    @Test
    void anAddressThatLeadsNowhereOnADesktopSaysSoAndLeadsHome() {
        Page page = signIn("claire", 1280, 800);

        Response response = page.navigate("http://localhost:" + port + "/nulle-part");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable")))
                .isVisible();
        // The first response is the portal's shell, not an empty 404 the browser would replace with its own page.
        assertThat(response.status()).isEqualTo(200);
        AxeViolations.assertNone(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à l’accueil"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable")))
                .not()
                .isVisible();
        assertThat(page.locator("h1")).isVisible();
    }
}
