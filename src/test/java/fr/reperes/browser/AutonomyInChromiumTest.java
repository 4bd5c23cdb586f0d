package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ViewportSize;
import fr.reperes.identity.TestSignIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The autonomy pathway in a real browser: Lina fills her grid and sends her contrat jeune majeur request from her
 * phone, and every page of the pathway is checked by axe (WCAG 2.1 A and AA) at the width people use it at.
 * Its configuration is {@link BrowserTest}'s, like {@link PortalInChromiumTest}: one Spring context for both.
 */
class AutonomyInChromiumTest extends BrowserTest {

    /** Full-page pictures of the phone screens, for a person to look at; nothing asserts on them. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void linaFillsTwoDomainsOfHerGridAndSendsHerRequestFromHerPhone() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        Page page = signIn("lina", 360, 740);
        open(page, "autonomie");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mon projet d’autonomie")))
                .isVisible();
        AxeViolations.assertNone(page);
        screenshotWholePage(page, "autonomie-360.png");

        assess(page, "HEALTH", "J’apprends");
        assess(page, "TRAINING_WORK", "J’ai besoin d’aide");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir ou préparer ma demande"))
                .click();
        Locator step = page.locator("#etape");
        assertThat(step).hasText("Étape 1 sur 4 : Mes projets");
        AxeViolations.assertNone(page);
        screenshotWholePage(page, "demande-etape-1-360.png");
        page.locator("#projets textarea").fill("Finir mon CAP cuisine et trouver un studio près du restaurant.");
        page.locator("#etape-suivante").click();

        assertThat(step).hasText("Étape 2 sur 4 : Ce que je demande");
        page.locator("#demande-logement input").check();
        page.locator("#demande-accompagnement input").check();
        AxeViolations.assertNone(page);
        page.locator("#etape-suivante").click();

        assertThat(step).hasText("Étape 3 sur 4 : Mes documents");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "certificat-scolarite.pdf",
                        "application/pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(page.locator("vaadin-upload-file[complete]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre ce document"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer certificat-scolarite.pdf")))
                .isVisible();
        AxeViolations.assertNone(page);
        page.locator("#etape-suivante").click();

        assertThat(step).hasText("Étape 4 sur 4 : Vérifier et envoyer");
        Locator review = page.locator("#demande");
        assertThat(review).containsText("Finir mon CAP cuisine");
        assertThat(review).containsText("Un logement");
        assertThat(review).containsText("certificat-scolarite.pdf");
        AxeViolations.assertNone(page);
        page.locator("#envoyer-demande").click();

        assertThat(page.locator(".reperes-status").getByText("Envoyée", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("#demande")).hasCount(0);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Ma demande et mon contrat")
                                .setLevel(2)))
                .isVisible();
        AxeViolations.assertNone(page);
        screenshotWholePage(page, "demande-envoyee-360.png");

        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, String> grid = jdbc
                .sql("SELECT domain, level FROM autonomy_assessment WHERE young_person_id = :id")
                .param("id", lina)
                .query((row, n) -> Map.entry(row.getString("domain"), row.getString("level")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(grid).containsEntry("HEALTH", "LEARNING").containsEntry("TRAINING_WORK", "NEED_HELP");
        List<String> statuses = jdbc.sql("SELECT status FROM young_adult_request WHERE young_person_id = :id")
                .param("id", lina)
                .query(String.class)
                .list();
        assertThat(statuses).containsExactly("SUBMITTED");

        // Claire, her référente, finds it on her page of Lina, ready to be moved on.
        Page claire = signIn("claire", 1280, 900);
        open(claire, "autonomie-jeune/" + lina);
        assertThat(claire.getByText("Finir mon CAP cuisine")).isVisible();
        assertThat(claire.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Faire avancer la demande")))
                .isVisible();
        AxeViolations.assertNone(claire);
    }

    /** The page scrolls inside the layout, not the document, so a full-page capture stops at the window: grow it. */
    private static void screenshotWholePage(Page page, String name) {
        ViewportSize window = page.viewportSize();
        int height = ((Number) page.evaluate("() => { const main = document.getElementById('contenu');"
                        + " main.scrollIntoView(); return main.getBoundingClientRect().top + main.scrollHeight; }"))
                .intValue();
        page.setViewportSize(window.width, Math.max(window.height, height));
        // Without the notifications that would cover the bottom of the picture and hide the page's own buttons.
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name))
                .setStyle("vaadin-notification-card { visibility: hidden; }"));
        page.setViewportSize(window.width, window.height);
    }

    /** Chooses a level in the domain's card and saves it; only a notification that was not there before counts. */
    private static void assess(Page page, String domain, String level) {
        page.evaluate("() => document.querySelectorAll('vaadin-notification-card')"
                + ".forEach(card => card.setAttribute('data-seen', ''))");
        page.locator("#niveau-" + domain)
                .getByText(level, new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#enregistrer-" + domain).click();
        assertThat(page.locator("vaadin-notification-card:not([data-seen])").getByText("C’est enregistré."))
                .isVisible();
    }

    @Test
    void aminaReadsHerContractAndItsNextReviewOnHerPhone() {
        Page page = signIn("amina", 360, 740);
        open(page, "contrat-jeune-majeur");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Ma demande et mon contrat")
                                .setLevel(2)))
                .isVisible();
        assertThat(page.getByText("En cours", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByText("Prochain point").first()).isVisible();
        AxeViolations.assertNone(page);
    }

    @Test
    void karimReadsLinasRoadToAutonomyOnHisPhone() {
        Page page = signIn("karim", 360, 740);
        open(page, "autonomie-enfant");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Le projet d’autonomie de Lina")))
                .isVisible();
        assertThat(page.getByText("Ouvrir un compte bancaire").first()).isVisible();
        AxeViolations.assertNone(page);
    }

    @Test
    void claireFollowsHerYoungPeoplesPathwaysOnADesktop() {
        Page page = signIn("claire", 1280, 900);
        open(page, "autonomie-suivi");
        assertThat(page.locator("vaadin-grid-cell-content a").first()).isVisible();
        AxeViolations.assertNone(page);
        Locator show = page.locator("#parcours-affichage");
        show.getByText(Pattern.compile("^À risque")).click();
        assertThat(show.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^À risque"))))
                .isChecked();
        AxeViolations.assertNone(page);

        show.getByText(Pattern.compile("^Tous")).click();
        page.locator("#recherche-parcours input").fill("Benali");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Benali Lina"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Autonomie de Lina")))
                .isVisible();
        AxeViolations.assertNone(page);
    }

    @Test
    void claireChecksAPathwayFromHerPhoneToo() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        Page page = signIn("claire", 360, 740);
        open(page, "autonomie-suivi");
        assertThat(page.locator("vaadin-grid-cell-content a").first()).isVisible();
        AxeViolations.assertNone(page);
        open(page, "autonomie-jeune/" + lina);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Autonomie de Lina")))
                .isVisible();
        AxeViolations.assertNone(page);
    }
}
