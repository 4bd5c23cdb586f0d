package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The council's debate in a real browser: Mehdi, on a 360-px phone, opens the council's proposals, reads one (with the
 * button that reads it aloud), answers in a comment that the page then shows, and axe finds nothing on any of these
 * pages; nothing is wider than the screen. The animateur's moderation page is checked too.
 */
class DebateInChromiumTest extends BrowserTest {

    @Test
    void mehdiReadsAProposalAndCommentsFromHisPhone() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long council = jdbc.sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
        long sport = jdbc.sql("SELECT id FROM proposal WHERE title LIKE 'S’inscrire dans un club%'")
                .query(Long.class)
                .single();
        Page page = signIn("mehdi", 360, 740);

        open(page, "conseil/" + council + "/propositions");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Propositions du conseil")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("S’inscrire dans un club de sport sans attendre des semaines")))
                .isVisible();
        AxeViolations.assertNone(page);
        assertNothingWiderThanTheScreen(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("S’inscrire dans un club de sport sans attendre des semaines"))
                .click();
        assertThat(page.locator("#proposition-texte")).containsText("la licence soit payée dès la rentrée");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Écouter")))
                .isVisible();
        AxeViolations.assertNone(page);
        assertNothingWiderThanTheScreen(page);

        page.locator("#nouveau-commentaire textarea")
                .fill("Pareil pour le foot : le certificat médical prend du temps aussi.");
        page.locator("#publier-commentaire").click();
        assertThat(page.getByText("Pareil pour le foot : le certificat médical prend du temps aussi."))
                .isVisible();
        AxeViolations.assertNone(page);
        assertNothingWiderThanTheScreen(page);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM proposal_comment WHERE proposal_id = :id AND body LIKE 'Pareil pour le foot%'")
                        .param("id", sport)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        open(page, "conseil/" + council + "/propositions/brouillons");
        assertThat(page.getByText("Un livret d’accueil écrit avec des jeunes")).isVisible();
        AxeViolations.assertNone(page);

        Page yanis = signIn("yanis", 1280, 900);
        open(yanis, "animation/moderation");
        assertThat(yanis.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Modération du débat")))
                .isVisible();
        AxeViolations.assertNone(yanis);
    }

    private static void assertNothingWiderThanTheScreen(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("pixels wider than the screen")
                .isLessThanOrEqualTo(0);
    }
}
