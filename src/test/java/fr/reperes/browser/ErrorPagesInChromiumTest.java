package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.TestSignIn;
import java.util.List;
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

    /**
     * Addresses that never reach the portal's router: a file under /VAADIN/ that does not exist, a download link that
     * no longer exists (or was made up), the container's error address itself. Each gets the portal's plain error
     * page in French, with the same status, whom to call and the way home; never Spring's English "Whitelabel" page.
     */
    @Test
    void addressesOutsideTheRouterGetAPlainFrenchPageWithWhomToCall() {
        for (String subject : List.of("lina", "karim")) {
            Page page = signIn(subject, 360, 740);
            for (String address : List.of(
                    "/VAADIN/nulle-part.js",
                    "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/ppe-version-1.pdf",
                    "/error")) {
                Response response = page.navigate("http://localhost:" + port + address);

                assertThat(response.status()).as(address).isEqualTo(404);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable")))
                        .isVisible();
                assertThat(page.locator("html")).hasAttribute("lang", "fr");
                String text = page.locator("body").innerText();
                assertThat(text)
                        .as(subject + " on " + address)
                        .contains("01 99 00 12 34", "119")
                        .contains(subject.equals("lina") ? "Appelle le service" : "appelez le service")
                        .doesNotContain("Whitelabel", "error", "Error", "Not Found", "status", "Exception");
                AxeViolations.assertNone(page);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à l’accueil"))
                        .click();
                assertThat(page.locator("#quitter-rapidement")).isVisible();
            }
        }
    }
}
