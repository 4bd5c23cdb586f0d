package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.content.imports.DefaultContent;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A livret page and its book on a 360-px phone, in French, FALC and Arabic: the page says its language, Arabic is
 * laid out right to left (attribute and computed style), and axe finds no violation. The texts are the test's own,
 * published into a département of its own (given the shipped defaults, so that the lexique's words open in place),
 * read by a young person of that département.
 */
class LivretInChromiumTest extends BrowserTest {

    @Autowired
    DossierImport dossier;

    @Autowired
    DefaultContent defaults;

    @Autowired
    ContentImport content;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContentLibrary library;

    /** The language picker, as the reading views give it its id. */
    private static final String PICKER = "#langue-des-pages";

    private String subject = "";

    @BeforeAll
    void aDepartementWithALivretInThreeLanguages() {
        long dep = dossier.departement("X" + UUID.randomUUID().toString().substring(0, 8), "Département du livret");
        defaults.importInto(dep);
        long territory = dossier.territory(dep, "Territoire du livret");
        long young = dossier.youngPeople(
                        dep,
                        List.of(new DossierImport.NewYoungPerson(
                                territory, "Inès", "Livret", LocalDate.now().minusYears(15), null, false)))
                .getFirst();
        long account = accounts.create(NewAccount.youngPerson(dep, "Inès Livret", young))
                .id();
        subject = "livret-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.linkIdentity(account, subject);

        long book = content.book(
                dep,
                "LIVRET_AXE",
                BookKind.WELCOME,
                0,
                Map.of(
                        PageLanguage.FR, "Ton livret d’accueil",
                        PageLanguage.FALC, "Ton livret facile",
                        PageLanguage.AR, "دليل الاستقبال"));
        long welcome = content.page(book, "ACCUEIL", 1, PageAudience.ALL);
        content.publish(welcome, PageLanguage.FR, "Bienvenue", """
                Tu es accueilli par l’ASE. Ton référent prépare avec toi ton PPE.

                ## Qui fait quoi

                - Le **juge des enfants** décide de la mesure.
                - Ton [référent](mot:REFERENT) t’accompagne.
                """, null, null, "Repères");
        content.publish(welcome, PageLanguage.FALC, "Bienvenue", """
                Tu vis dans un nouveau lieu.

                Une personne t’aide. C’est ton [référent](mot:REFERENT).

                Tu peux poser des questions.
                """, 1, null, "Repères");
        content.publish(welcome, PageLanguage.AR, "مرحبا", """
                أنت مستقبَل من طرف مصلحة المساعدة الاجتماعية للطفولة.

                ## من يفعل ماذا

                - **قاضي الأطفال** يقرر الإجراء.
                - المرجع الخاص بك يرافقك.
                """, 1, null, "Repères");
        long second = content.page(book, "DROITS", 2, PageAudience.YOUNG);
        content.publish(second, PageLanguage.FR, "Tes droits", "Tu peux appeler le 119.", null, null, "Repères");
    }

    @ParameterizedTest
    @EnumSource(
            value = PageLanguage.class,
            names = {"FR", "FALC", "AR"})
    void aLivretPageAndItsBookReadInTheirLanguageAndDirectionWithNoAxeViolationOnAPhone(PageLanguage language) {
        Viewer reader = TestSignIn.viewer(context, subject);
        library.chooseLanguage(reader, language);
        Page page = signIn(subject, 360, 740);

        open(page, "livret/LIVRET_AXE/ACCUEIL");
        Locator article = page.locator("article.reperes-content-page").first();
        assertThat(article).hasAttribute("lang", language.languageTag());
        assertThat(article).hasAttribute("dir", language.direction());
        assertThat(article.evaluate("a => getComputedStyle(a).direction")).isEqualTo(language.direction());
        assertThat(article.locator("h1")).isVisible();
        assertThat(page.locator(PICKER + " [lang=ar]")).hasText("العربية");
        assertThat(page.locator(PICKER + " [lang=ar]")).hasAttribute("dir", "rtl");
        AxeViolations.assertNone(page);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing wider than the phone")
                .isEqualTo(true);

        open(page, "livret/LIVRET_AXE");
        assertThat(page.locator("article.reperes-content-page").first()).hasAttribute("dir", language.direction());
        AxeViolations.assertNone(page);
    }
}
