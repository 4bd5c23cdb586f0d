package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.content.imports.ContentImport;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a reader reads of the département's content: by audience, never a withdrawn page, in their language or in
 * French, earlier versions, the language they chose, the search; and nothing of another département by any method.
 */
@IntegrationTest
class ContentLibraryTest {

    static final String CODE = "LIVRET_T";

    @Autowired
    ContentLibrary library;

    @Autowired
    ContentImport content;

    @Autowired
    DossierImport dossier;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    Fixture a;
    Fixture b;

    record Fixture(
            long departement, long account, long otherAccount, long all, long young, long parent, long withdrawn) {

        Viewer as(Role role) {
            return new Viewer(account, "t-" + role, "Lecteur " + role, role, departement, null, null, null);
        }

        List<Viewer> everyRole() {
            return Arrays.stream(Role.values()).map(this::as).toList();
        }
    }

    @BeforeEach
    void twoDepartements() {
        a = departement("Alpha", "mangrove");
        b = departement("Bêta", "toundra");
    }

    private Fixture departement(String name, String word) {
        long dep = dossier.departement("L" + UUID.randomUUID().toString().substring(0, 8), name);
        long account = accounts.create(new NewAccount(dep, Role.ADMIN, "Admin " + name, null, null, null))
                .id();
        long other = accounts.create(new NewAccount(dep, Role.OBSERVATOIRE, "Obs " + name, null, null, null))
                .id();
        long book = content.book(
                dep,
                CODE,
                BookKind.WELCOME,
                1,
                Map.of(PageLanguage.FR, "Livret " + name, PageLanguage.FALC, "Livret facile " + name));
        long all = content.page(book, "POUR_TOUS", 1, PageAudience.ALL);
        content.publish(all, PageLanguage.FR, "Pour tous v1", "Ancien texte " + word + " périmé.", null, null, "R");
        content.publish(
                all,
                PageLanguage.FR,
                "Pour tous",
                "Le texte de " + word + " sur l'**Écoute** du juge.",
                null,
                null,
                "R");
        content.publish(all, PageLanguage.FALC, "Pour tous facile", "Le juge t'écoute. " + word, 1, null, "R");
        content.publish(all, PageLanguage.AR, "للجميع", "نص " + word, 2, null, "R");
        long young = content.page(book, "POUR_JEUNE", 2, PageAudience.YOUNG);
        content.publish(young, PageLanguage.FR, "Pour toi", "Tu as des droits " + word + ".", null, null, "R");
        long parent = content.page(book, "POUR_PARENT", 3, PageAudience.PARENT);
        content.publish(parent, PageLanguage.FR, "Pour vous", "Vous avez des droits " + word + ".", null, null, "R");
        long withdrawn = content.page(book, "RETIREE", 4, PageAudience.ALL);
        content.publish(withdrawn, PageLanguage.FR, "Retirée", "Page retirée " + word + ".", null, null, "R");
        long lexique = content.book(dep, "LEXIQUE_T", BookKind.GLOSSARY, 9, Map.of(PageLanguage.FR, "Lexique " + name));
        long entry = content.page(lexique, "MOT", 1, PageAudience.ALL);
        content.publish(entry, PageLanguage.FR, word, "Le mot " + word + ".", null, null, "R");
        jdbc.sql("UPDATE content_page SET withdrawn_at = CURRENT_TIMESTAMP(6) WHERE id = :id")
                .param("id", withdrawn)
                .update();
        return new Fixture(dep, account, other, all, young, parent, withdrawn);
    }

    @Test
    void aYoungPersonReadsPagesForAllAndForYoungPeopleAParentForAllAndParentsAProfessionalEvery() {
        assertThat(slugs(a.as(Role.JEUNE))).containsExactly("POUR_TOUS", "POUR_JEUNE");
        assertThat(slugs(a.as(Role.PARENT))).containsExactly("POUR_TOUS", "POUR_PARENT");
        for (Role role : List.of(Role.REFERENT, Role.ANIMATEUR, Role.OBSERVATOIRE, Role.ADMIN)) {
            assertThat(slugs(a.as(role))).as(role.name()).containsExactly("POUR_TOUS", "POUR_JEUNE", "POUR_PARENT");
        }
        assertRefusedAsNothing(() -> library.page(a.as(Role.JEUNE), CODE, "POUR_PARENT", PageLanguage.FR));
        assertRefusedAsNothing(() -> library.versions(a.as(Role.JEUNE), a.parent(), PageLanguage.FR));
        assertRefusedAsNothing(() -> library.version(a.as(Role.PARENT), a.young(), PageLanguage.FR, 1));
        assertThat(library.search(a.as(Role.JEUNE), "droits mangrove", PageLanguage.FR))
                .extracting(SearchHit::slug)
                .containsExactly("POUR_JEUNE");
        assertThat(library.search(a.as(Role.PARENT), "droits mangrove", PageLanguage.FR))
                .extracting(SearchHit::slug)
                .containsExactly("POUR_PARENT");
    }

