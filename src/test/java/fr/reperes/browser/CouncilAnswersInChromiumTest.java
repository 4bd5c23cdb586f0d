package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The département's answers on a 360-px phone: Mehdi follows his council's answers and one answer's history, yanis
 * sees what waits and the answer form; nothing sticks out sideways and axe finds no WCAG 2.1 A or AA violation.
 */
class CouncilAnswersInChromiumTest extends BrowserTest {

    private static final String SIDEWAYS =
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1";

    private long demoCouncil() {
        return context.getBean(JdbcClient.class)
                .sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
    }

    private long demoProposal(String title) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT id FROM proposal WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    @Test
    void mehdiFollowsTheAnswersOnHisPhone() {
        Page page = signIn("mehdi", 360, 740);
        open(page, "conseil/" + demoCouncil() + "/reponses");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Les réponses du département")))
                .isVisible();
        assertThat((Boolean) page.evaluate(SIDEWAYS)).isFalse();
        AxeViolations.assertNone(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("L’argent de poche versé sur notre propre compte"))
                .click();
        assertThat(page.locator("#historique-reponse")).isVisible();
        assertThat((Boolean) page.evaluate(SIDEWAYS)).isFalse();
        AxeViolations.assertNone(page);
    }

    @Test
    void yanisSeesWhatWaitsAndTheAnswerFormOnHisPhone() {
        Page page = signIn("yanis", 360, 740);
        open(page, "animation/reponses");
        assertThat(page.locator("#en-retard")).containsText("Un référent joignable quand on en a besoin");
        assertThat((Boolean) page.evaluate(SIDEWAYS)).isFalse();
        AxeViolations.assertNone(page);

        open(page, "animation/reponses/" + demoProposal("Un référent joignable quand on en a besoin"));
        assertThat(page.locator("#enregistrer-reponse")).isVisible();
        assertThat((Boolean) page.evaluate(SIDEWAYS)).isFalse();
        AxeViolations.assertNone(page);
    }
}
