package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.imports.SurveyImport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A young person on a 360-px phone answers an anonymous survey over two sittings: the first page with the keyboard
 * alone, then sign-out; signed in again, the survey is found in progress from the cookie alone (the database links the
 * sheet to nobody), and finished. No axe violation on any of the pages. A young person of the test's own: the lead
 * switches it to Lina and the demo's leaving-care survey once that survey is merged.
 */
class SurveyInChromiumTest extends BrowserTest {

    private static final int MAX_TABS = 80;

    @Test
    void aYoungPersonAnswersOverTwoSittingsOnAPhone() {
        SurveyFixtures fixtures = new SurveyFixtures(context);
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer jeune = fixtures.youngPerson();

        Page page = signIn(jeune.subject(), 360, 740);
        open(page, "mes-questionnaires/" + survey.surveyId());
        assertThat(page.locator("#survey-statement")).containsText("Ce questionnaire est anonyme");
        AxeViolations.assertNone(page);
        tabTo(page, page.locator("#survey-start"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#survey-progress")).hasText("Page 1 sur 2");
        assertThat(page.locator("#survey-resume-code")).isVisible();

        // Keyboard only: Tab into the scale, arrows to "4", Tab to "Oui", Space, Tab to Next, Enter.
        Locator mood = page.locator("#question-" + q.get("mood") + " vaadin-radio-button");
        tabTo(page, mood.first());
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(mood.nth(3)).hasAttribute("checked", "");
        Locator yes = page.locator("#question-" + q.get("yn") + " vaadin-radio-button")
                .first();
        tabTo(page, yes);
        page.keyboard().press("Space");
        assertThat(yes).hasAttribute("checked", "");
        AxeViolations.assertNone(page);
        tabTo(page, page.locator("#survey-next"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#survey-progress")).hasText("Page 2 sur 2");
        AxeViolations.assertNone(page);

        // Second sitting: signed out, signed in again on the same phone.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                .click();
        page.waitForURL("**/deconnecte");
        page.navigate("http://localhost:" + port + "/");
        Locator username = page.locator("input[name=username]");
        assertThat(username).isVisible();
        username.fill(jeune.subject());
        username.press("Enter");
        page.waitForURL("http://localhost:" + port + "/**");
        open(page, "mes-questionnaires");
        assertThat(page.getByText("Commencés")).isVisible();
        AxeViolations.assertNone(page);
        open(page, "mes-questionnaires/" + survey.surveyId());
        assertThat(page.locator("#survey-progress")).hasText("Page 1 sur 2");
        assertThat(page.locator("#question-" + q.get("mood") + " vaadin-radio-button")
                        .nth(3))
                .hasAttribute("checked", "");
        page.locator("#survey-next").click();
        assertThat(page.locator("#survey-progress")).hasText("Page 2 sur 2");
        // The ranking with its buttons, by the keyboard: "z" moved up.
        Locator up = page.locator("#rank-" + q.get("rank") + "-z-up");
        tabTo(page, up);
        page.keyboard().press("Enter");
        page.locator("#question-" + q.get("single") + " vaadin-radio-button")
                .first()
                .click();
        AxeViolations.assertNone(page);
        page.locator("#survey-finish").click();
        assertThat(page.locator("#survey-thanks")).containsText("Merci");
        AxeViolations.assertNone(page);

        int finished = context.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM survey_participation WHERE survey_id = :s")
                .param("s", survey.surveyId())
                .query(Integer.class)
                .single();
        assertThat(finished).isEqualTo(1);
    }

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