    @Test
    void aWithdrawnPageIsNeverReadNorFoundWhoeverReads() {
        for (Viewer reader : a.everyRole()) {
            assertThat(slugs(reader)).doesNotContain("RETIREE");
            assertRefusedAsNothing(() -> library.page(reader, CODE, "RETIREE", PageLanguage.FR));
            assertRefusedAsNothing(() -> library.versions(reader, a.withdrawn(), PageLanguage.FR));
            assertRefusedAsNothing(() -> library.version(reader, a.withdrawn(), PageLanguage.FR, 1));
            assertThat(library.search(reader, "retirée", PageLanguage.FR)).isEmpty();
        }
    }

    @Test
    void aPageReadsInTheAskedLanguageOrInFrenchAndSaysWhenItFollowsAnOlderFrenchVersion() {
        Viewer reader = a.as(Role.JEUNE);
        ReadingPage french = library.page(reader, CODE, "POUR_TOUS", PageLanguage.FR);
        assertThat(french.language()).isEqualTo(PageLanguage.FR);
        assertThat(french.number()).isEqualTo(2);
        assertThat(french.inFrenchInstead()).isFalse();
        assertThat(french.behindFrench()).isFalse();

        ReadingPage falc = library.page(reader, CODE, "POUR_TOUS", PageLanguage.FALC);
        assertThat(falc.language()).isEqualTo(PageLanguage.FALC);
        assertThat(falc.title()).isEqualTo("Pour tous facile");
        assertThat(falc.inFrenchInstead()).isFalse();
        assertThat(falc.behindFrench()).as("FALC follows FR v1, FR is at v2").isTrue();

        ReadingPage arabic = library.page(reader, CODE, "POUR_TOUS", PageLanguage.AR);
        assertThat(arabic.language()).isEqualTo(PageLanguage.AR);
        assertThat(arabic.behindFrench()).isFalse();

        ReadingPage english = library.page(reader, CODE, "POUR_TOUS", PageLanguage.EN);
        assertThat(english.asked()).isEqualTo(PageLanguage.EN);
        assertThat(english.language()).isEqualTo(PageLanguage.FR);
        assertThat(english.inFrenchInstead()).isTrue();
        assertThat(english.body()).isEqualTo(french.body());

        assertThat(library.book(reader, CODE, PageLanguage.AR).pages())
                .extracting(ReadingPage::slug, ReadingPage::language)
                .containsExactly(tuple("POUR_TOUS", PageLanguage.AR), tuple("POUR_JEUNE", PageLanguage.FR));
        assertThat(library.books(reader, PageLanguage.FALC))
                .extracting(LibraryBook::title)
                .containsExactly("Livret facile Alpha", "Lexique Alpha");
        assertThat(library.books(reader, PageLanguage.EN))
                .extracting(LibraryBook::title)
                .containsExactly("Livret Alpha", "Lexique Alpha");
    }

    @Test
    void earlierPublishedVersionsAreListedLatestFirstAndStayReadable() {
        Viewer reader = a.as(Role.PARENT);
        assertThat(library.versions(reader, a.all(), PageLanguage.FR))
                .extracting(PageVersionLine::number, PageVersionLine::title)
                .containsExactly(tuple(2, "Pour tous"), tuple(1, "Pour tous v1"));
        assertThat(library.versions(reader, a.all(), PageLanguage.FALC))
                .singleElement()
                .satisfies(line -> assertThat(line.followsNumber()).isEqualTo(1));
        assertThat(library.version(reader, a.all(), PageLanguage.FR, 1).body())
                .isEqualTo("Ancien texte mangrove périmé.");
        assertRefusedAsNothing(() -> library.version(reader, a.all(), PageLanguage.FR, 3));
        assertRefusedAsNothing(() -> library.version(reader, a.all(), PageLanguage.EN, 1));
    }

    @Test
    void theChosenLanguageIsRememberedForTheReadersAccountOnly() {
        Viewer reader = a.as(Role.ADMIN);
        Viewer other = new Viewer(a.otherAccount(), "o", "Obs", Role.OBSERVATOIRE, a.departement(), null, null, null);
        assertThat(library.readingLanguage(reader)).isEqualTo(PageLanguage.FR);
        library.chooseLanguage(reader, PageLanguage.AR);
        assertThat(library.readingLanguage(reader)).isEqualTo(PageLanguage.AR);
        library.chooseLanguage(reader, PageLanguage.FALC);
        assertThat(library.readingLanguage(reader)).isEqualTo(PageLanguage.FALC);
        assertThat(library.readingLanguage(other)).isEqualTo(PageLanguage.FR);
    }

