package fr.reperes.content.reading;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import fr.reperes.KaribuTest;
import fr.reperes.access.ParentalAuthority;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentEditorFixtures;
import fr.reperes.content.LivretFamily;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.identity.Viewer;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A word of the lexique written for one audience opens its definition only for that audience: a parent's word is
 * not explained in place to a young person (who does not see it in the lexique either), nor a young person's to a
 * parent, on a book, on a page alone, or on "Mes droits".
 */
class GlossaryAudienceViewsTest extends KaribuTest {

    private static final String PARENTS_DEFINITION = "Définition écrite pour les parents seulement.";
    private static final String YOUNG_DEFINITION = "Définition écrite pour les jeunes seulement.";

    @Autowired
    ContentImport content;

    @Test
    void aLexiqueWordForOneAudienceIsNeverExplainedInPlaceToTheOther() {
        LivretFamily family = new LivretFamily(context);
        long glossary = content.book(
                family.departementId, "GLOSSARY", BookKind.GLOSSARY, 9, Map.of(PageLanguage.FR, "Lexique"));
        long parentsWord = content.page(glossary, "TUTELLE", 1, PageAudience.PARENT);
        content.publish(parentsWord, PageLanguage.FR, "Tutelle", PARENTS_DEFINITION, null, null, "Test");
        long youngWord = content.page(glossary, "FOYER", 2, PageAudience.YOUNG);
        content.publish(youngWord, PageLanguage.FR, "Foyer", YOUNG_DEFINITION, null, null, "Test");
        long book = content.book(
                family.departementId, "LIVRET_MOTS", BookKind.OTHER, 10, Map.of(PageLanguage.FR, "Les mots"));
        long page = content.page(book, "MOTS", 1, PageAudience.ALL);
        content.publish(page, PageLanguage.FR, "Les mots", "La tutelle et le foyer.", null, null, "Test");
        long rights =
                content.book(family.departementId, "RIGHTS", BookKind.RIGHTS, 11, Map.of(PageLanguage.FR, "Droits"));
        long right = content.page(rights, "OWN_RIGHT", 1, PageAudience.ALL);
        content.publish(right, PageLanguage.FR, "Un droit", "La tutelle et le foyer.", null, null, "Test");

        long yp = family.youngPerson(12, false);
        family.measure(yp, MeasureKind.AEMO, family.today.minusDays(3), null);
        String young = Objects.requireNonNull(family.young(yp).subject());
        String parent = Objects.requireNonNull(
                family.parentOf(yp, ParentalAuthority.HOLDS, false).subject());

        signInAs(young);
        for (String location : new String[] {"livret/LIVRET_MOTS", "livret/LIVRET_MOTS/MOTS", "droits"}) {
            assertThat(open(location)).isEqualTo(200);
            assertThat(pageText()).contains(YOUNG_DEFINITION).doesNotContain(PARENTS_DEFINITION);
        }
        tearDownVaadin();
        signInAs(parent);
        for (String location : new String[] {"livret/LIVRET_MOTS", "livret/LIVRET_MOTS/MOTS", "droits"}) {
            assertThat(open(location)).isEqualTo(200);
            assertThat(pageText()).contains(PARENTS_DEFINITION).doesNotContain(YOUNG_DEFINITION);
        }
    }

    /** The editor's phone previews read the lexique as their reader would: the same rule as the pages themselves. */
    @Test
    void theEditorsPreviewsExplainEachReaderOnlyTheirWords() {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        long departement = Objects.requireNonNull(admin.departementId());
        long glossary = content.book(departement, "GLOSSARY", BookKind.GLOSSARY, 9, Map.of(PageLanguage.FR, "Lexique"));
        long parentsWord = content.page(glossary, "TUTELLE", 1, PageAudience.PARENT);
        content.publish(parentsWord, PageLanguage.FR, "Tutelle", PARENTS_DEFINITION, null, null, "Test");
        long youngWord = content.page(glossary, "FOYER", 2, PageAudience.YOUNG);
        content.publish(youngWord, PageLanguage.FR, "Foyer", YOUNG_DEFINITION, null, null, "Test");
        long book = content.book(departement, "LIVRET_MOTS", BookKind.OTHER, 10, Map.of(PageLanguage.FR, "Les mots"));
        long page = content.page(book, "MOTS", 1, PageAudience.ALL);
        content.publish(page, PageLanguage.FR, "Les mots", "La tutelle et le foyer.", null, null, "Test");

        signInAs(Objects.requireNonNull(admin.subject()));
        assertThat(open("contenus/pages/" + page + "/FR")).isEqualTo(200);
        assertThat(textOf("apercu-jeune-telephone")).contains(YOUNG_DEFINITION).doesNotContain(PARENTS_DEFINITION);
        assertThat(textOf("apercu-parent-telephone"))
                .contains(PARENTS_DEFINITION)
                .doesNotContain(YOUNG_DEFINITION);
    }

    private static String textOf(String id) {
        Component phone = _get(Component.class, spec -> spec.withId(id));
        return phone.getElement().getOuterHTML();
    }
}
