package fr.reperes.content.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentEditor;
import fr.reperes.content.ContentEditorFixtures;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.pages.PageArticle;
import fr.reperes.identity.Viewer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editor's pages for each reader: the ADMIN of a département (of the test's own) creates a book, adds a page,
 * writes it with a live preview, publishes it and reads it back; the preview shows only the readers the page speaks
 * to; every other role neither sees the entry nor opens the pages; another département's ADMIN is refused its books.
 */
class ContentEditingViewsTest extends KaribuTest {

    @Test
    void anAdminCreatesABookAddsAPageWritesItWithItsPreviewAndPublishes() {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        ContentEditor editor = context.getBean(ContentEditor.class);
        signInAs(admin.subject());
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Écrire les livrets et guides");

        assertThat(open("contenus")).isEqualTo(200);
        assertThat(pageText())
                .contains("Livrets et guides", "Nouveau livret", "Le département n’a encore aucun livret");
        String code = "ACCUEIL_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("livret-code")), "minuscules");
        _get(Button.class, spec -> spec.withId("livret-creer")).click();
        assertThat(_get(TextField.class, spec -> spec.withId("livret-code")).getErrorMessage())
                .startsWith("Le code s’écrit en lettres majuscules");
        assertThat(_get(TextField.class, spec -> spec.withId("livret-titre-fr")).getErrorMessage())
                .isEqualTo("Le titre doit compter de 1 à 200 caractères.");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("livret-code")), code);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("livret-titre-fr")), "Bienvenue");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("livret-titre-ar")), "مرحبا");
        _get(Button.class, spec -> spec.withId("livret-creer")).click();
        long book = editor.books(admin).getFirst().id();
        assertThat(editor.book(admin, book).titles()).containsEntry(PageLanguage.AR, "مرحبا");
        assertThat(pageText()).contains("Bienvenue", "Ajouter une page", "Ce livret n’a encore aucune page");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("titre-en")), "Welcome");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("titre-ar")), "");
        _get(Button.class, spec -> spec.withId("titres-enregistrer")).click();
        assertThat(editor.book(admin, book).titles())
                .containsExactlyInAnyOrderEntriesOf(Map.of(PageLanguage.FR, "Bienvenue", PageLanguage.EN, "Welcome"));

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("page-nom")), "QUI_EST_QUI");
        _get(Button.class, spec -> spec.withId("page-ajouter")).click();
        long page = editor.book(admin, book).pages().getFirst().id();
        assertThat(pageText()).contains("Cette page n’a jamais été publiée", "Comme un jeune la lira");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("page-titre")), "Qui est qui");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("page-texte")), "Ton **référent** suit ton PPE.");
        assertThat(_find(UI.getCurrent(), PageArticle.class))
                .as("the preview follows what is written, for each reader")
                .hasSize(2)
                .allSatisfy(article -> assertThat(article.getElement().getOuterHTML())
                        .contains("Qui est qui", "<strong>référent</strong>"));
        _get(Button.class, spec -> spec.withId("brouillon-enregistrer")).click();
        assertThat(editor.draft(admin, page, PageLanguage.FR).saved()).isTrue();
        assertThat(pageText()).contains("Brouillon enregistré le");

        _get(Button.class, spec -> spec.withId("publier")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(editor.history(admin, page, PageLanguage.FR))
                .singleElement()
                .satisfies(v -> assertThat(v.body()).isEqualTo("Ton **référent** suit ton PPE."));
        assertThat(pageText()).contains("La dernière version publiée dans cette langue est la version 1", "Version 1");

        _get(Button.class, spec -> spec.withId("lire-version-1")).click();
        assertThat(pageText()).contains("Une version publiée ne se modifie pas");

        // The book shows where each language stands; the English one, not yet written, starts from the French.
        assertThat(open("contenus/" + book)).isEqualTo(200);
        assertThat(pageText()).contains("Qui est qui", "version 1 publiée", "jamais publiée");
        assertThat(open("contenus/pages/" + page + "/EN")).isEqualTo(200);
        assertThat(_get(TextArea.class, spec -> spec.withId("page-texte")).getValue())
                .isEqualTo("Ton **référent** suit ton PPE.");
        assertThat(pageText()).contains("Publié maintenant, ce texte suivra la version 1 du français.");
        assertThat(open("contenus/pages/" + page + "/XX")).isEqualTo(404);
    }

    @Test
    void anAdminMovesAndWithdrawsPagesFromTheBook() {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        ContentEditor editor = context.getBean(ContentEditor.class);
        long book = ContentEditorFixtures.book(context, admin, BookKind.RIGHTS);
        long first = editor.addPage(admin, book, "PREMIERE", PageAudience.ALL);
        long second = editor.addPage(admin, book, "SECONDE", PageAudience.YOUNG);
        signInAs(admin.subject());
        assertThat(open("contenus/" + book)).isEqualTo(200);
        assertThat(_get(Button.class, spec -> spec.withId("monter-" + first)).isEnabled())
                .isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("descendre-" + second))
                        .isEnabled())
                .isFalse();
        _get(Button.class, spec -> spec.withId("descendre-" + first)).click();
        assertThat(editor.book(admin, book).pages())
                .extracting(ContentEditor.PageLine::id)
                .containsExactly(second, first);

        _get(Button.class, spec -> spec.withId("retirer-" + second)).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(editor.book(admin, book).pages().getLast()).satisfies(line -> {
            assertThat(line.id()).isEqualTo(second);
            assertThat(line.withdrawn()).isTrue();
        });
        assertThat(pageText()).contains("Page retirée");
        assertThat(_find(UI.getCurrent(), Button.class, spec -> spec.withId("retirer-" + second)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PageAudience.class)
    void thePreviewShowsOnlyTheReadersThePageSpeaksTo(PageAudience audience) {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        ContentEditor editor = context.getBean(ContentEditor.class);
        long book = ContentEditorFixtures.book(context, admin, BookKind.WELCOME);
        long page = editor.addPage(admin, book, "PAGE", audience);
        signInAs(admin.subject());
        assertThat(open("contenus/pages/" + page + "/FR")).isEqualTo(200);
        List<String> frames = _find(UI.getCurrent(), Section.class).stream()
                .map(section -> section.getId().orElse(""))
                .filter(id -> id.startsWith("apercu-"))
                .toList();
        assertThat(frames)
                .containsExactlyElementsOf(
                        switch (audience) {
                            case ALL -> List.of("apercu-jeune", "apercu-parent");
                            case YOUNG -> List.of("apercu-jeune");
                            case PARENT -> List.of("apercu-parent");
                        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "sofia", "claire", "thomas", "yanis", "odpe"})
    void whoeverIsNotAnAdminHasNoEntryAndNoPage(String subject) {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        long book = ContentEditorFixtures.book(context, admin, BookKind.OTHER);
        long page = context.getBean(ContentEditor.class).addPage(admin, book, "PAGE", PageAudience.ALL);
        signInAs(subject);
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Écrire les livrets et guides");
        for (String route : List.of("contenus", "contenus/" + book, "contenus/pages/" + page + "/FR")) {
            assertThatThrownBy(() -> open(route)).as(route).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void anotherDepartementsAdminIsRefusedItsBooksAndPagesAsIfTheyDidNotExist() {
        Viewer admin = ContentEditorFixtures.adminOfNewDepartement(context);
        long book = ContentEditorFixtures.book(context, admin, BookKind.OTHER);
        long page = context.getBean(ContentEditor.class).addPage(admin, book, "PAGE", PageAudience.ALL);
        signInAs("admin");
        for (String route : List.of(
                "contenus/" + book,
                "contenus/pages/" + page + "/FR",
                "contenus/" + Long.MAX_VALUE,
                "contenus/pages/" + Long.MAX_VALUE + "/FR")) {
            assertThat(open(route)).as(route).isEqualTo(403);
            assertThat(pageText()).as(route).contains("Cette page n’existe pas dans votre département.");
        }
        assertThat(open("contenus")).isEqualTo(200);
        assertThat(pageText()).doesNotContain("Livret T_");
    }
}
