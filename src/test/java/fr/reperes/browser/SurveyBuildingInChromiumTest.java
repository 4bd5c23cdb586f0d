package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.QuestionDraft;
import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyEditor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The animateur builds a survey at 1280 px: the list, the editor with a question of every kind, the question dialog,
 * and the preview in its 360-px frame. Zero axe violations on each.
 */
class SurveyBuildingInChromiumTest extends BrowserTest {

    @Test
    void theAuthorsPagesHaveNoAxeViolationsAt1280Px() {
        Viewer yanis = TestSignIn.viewer(context, "yanis");
        SurveyEditor editor = context.getBean(SurveyEditor.class);
        String title = "Navigateur " + UUID.randomUUID().toString().substring(0, 8);
        long survey = editor.createBlank(yanis, title);
        editor.addVariant(yanis, survey, SurveyBand.CHILD_8_11, "Ton lieu d’accueil", "Dis-nous comment tu te sens.");
        editor.addIndicator(yanis, survey, "BIEN_ETRE", "Se sentir bien");
        List<SurveyDefinition.Option> options = List.of(
                new SurveyDefinition.Option("A", "Souvent"),
                new SurveyDefinition.Option("B", "Parfois"),
                new SurveyDefinition.Option("C", "Jamais"));
        for (QuestionKind kind : QuestionKind.values()) {
            editor.addQuestion(
                    yanis,
                    survey,
                    SurveyBand.CHILD_8_11,
                    new QuestionDraft(
                            kind.ordinal() < 4 ? 1 : 2,
                            kind,
                            "Question " + kind.name().toLowerCase(),
                            "Une aide",
                            true,
                            kind == QuestionKind.MULTIPLE_CHOICE ? 2 : null,
                            null,
                            options,
                            null,
                            null));
        }

        Page page = signIn("yanis", 1280, 900);
        open(page, "questionnaires");
        assertThat(page.locator("h1")).hasText("Questionnaires");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        AxeViolations.assertNone(page);

        open(page, "questionnaires/" + survey + "/edition");
        assertThat(page.locator("h1")).hasText(title);
        AxeViolations.assertNone(page);

        page.locator("#ajouter-question-child_8_11").click();
        assertThat(page.locator("#question-texte")).isVisible();
        AxeViolations.assertNone(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler"))
                .click();

        open(page, "questionnaires/" + survey + "/apercu/CHILD_8_11");
        assertThat(page.locator("#apercu-bandeau")).containsText("les réponses ne sont pas enregistrées");
        AxeViolations.assertNone(page);
        page.locator("#apercu-commencer").click();
        assertThat(page.locator("#apercu-telephone")).containsText("Page 1 sur 2");
        AxeViolations.assertNone(page);
        Object width = page.locator("#apercu-telephone").evaluate("e => e.getBoundingClientRect().width");
        assertThat(((Number) width).doubleValue()).isLessThanOrEqualTo(360.0);
        page.locator("#apercu-suivant").click();
        assertThat(page.locator("#apercu-telephone")).containsText("Page 2 sur 2");
        AxeViolations.assertNone(page);
    }
}
