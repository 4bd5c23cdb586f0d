package fr.reperes.content.reading;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import fr.reperes.KaribuTest;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The livrets as each reader reads them: the demo personas read the demo département's defaults by audience (read
 * only, they change nothing); a reader of a département of the test's own picks a language, reads a page in French
 * when it is not written in theirs, and reads an earlier version.
 */
class LivretViewsTest extends KaribuTest {

    @Autowired
    ContentImport content;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ContentLibrary library;

    @Test
    void linaReadsTheRightsGuidesPagesForYoungPeopleAndNoneForParents() {
        signInAs("lina");
        assertThat(open("livret")).isEqualTo(200);
        assertThat(pageText()).contains("Livrets et guides", "Les droits", "pour toi", "Langue des pages", "العربية");
        assertThat(open("livret/RIGHTS")).isEqualTo(200);
        assertThat(pageText())
                .contains(
                        "Appeler le 119",
                        "Écouter",
                        "Lire cette page seule et ses versions précédentes : « Appeler le 119 »")
                .doesNotContain("Consulter le dossier au tribunal");
        assertThat(_get(Div.class, spec -> spec.withId(BookView.PDF_SLOT_ID))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Télécharger le livret en PDF (Français)");
    }

    @Test
    void theRightsPageShowsTheGuidesPagesTheRulesChooseAsContentReadAloud() {
        signInAs("lina");
        assertThat(open("droits")).isEqualTo(200);
        assertThat(pageText())
                .contains("Mes droits", "Appeler le 119", "Écouter", "Être entendu par le juge")
                .doesNotContain("Consulter le dossier au tribunal");
        tearDownVaadin();
        signInAs("karim");
        assertThat(open("droits")).isEqualTo(200);
        assertThat(pageText())
                .contains("Vos droits de parent de Lina", "Consulter le dossier au tribunal", "Écouter")
                .doesNotContain("Appeler le 119");
    }

    @Test
    void theMeasuresLinkToTheirLivretAndThePpeToTheLexique() {
        signInAs("lina");
        assertThat(open("mesures")).isEqualTo(200);
        assertThat(pageText()).contains("livret/WELCOME_PLACEMENT", "Lire le livret d’accueil de cette mesure");
        assertThat(open("ppe")).isEqualTo(200);
        assertThat(pageText()).contains("lexique?mot=PPE", "Qu’est-ce qu’un projet pour l’enfant (PPE) ?");
    }

    @Test
    void karimReadsThePagesForParentsAndNoneForYoungPeople() {
        signInAs("karim");
        assertThat(open("livret/RIGHTS")).isEqualTo(200);
        assertThat(pageText()).contains("Consulter le dossier au tribunal").doesNotContain("Appeler le 119");
        assertThat(open("livret/RIGHTS/CALL_119")).isEqualTo(403);
    }

    @Test
    void claireAProfessionalReadsEveryPageToExplainIt() {
        signInAs("claire");
        assertThat(open("livret/RIGHTS")).isEqualTo(200);
        assertThat(pageText()).contains("Appeler le 119", "Consulter le dossier au tribunal");
        assertThat(open("livret/RIGHTS/CALL_119")).isEqualTo(200);
        assertThat(pageText()).contains("Appeler le 119", "Versions publiées", "Version 1, publiée le", "Repères");
    }

    @Test
    void theSearchFindsThePagesThatHoldTheWordsAndLinksToThem() {
        signInAs("lina");
        assertThat(open("livret?q=119")).isEqualTo(200);
        assertThat(pageText()).contains("Pages qui contiennent « 119 »", "Appeler le 119", "livret/RIGHTS/CALL_119");
        assertThat(open("livret?q=zzzqqqxyz")).isEqualTo(200);
        assertThat(pageText()).contains("Aucune page ne contient « zzzqqqxyz »");
    }

    @Test
    void aBookOrPageThatIsNotTheReadersIsRefusedLikeOneThatDoesNotExist() {
        signInAs("lina");
        assertThat(open("livret/NO_SUCH_BOOK")).isEqualTo(403);
        assertThat(open("livret/RIGHTS/NO_SUCH_PAGE")).isEqualTo(403);
        assertThat(open("livret/RIGHTS/CALL_119?version=99")).isEqualTo(403);
    }

    @Test
    void aReaderPicksALanguageReadsInFrenchWhatIsNotWrittenInItAndReadsAnEarlierVersion() {
        long dep = dossier.departement("V" + UUID.randomUUID().toString().substring(0, 8), "Département des vues");
        long account = accounts.create(new NewAccount(dep, Role.ADMIN, "Lectrice Vues", null, null, null))
                .id();
        String subject = "livret-" + UUID.randomUUID();
        accounts.linkIdentity(account, subject);
        long book = content.book(dep, "LIVRET_V", BookKind.WELCOME, 1, Map.of(PageLanguage.FR, "Le livret des vues"));
        long written = content.page(book, "ECRITE", 1, PageAudience.ALL);
        content.publish(written, PageLanguage.FR, "Écrite v1", "Premier texte.", null, null, "Repères");
        content.publish(written, PageLanguage.FR, "Écrite", "Second texte.", null, null, "Repères");
        content.publish(written, PageLanguage.AR, "مكتوبة", "نص الصفحة.", 1, null, "Repères");
        long french = content.page(book, "FRANCAISE", 2, PageAudience.ALL);
        content.publish(french, PageLanguage.FR, "Seulement en français", "Texte français.", null, null, "Repères");

        signInAs(subject);
        assertThat(open("livret/LIVRET_V")).isEqualTo(200);
        _setValue(_get(LanguagePicker.class), PageLanguage.AR);
        assertThat(library.readingLanguage(TestSignIn.viewer(context, subject))).isEqualTo(PageLanguage.AR);
        assertThat(pageText())
                .contains(
                        "مكتوبة",
                        "Cette page n’est pas encore écrite en « العربية » : vous la lisez en français.",
                        "Le texte en français de cette page a changé",
                        "Seulement en français");

        assertThat(open("livret/LIVRET_V/ECRITE")).isEqualTo(200);
        assertThat(pageText()).contains("مكتوبة", "Version 1, publiée le").doesNotContain("Second texte");
        _setValue(_get(LanguagePicker.class), PageLanguage.FR);
        assertThat(pageText()).contains("Second texte", "Version 2", "livret/LIVRET_V/ECRITE?version=1");
        assertThat(open("livret/LIVRET_V/ECRITE?version=1")).isEqualTo(200);
        assertThat(pageText())
                .contains("Premier texte.", "Vous lisez la version 1", "Lire la dernière version")
                .doesNotContain("Second texte");
    }
}
