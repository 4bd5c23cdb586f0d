package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an ADMIN does with the département's content, in a département of the test's own: versions are only ever
 * added, FALC and translations record the French version they follow, drafts start from what was published, and
 * every input outside its bounds is refused with its field named.
 */
@IntegrationTest
class ContentEditorTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentEditor editor;

    @Autowired
    JdbcClient jdbc;

    Viewer admin;
    long book;

    @BeforeEach
    void ownDepartement() {
        admin = ContentEditorFixtures.adminOfNewDepartement(context);
        book = ContentEditorFixtures.book(context, admin, BookKind.WELCOME);
    }

    private Map<String, Object> versionRow(long pageId, String language, int number) {
        return jdbc.sql("SELECT * FROM content_version WHERE page_id = :p AND language = :l AND number = :n")
                .param("p", pageId)
                .param("l", language)
                .param("n", number)
                .query()
                .singleRow();
    }

    @Test
    void publishingAddsTheNextVersionAndLeavesTheEarlierOneByteIdentical() {
        long page = editor.addPage(admin, book, "QUI_EST_QUI", PageAudience.ALL);
        editor.saveDraft(admin, page, PageLanguage.FR, "Qui est qui", "Ton **référent** te suit.");
        assertThat(editor.publish(admin, page, PageLanguage.FR)).isEqualTo(1);
        Map<String, Object> first = versionRow(page, "FR", 1);
        assertThat(first)
                .containsEntry("title", "Qui est qui")
                .containsEntry("body", "Ton **référent** te suit.")
                .containsEntry("published_by", admin.accountId())
                .containsEntry("published_by_name", admin.displayName());
        assertThat(first.get("follows_number")).isNull();
        assertThat(editor.draft(admin, page, PageLanguage.FR).saved())
                .as("the draft is gone: the version holds it")
                .isFalse();

        editor.saveDraft(admin, page, PageLanguage.FR, "Qui est qui, autrement", "Ta **référente** te suit.");
        assertThat(editor.publish(admin, page, PageLanguage.FR)).isEqualTo(2);

        assertThat(versionRow(page, "FR", 1)).isEqualTo(first);
        assertThat(editor.history(admin, page, PageLanguage.FR))
                .extracting(ContentEditor.PublishedVersion::number, ContentEditor.PublishedVersion::title)
                .containsExactly(tuple(2, "Qui est qui, autrement"), tuple(1, "Qui est qui"));
        assertThat(editor.version(admin, page, PageLanguage.FR, 1)).get().satisfies(v -> {
            assertThat(v.body()).isEqualTo("Ton **référent** te suit.");
            assertThat(v.publishedBy()).isEqualTo(admin.displayName());
        });
        assertThat(editor.version(admin, page, PageLanguage.FR, 3)).isEmpty();
    }

    @Test
    void falcAndTranslationsFollowTheLatestFrenchAndLagWhenItMovesOn() {
        long page = editor.addPage(admin, book, "AUTORITE", PageAudience.PARENT);
        editor.saveDraft(admin, page, PageLanguage.FR, "L’autorité parentale", "Vous gardez l’autorité parentale.");
        editor.publish(admin, page, PageLanguage.FR);
        for (PageLanguage translation : List.of(PageLanguage.FALC, PageLanguage.EN, PageLanguage.AR)) {
            editor.saveDraft(admin, page, translation, "Titre " + translation, "Texte " + translation);
            editor.publish(admin, page, translation);
        }
        assertThat(state(page, PageLanguage.EN)).isEqualTo(new ContentEditor.LanguageState(1, 1, false, false));

        editor.saveDraft(admin, page, PageLanguage.FR, "L’autorité parentale", "Vous gardez vos droits.");
        editor.publish(admin, page, PageLanguage.FR);
        editor.saveDraft(admin, page, PageLanguage.AR, "عنوان", "نص جديد");
        for (PageLanguage translation : List.of(PageLanguage.FALC, PageLanguage.EN)) {
            assertThat(state(page, translation)).isEqualTo(new ContentEditor.LanguageState(1, 1, false, true));
        }
        assertThat(state(page, PageLanguage.AR))
                .as("a draft does not change what is published")
                .isEqualTo(new ContentEditor.LanguageState(1, 1, true, true));
        assertThat(state(page, PageLanguage.FR)).isEqualTo(new ContentEditor.LanguageState(2, null, false, false));

        editor.publish(admin, page, PageLanguage.AR);
        assertThat(state(page, PageLanguage.AR)).isEqualTo(new ContentEditor.LanguageState(2, 2, false, false));
        assertThat(versionRow(page, "AR", 1).get("follows_number")).isEqualTo(1);
    }

    @Test
    void aPageNeverPublishedHasNoStateButItsSlugAsTitle() {
        long page = editor.addPage(admin, book, "VIDE", PageAudience.YOUNG);
        ContentEditor.PageLine line = editor.book(admin, book).pages().getFirst();
        assertThat(line.id()).isEqualTo(page);
        assertThat(line.title()).isEqualTo("VIDE");
        assertThat(line.languages().values()).containsOnly(new ContentEditor.LanguageState(null, null, false, false));
    }

    private ContentEditor.LanguageState state(long page, PageLanguage language) {
        return editor.book(admin, book).pages().stream()
                .filter(p -> p.id() == page)
                .findFirst()
                .orElseThrow()
                .languages()
                .get(language);
    }

    @Test
    void aDraftStartsFromTheLatestVersionTheFrenchOneForAFirstTranslationAndDiscardingLeavesThePublished() {
        long page = editor.addPage(admin, book, "JUGE", PageAudience.ALL);
        assertThat(editor.draft(admin, page, PageLanguage.FR))
                .extracting(ContentEditor.PageDraft::title, ContentEditor.PageDraft::body)
                .containsExactly("", "");
        editor.saveDraft(admin, page, PageLanguage.FR, "Le juge des enfants", "Il décide.");
        editor.publish(admin, page, PageLanguage.FR);

        ContentEditor.PageDraft english = editor.draft(admin, page, PageLanguage.EN);
        assertThat(english.saved()).isFalse();
        assertThat(english.latest()).isNull();
        assertThat(english.latestFrench()).isEqualTo(1);
        assertThat(english.body()).isEqualTo("Il décide.");

        editor.saveDraft(admin, page, PageLanguage.FR, "Le juge des enfants", "Il décide, après t’avoir écouté.");
        ContentEditor.PageDraft saved = editor.draft(admin, page, PageLanguage.FR);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.savedBy()).isEqualTo(admin.displayName());
        assertThat(saved.body()).isEqualTo("Il décide, après t’avoir écouté.");

        editor.discard(admin, page, PageLanguage.FR);
        ContentEditor.PageDraft discarded = editor.draft(admin, page, PageLanguage.FR);
        assertThat(discarded.saved()).isFalse();
        assertThat(discarded.body()).isEqualTo("Il décide.");
        assertThat(editor.history(admin, page, PageLanguage.FR)).hasSize(1);
    }

    @Test
    void publishingWithoutADraftIsRefusedAndAddsNothing() {
        long page = editor.addPage(admin, book, "SANS", PageAudience.ALL);
        assertThatThrownBy(() -> editor.publish(admin, page, PageLanguage.FR))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("draft", "content.editing.invalid.no-draft"));
        assertThat(editor.history(admin, page, PageLanguage.FR)).isEmpty();
    }

    @Test
    void theSameTextAgainIsNoNewVersionUnlessATranslationConfirmsANewerFrench() {
        long page = editor.addPage(admin, book, "MEME", PageAudience.ALL);
        editor.saveDraft(admin, page, PageLanguage.FR, "Même", "Texte");
        editor.publish(admin, page, PageLanguage.FR);
        editor.saveDraft(admin, page, PageLanguage.FR, "Même", "Texte");
        assertRefused(() -> editor.publish(admin, page, PageLanguage.FR), "draft", "content.editing.invalid.unchanged");
        editor.saveDraft(admin, page, PageLanguage.FALC, "Même", "Texte facile");
        editor.publish(admin, page, PageLanguage.FALC);
        editor.saveDraft(admin, page, PageLanguage.FALC, "Même", "Texte facile");
        assertRefused(
                () -> editor.publish(admin, page, PageLanguage.FALC), "draft", "content.editing.invalid.unchanged");

        editor.saveDraft(admin, page, PageLanguage.FR, "Même", "Texte revu");
        editor.publish(admin, page, PageLanguage.FR);
        editor.saveDraft(admin, page, PageLanguage.FALC, "Même", "Texte facile");
        assertThat(editor.publish(admin, page, PageLanguage.FALC))
                .as("the FALC text still holds for the new French version")
                .isEqualTo(2);
        assertThat(state(page, PageLanguage.FALC)).isEqualTo(new ContentEditor.LanguageState(2, 2, false, false));
    }

    @Test
    void movingSwapsAPageWithItsNeighbourAndWithdrawnPagesKeepTheirVersions() {
        long a = editor.addPage(admin, book, "A", PageAudience.ALL);
        long b = editor.addPage(admin, book, "B", PageAudience.ALL);
        long c = editor.addPage(admin, book, "C", PageAudience.ALL);
        editor.move(admin, c, true);
        assertThat(order()).containsExactly(a, c, b);
        editor.move(admin, a, true);
        editor.move(admin, b, false);
        assertThat(order()).as("nothing moves past either end").containsExactly(a, c, b);

        editor.saveDraft(admin, c, PageLanguage.FR, "C", "Texte");
        editor.publish(admin, c, PageLanguage.FR);
        editor.withdraw(admin, c);
        ContentEditor.BookOverview overview = editor.book(admin, book);
        assertThat(overview.pages()).extracting(ContentEditor.PageLine::id).containsExactly(a, b, c);
        assertThat(overview.pages().getLast().withdrawn()).isTrue();
        assertThat(editor.history(admin, c, PageLanguage.FR)).hasSize(1);
        assertThat(editor.books(admin))
                .filteredOn(line -> line.id() == book)
                .extracting(ContentEditor.BookLine::pages)
                .containsExactly(2);
    }

    private List<Long> order() {
        return editor.book(admin, book).pages().stream()
                .map(ContentEditor.PageLine::id)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "deux mots", "accentué", "tiret-court", "x/y", "<b>"})
    void aSlugOutsideLettersDigitsAndUnderscoreIsRefused(String slug) {
        assertRefused(
                () -> editor.addPage(admin, book, slug, PageAudience.ALL), "slug", "content.editing.invalid.slug");
    }

    @Test
    void slugAndCodeLengthsAndUniquenessHaveTheirBounds() {
        assertRefused(
                () -> editor.addPage(admin, book, "x".repeat(61), PageAudience.ALL),
                "slug",
                "content.editing.invalid.slug");
        editor.addPage(admin, book, "y".repeat(60), PageAudience.ALL);
        assertRefused(
                () -> editor.addPage(admin, book, "y".repeat(60), PageAudience.YOUNG),
                "slug",
                "content.editing.invalid.slug-taken");
        long otherBook = ContentEditorFixtures.book(context, admin, BookKind.OTHER);
        editor.addPage(admin, otherBook, "y".repeat(60), PageAudience.ALL);

        assertRefused(
                () -> editor.createBook(admin, "C".repeat(41), BookKind.OTHER, Map.of(PageLanguage.FR, "Titre")),
                "code",
                "content.editing.invalid.code");
        editor.createBook(admin, "C".repeat(40), BookKind.OTHER, Map.of(PageLanguage.FR, "Titre"));
        assertRefused(
                () -> editor.createBook(admin, "C".repeat(40), BookKind.RIGHTS, Map.of(PageLanguage.FR, "Autre")),
                "code",
                "content.editing.invalid.code-taken");
        Viewer elsewhere = ContentEditorFixtures.adminOfNewDepartement(context);
        editor.createBook(elsewhere, "C".repeat(40), BookKind.OTHER, Map.of(PageLanguage.FR, "Titre"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lower", "A-B", "A B", "É", "WELCOME.X"})
    void aCodeOutsideCapitalsDigitsAndUnderscoreIsRefused(String code) {
        assertRefused(
                () -> editor.createBook(admin, code, BookKind.OTHER, Map.of(PageLanguage.FR, "Titre")),
                "code",
                "content.editing.invalid.code");
    }

    @Test
    void titlesAndBodiesHaveTheirBounds() {
        assertRefused(
                () -> editor.createBook(admin, "SANS_TITRE", BookKind.OTHER, Map.of(PageLanguage.EN, "Title")),
                "title.FR",
                "content.editing.invalid.title");
        assertRefused(
                () -> editor.createBook(
                        admin,
                        "LONG_TITRE",
                        BookKind.OTHER,
                        Map.of(PageLanguage.FR, "Titre", PageLanguage.AR, "ع".repeat(201))),
                "title.AR",
                "content.editing.invalid.title");
        long titled = editor.createBook(
                admin,
                "TITRES",
                BookKind.OTHER,
                Map.of(PageLanguage.FR, "t".repeat(200), PageLanguage.EN, " ", PageLanguage.AR, "كتيب"));
        assertThat(editor.book(admin, titled).titles())
                .containsOnlyKeys(PageLanguage.FR, PageLanguage.AR)
                .containsEntry(PageLanguage.FR, "t".repeat(200));

        editor.saveTitles(admin, titled, Map.of(PageLanguage.FR, "Nouveau titre", PageLanguage.EN, "Booklet"));
        assertThat(editor.book(admin, titled).titles())
                .as("a blank title is removed, a new one added")
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(PageLanguage.FR, "Nouveau titre", PageLanguage.EN, "Booklet"));
        assertRefused(
                () -> editor.saveTitles(admin, titled, Map.of(PageLanguage.FR, " ", PageLanguage.EN, "Booklet")),
                "title.FR",
                "content.editing.invalid.title");
        assertThat(editor.book(admin, titled).title()).isEqualTo("Nouveau titre");

        long page = editor.addPage(admin, book, "BORNES", PageAudience.ALL);
        for (String title : List.of("", "   ", "t".repeat(201))) {
            assertRefused(
                    () -> editor.saveDraft(admin, page, PageLanguage.FR, title, "Texte"),
                    "title",
                    "content.editing.invalid.title");
        }
        for (String body : List.of("", "  \n ", "b".repeat(ContentEditor.MAX_BODY + 1))) {
            assertRefused(
                    () -> editor.saveDraft(admin, page, PageLanguage.FR, "Titre", body),
                    "body",
                    "content.editing.invalid.body");
        }
        editor.saveDraft(admin, page, PageLanguage.FR, "t".repeat(200), "b".repeat(ContentEditor.MAX_BODY));
        assertThat(editor.publish(admin, page, PageLanguage.FR)).isEqualTo(1);
        assertThat(editor.version(admin, page, PageLanguage.FR, 1).orElseThrow().body())
                .hasSize(ContentEditor.MAX_BODY);
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsEntry(field, key));
    }
}
