package fr.reperes.content.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import fr.reperes.content.PageLanguage;
import fr.reperes.dossier.imports.DossierImport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DefaultContentTest {

    @Autowired
    DefaultContent defaults;

    @Autowired
    DossierImport dossier;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDepartementStartsFromEveryShippedBookOnceEachPageAsVersionOnePublishedByReperes() {
        long dep = dossier.departement("C" + UUID.randomUUID().toString().substring(0, 8), "Département neuf");
        int books = defaults.importInto(dep);
        assertThat(books).isEqualTo(defaults.books().size()).isPositive();
        assertThat(defaults.importInto(dep)).isZero();

        int pages = defaults.books().stream().mapToInt(b -> b.pages().size()).sum();
        assertThat(count("SELECT COUNT(*) FROM content_page p JOIN content_book b ON b.id = p.book_id"
                        + " WHERE b.departement_id = " + dep))
                .isEqualTo(pages);
        int texts = defaults.books().stream()
                .flatMap(b -> b.pages().stream())
                .mapToInt(p -> p.texts().size())
                .sum();
        assertThat(count("SELECT COUNT(*) FROM content_version v JOIN content_page p ON p.id = v.page_id"
                        + " JOIN content_book b ON b.id = p.book_id WHERE b.departement_id = " + dep
                        + " AND v.number = 1 AND v.published_by IS NULL AND v.published_by_name = 'Repères'"))
                .isEqualTo(texts);
        assertThat(count("SELECT COUNT(*) FROM content_version v JOIN content_page p ON p.id = v.page_id"
                        + " JOIN content_book b ON b.id = p.book_id WHERE b.departement_id = " + dep
                        + " AND v.language <> 'FR' AND v.follows_number IS NULL"))
                .isZero();
    }

    @Test
    void everyShippedPageHasAFrenchTextAndEveryBookAFrenchTitle() {
        assertThat(defaults.books()).allSatisfy(book -> {
            assertThat(book.titles()).containsKey(PageLanguage.FR);
            assertThat(book.pages()).allSatisfy(page -> assertThat(page.texts()).containsKey(PageLanguage.FR));
        });
        assertThat(defaults.books()).extracting(DefaultContent.Book::code).contains("RIGHTS", "GLOSSARY");
    }

    @Test
    void theDemoDepartementWasGivenTheDefaultsAtStart() {
        assertThat(count("SELECT COUNT(*) FROM content_book b JOIN departement d ON d.id = b.departement_id"
                        + " WHERE d.code = 'DEMO'"))
                .isGreaterThanOrEqualTo(defaults.books().size());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
