package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.DemoPeople;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal in a real browser: sign-in through the provider's page, each persona's home page checked by axe
 * (WCAG 2.1 A and AA), invitation redemption, quick exit and sign-out.
 */
class PortalInChromiumTest extends BrowserTest {

    @Test
    void linaOnHerPhoneSeesWhatComesNextWithNoAccessibilityViolation() {
        Page page = signIn("lina", 360, 740);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bonjour Lina Benali")))
                .isVisible();
        assertThat(page.getByText("Ce qui t’attend")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("#quitter-rapidement")).isVisible();
        AxeViolations.assertNone(page);
    }

    @Test
    void theTextSizeChosenIsAppliedAndKeptOnThisDevice() {
        Page page = signIn("mehdi", 360, 740);
        page.locator("vaadin-drawer-toggle").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("A++ : Texte très grand"))
                .click();
        assertThat(page.locator("html")).hasAttribute("style", Pattern.compile("font-size: 137.5%"));
        page.reload();
        assertThat(page.getByText("Ce qui t’attend")).isVisible();
        assertThat(page.locator("html")).hasAttribute("style", Pattern.compile("font-size: 137.5%"));
        AxeViolations.assertNone(page);
    }

    @Test
    void sofiasPagesNeverCarryTheFosterFamilysPlaceNotEvenInTheirSource() {
        Page page = signIn("sofia", 360, 740);
        for (String path : List.of("mesures", "contacts", "droits", "")) {
            page.navigate("http://localhost:" + port + "/" + path);
            assertThat(page.locator("h1")).isVisible();
            String source = page.content();
            for (String secret : List.of("Dumont", "Wimereux", "Mouettes", "06 00 00 40 00", "0600004000")) {
                assertThat(source).as("page /%s", path).doesNotContain(secret);
            }
        }
        page.navigate("http://localhost:" + port + "/mesures");
        assertThat(page.getByText("Le juge a décidé que le lieu n’est pas communiqué")
                        .first())
                .isVisible();
        page.getByText("Que veut dire « Placement » ?").first().click();
        AxeViolations.assertNone(page);
    }

    @Test
    void linaReadsHerPpeOnHerPhoneWithNoAccessibilityViolation() {
        Page page = signIn("lina", 360, 740);
        page.navigate("http://localhost:" + port + "/ppe");
        assertThat(page.getByText("Ce qui a changé depuis la version 2").first())
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Écouter")))
                .isVisible();
        AxeViolations.assertNone(page);
    }

    @Test
    void karimReadsLinasLastSyntheseNotesAndAcknowledgesThem() {
        Page page = signIn("karim", 360, 740);
        page.navigate("http://localhost:" + port + "/rendez-vous");
        assertThat(page.getByText("Compte rendu de Claire Martin").first()).isVisible();
        assertThat(page.getByText("CAP cuisine").first()).isVisible();
        AxeViolations.assertNone(page);
        page.getByText("J’ai lu").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer"))
                .first()
                .click();
        assertThat(page.getByText("Vous avez répondu « J’ai lu »").first()).isVisible();
        AxeViolations.assertNone(page);
        long acknowledged = context.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM reaction WHERE author_name = 'Karim Benali' AND kind = 'READ' "
                        + "AND subject_kind = 'MEETING_NOTES'")
                .query(Long.class)
                .single();
        assertThat(acknowledged).isEqualTo(1);
    }

    @Test
    void claireOnADesktopSeesHerCaseloadWithNoAccessibilityViolation() {
        Page page = signIn("claire", 1280, 900);
        assertThat(page.getByText("Les jeunes que je suis")).isVisible();
        assertThat(page.getByText("Benali Lina")).isVisible();
        AxeViolations.assertNone(page);
    }

    @Test
    void aNewcomerRedeemsTheCodeTheirReferentGaveThem() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String firstName = DemoPeople.firstName(context, youngPersonId);
        String code = context.getBean(InvitationDesk.class)
                .inviteYoungPerson(claire, youngPersonId)
                .code();

        Page page = signIn("nouveau-" + System.nanoTime(), 360, 740);
        assertThat(page.getByText("Pas encore de compte")).isVisible();
        AxeViolations.assertNone(page);
        page.getByLabel("Code d’invitation").fill(code.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le code"))
                .click();
        assertThat(page.getByText("Ce qui t’attend")).isVisible();
        assertThat(page.locator(".reperes-who-name")).containsText(firstName);
    }

    @Test
    void quickExitReplacesThePortalWithANeutralPage() {
        Page page = signIn("karim", 360, 740);
        page.route(
                "https://www.google.fr/**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<html lang=\"fr\"><title>Météo</title><p>neutre</p></html>")));
        // Lina's card: the home now names her in several places (her next meeting, what waits).
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Lina").setExact(true)))
                .isVisible();
        page.locator("#quitter-rapidement").click();
        page.waitForURL("https://www.google.fr/**");
        assertThat(page.getByText("neutre")).isVisible();
        // Reopening the portal on this device asks to sign in again.
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("input[name=username]")).isVisible();
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() {
        Page page = signIn("odpe", 1280, 900);
        assertThat(page.getByText("Votre espace observatoire")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                .click();
        page.waitForURL("**/deconnecte");
        assertThat(page.getByText("Vous êtes déconnecté·e")).isVisible();
        AxeViolations.assertNone(page);
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("input[name=username]")).isVisible();
    }
}
