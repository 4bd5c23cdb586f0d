package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentEditor;
import fr.reperes.content.ContentEditorFixtures;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.DefaultContent;
import fr.reperes.identity.Viewer;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The ADMIN of a département (of the test's own, given the shipped content so that the lexique's words open in
 * place) writes its content at 1280 px: the list of books, a book, a page's editor with its history; then the
 * preview in its 360-px frames, and the editor itself on a 360-px screen. Zero axe violations on each.
 */
class ContentEditingInChromiumTest extends BrowserTest {

    @Test
    void theEditorHasNoAxeViolationsAt1280PxNorItsPhonePreviewAt360Px() {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        context.getBean(DefaultContent.class).importInto(Objects.requireNonNull(admin.departementId()));
        ContentEditor editor = context.getBean(ContentEditor.class);
        long book = editor.createBook(
                admin,
                "ACCUEIL_NAVIGATEUR",
                BookKind.WELCOME,
                Map.of(PageLanguage.FR, "Bienvenue en placement", PageLanguage.AR, "مرحبا بك"));
        long page = editor.addPage(admin, book, "QUI_EST_QUI", PageAudience.ALL);
        editor.addPage(admin, book, "POUR_LES_PARENTS", PageAudience.PARENT);
        String markdown = """
                Ton **référent** suit ton PPE avec toi.

                ## Les personnes autour de toi

                - le juge des enfants ;
                - ton [avocat](mot:AVOCAT) ;
                - le lieu d’accueil.
                """;
        editor.saveDraft(admin, page, PageLanguage.FR, "Qui est qui", markdown);
        editor.publish(admin, page, PageLanguage.FR);
        editor.saveDraft(admin, page, PageLanguage.FR, "Qui est qui", markdown + "\nTu peux poser tes questions.");
        editor.saveDraft(admin, page, PageLanguage.AR, "من هو من", "مرجعك يتابع مشروعك.");
        editor.publish(admin, page, PageLanguage.AR);

        Page browser = signIn(admin.subject(), 1280, 900);
        open(browser, "contenus");
        assertThat(browser.locator("h1")).hasText("Livrets et guides");
        assertThat(browser.locator("a", new Page.LocatorOptions().setHasText("Bienvenue en placement")))
                .isVisible();
        AxeViolations.assertNone(browser);

        open(browser, "contenus/" + book);
        assertThat(browser.locator("h1")).hasText("Bienvenue en placement");
        assertThat(browser.locator("#page-" + page)).containsText("version 1 publiée, brouillon en cours");
        AxeViolations.assertNone(browser);

        open(browser, "contenus/pages/" + page + "/FR");
        assertThat(browser.locator("#apercu-jeune-telephone")).containsText("Tu peux poser tes questions.");
        assertThat(browser.locator("#apercu-parent-telephone")).containsText("Les personnes autour de toi");
        browser.locator("#lire-version-1").click();
        assertThat(browser.locator("#version-lue")).containsText("telle qu’elle a été publiée");
        AxeViolations.assertNone(browser);

        // The live preview follows what is typed.
        browser.locator("#page-texte textarea").fill("Un texte **nouveau**.");
        assertThat(browser.locator("#apercu-jeune-telephone strong")).hasText("nouveau");

        for (String frame : new String[] {"#apercu-jeune-telephone", "#apercu-parent-telephone"}) {
            Object width = browser.locator(frame).evaluate("e => e.getBoundingClientRect().width");
            assertThat(((Number) width).doubleValue()).as(frame).isLessThanOrEqualTo(360.0);
        }

        // The Arabic page is previewed right to left, whatever the portal's language.
        open(browser, "contenus/pages/" + page + "/AR");
        assertThat(browser.locator("#apercu-jeune-telephone article")).hasAttribute("dir", "rtl");
        Object direction =
                browser.locator("#apercu-jeune-telephone article").evaluate("e => getComputedStyle(e).direction");
        assertThat(direction).isEqualTo("rtl");
        AxeViolations.assertNone(browser);

        browser.setViewportSize(360, 800);
        open(browser, "contenus/pages/" + page + "/FR");
        assertThat(browser.locator("#apercu-jeune-telephone")).containsText("Tu peux poser tes questions.");
        Object scroll = browser.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scroll).intValue())
                .as("no sideways scrolling at 360 px")
                .isLessThanOrEqualTo(360);
        AxeViolations.assertNone(browser);
    }
}