    @Test
    void theSearchReadsTheLatestVersionsInTheChosenLanguageAndFrenchInAnyCaseAndAccents() {
        Viewer reader = a.as(Role.REFERENT);
        assertThat(library.search(reader, "périmé", PageLanguage.FR))
                .as("v1 only")
                .isEmpty();
        List<SearchHit> hits = library.search(reader, "ECOUTE mangrove", PageLanguage.FR);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.slug()).isEqualTo("POUR_TOUS");
            assertThat(hit.bookCode()).isEqualTo(CODE);
            assertThat(hit.bookTitle()).isEqualTo("Livret Alpha");
            assertThat(hit.language()).isEqualTo(PageLanguage.FR);
            assertThat(hit.snippet()).contains("Écoute").doesNotContain("**");
        });
        assertThat(library.search(reader, "mangrove", PageLanguage.FALC))
                .extracting(SearchHit::slug, SearchHit::language)
                .startsWith(tuple("POUR_TOUS", PageLanguage.FALC));
        assertThat(library.search(reader, "نص", PageLanguage.AR))
                .extracting(SearchHit::slug)
                .containsExactly("POUR_TOUS");
        assertThat(library.search(reader, "نص", PageLanguage.EN))
                .as("Arabic is not searched for an English reader")
                .isEmpty();
        assertThat(library.search(reader, "100%_", PageLanguage.FR)).isEmpty();
        assertThat(library.search(reader, " ", PageLanguage.FR)).isEmpty();
    }

    @Test
    void aReaderOfAnotherDepartementGetsNoBookPageVersionOrSearchHitOfThisOneByAnyMethod() {
        for (Viewer stranger : b.everyRole()) {
            assertThat(library.books(stranger, PageLanguage.FR))
                    .extracting(LibraryBook::title)
                    .containsExactly("Livret Bêta", "Lexique Bêta");
            assertThat(library.lexicon(stranger, PageLanguage.FR))
                    .extracting(ReadingPage::title)
                    .containsExactly("toundra");
            assertThat(library.book(stranger, CODE, PageLanguage.FR).pages())
                    .allSatisfy(page -> assertThat(page.body()).doesNotContain("mangrove"))
                    .extracting(ReadingPage::pageId)
                    .doesNotContain(a.all(), a.young(), a.parent());
            assertThat(library.page(stranger, CODE, "POUR_TOUS", PageLanguage.FR)
                            .pageId())
                    .isEqualTo(b.all());
            for (long page : List.of(a.all(), a.young(), a.parent(), a.withdrawn())) {
                assertRefusedAsNothing(() -> library.versions(stranger, page, PageLanguage.FR));
                assertRefusedAsNothing(() -> library.version(stranger, page, PageLanguage.FR, 1));
            }
            for (PageLanguage language : PageLanguage.values()) {
                assertThat(library.search(stranger, "mangrove", language)).isEmpty();
                assertThat(library.search(stranger, "toundra", language)).isNotEmpty();
            }
        }
    }

    @Test
    void anIdThatNamesNothingAndAnIdentityWithoutAccountAreRefusedLikeAnotherDepartementsContent() {
        long nothing = Long.MAX_VALUE - 7;
        Viewer reader = a.as(Role.JEUNE);
        assertRefusedAsNothing(() -> library.versions(reader, nothing, PageLanguage.FR));
        assertRefusedAsNothing(() -> library.version(reader, nothing, PageLanguage.FR, 1));
        assertRefusedAsNothing(() -> library.book(reader, "NO_SUCH_BOOK", PageLanguage.FR));
        assertRefusedAsNothing(() -> library.page(reader, CODE, "NO_SUCH_PAGE", PageLanguage.FR));

        Viewer nobody = Viewer.withoutAccount("sans-compte", "Sans compte");
        List<Consumer<Viewer>> everyMethod = List.of(
                v -> library.readingLanguage(v),
                v -> library.chooseLanguage(v, PageLanguage.AR),
                v -> library.books(v, PageLanguage.FR),
                v -> library.book(v, CODE, PageLanguage.FR),
                v -> library.page(v, CODE, "POUR_TOUS", PageLanguage.FR),
                v -> library.versions(v, a.all(), PageLanguage.FR),
                v -> library.version(v, a.all(), PageLanguage.FR, 1),
                v -> library.search(v, "mangrove", PageLanguage.FR),
                v -> library.lexicon(v, PageLanguage.FR));
        for (Consumer<Viewer> method : everyMethod) {
            assertThatThrownBy(() -> method.accept(nobody)).isInstanceOf(AccessRefusedException.class);
        }
    }

    private List<String> slugs(Viewer reader) {
        return library.book(reader, CODE, PageLanguage.FR).pages().stream()
                .map(ReadingPage::slug)
                .toList();
    }

    private static void assertRefusedAsNothing(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AccessRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessReason.NOT_DEPARTEMENT_CONTENT));
    }
}
