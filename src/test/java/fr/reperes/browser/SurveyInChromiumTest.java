package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.SurveySheets;
import fr.reperes.participation.imports.SurveyImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A young person on a 360-px phone answers an anonymous survey over two sittings: the first page with the keyboard
 * alone, then sign-out; signed in again, the survey is found in progress from the cookie alone (the database links the
 * sheet to nobody), and finished. No axe violation on any of the pages. Once with a young person of the test's own and
 * a test survey; once as Lina with the demo's leaving-care questionnaire, whose sheet is forgotten afterwards so that
 * the demo stays as its story tells it.
 */
class SurveyInChromiumTest extends BrowserTest {

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

    /** Lina's page, kept for the clean-up: her resume code is read from its cookie. */
    private @Nullable Page linaPage;

    private long leavingCare;

    /**
     * Lina (17) on a 360-px phone answers the demo's leaving-care questionnaire over two sittings: the first two pages
     * with the keyboard alone, sign-out; signed in again, the questionnaire is found in progress from the cookie alone,
     * resumed and finished. No axe violation on any page.
     */
    @Test
    void linaAnswersTheLeavingCareQuestionnaireOverTwoSittings() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        leavingCare = jdbc.sql("""
                        SELECT s.id FROM survey s JOIN departement d ON d.id = s.departement_id AND d.code = 'DEMO'
                        WHERE s.template = 'LEAVING_CARE' ORDER BY s.id LIMIT 1""").query(Long.class).single();
        // The required questions of her variant, page by page: the first option of each is enough.
        Map<Integer, List<Long>> required = new TreeMap<>();
        jdbc.sql("""
                        SELECT q.page, q.id FROM survey_question q JOIN survey_variant v ON v.id = q.variant_id
                        WHERE v.band = 'YOUNG_16_21' AND q.required AND v.version_id = (SELECT MAX(sv.id)
                            FROM survey_version sv WHERE sv.survey_id = :s AND sv.published_at IS NOT NULL)
                        ORDER BY q.page, q.position""")
                .param("s", leavingCare)
                .query((rs, n) -> required.computeIfAbsent(rs.getInt("page"), p -> new ArrayList<>())
                        .add(rs.getLong("id")))
                .list();
        int pages = required.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(pages).isGreaterThanOrEqualTo(3);

        Page page = signIn("lina", 360, 740);
        linaPage = page;
        open(page, "mes-questionnaires/" + leavingCare);
        assertThat(page.locator("#survey-statement")).containsText("Ce questionnaire est anonyme");
        AxeViolations.assertNone(page);
        tabTo(page, page.locator("#survey-start"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#survey-progress")).hasText("Page 1 sur " + pages);
        assertThat(page.locator("#survey-resume-code")).isVisible();

        // First sitting, keyboard only: the first option of each required question (Tab, Space), Tab to Next, Enter.
        for (int number = 1; number <= 2; number++) {
            AxeViolations.assertNone(page);
            for (long question : required.getOrDefault(number, List.of())) {
                Locator first = firstOption(page, question);
                tabTo(page, first);
                page.keyboard().press("Space");
                assertThat(first).hasAttribute("checked", "");
            }
            tabTo(page, page.locator("#survey-next"));
            page.keyboard().press("Enter");
            assertThat(page.locator("#survey-progress")).hasText("Page " + (number + 1) + " sur " + pages);
        }
        AxeViolations.assertNone(page);

        // Second sitting: signed out, signed in again on the same phone; the cookie alone finds the sheet.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                .click();
        page.waitForURL("**/deconnecte");
        page.navigate("http://localhost:" + port + "/");
        Locator username = page.locator("input[name=username]");
        assertThat(username).isVisible();
        username.fill("lina");
        username.press("Enter");
        page.waitForURL("http://localhost:" + port + "/**");
        open(page, "mes-questionnaires");
        assertThat(page.getByText("Commencés")).isVisible();
        AxeViolations.assertNone(page);
        open(page, "mes-questionnaires/" + leavingCare);
        assertThat(page.locator("#survey-progress")).hasText("Page 1 sur " + pages);
        assertThat(firstOption(page, required.get(1).getFirst())).hasAttribute("checked", "");
        for (int number = 1; number <= pages; number++) {
            assertThat(page.locator("#survey-progress")).hasText("Page " + number + " sur " + pages);
            if (number > 2) {
                for (long question : required.getOrDefault(number, List.of())) {
                    firstOption(page, question).click();
                }
            }
            AxeViolations.assertNone(page);
            page.locator(number == pages ? "#survey-finish" : "#survey-next").click();
        }
        assertThat(page.locator("#survey-thanks")).containsText("Merci");
        AxeViolations.assertNone(page);

        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_participation WHERE survey_id = :s AND person_key = :p")
                        .param("s", leavingCare)
                        .param("p", "Y:" + lina)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** Lina's sheet and "has answered" row go, found by the hash of the resume code her phone's cookie holds. */
    @AfterEach
    void forgetLinasSheet() {
        Page page = linaPage;
        linaPage = null;
        if (page == null) {
            return;
        }
        String cookie = page.context().cookies().stream()
                .filter(c -> c.name.equals("reperes-survey-" + leavingCare))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resume-code cookie for the leaving-care questionnaire"));
        String code = cookie.substring(0, cookie.lastIndexOf('.'));
        SurveySheets.forget(
                context.getBean(JdbcClient.class),
                leavingCare,
                code,
                "Y:" + TestSignIn.viewer(context, "lina").youngPersonId());
    }

    /** The first radio button or checkbox of a question. */
    private static Locator firstOption(Page page, long questionId) {
        return page.locator("#question-" + questionId + " vaadin-radio-button, #question-" + questionId
                        + " vaadin-checkbox")
                .first();
    }
}
