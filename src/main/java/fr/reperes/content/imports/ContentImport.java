package fr.reperes.content.imports;

import fr.reperes.content.BookKind;
import fr.reperes.content.PageAudience;
import fr.reperes.content.PageLanguage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, pages and published versions written as they are, for content that arrives already written: what Repères
 * ships, the demo, tests. A version is only ever inserted; its number follows the last one of its page and language,
 * the page locked so that two publications never take the same number.
 */
@Component
public class ContentImport {

    private final JdbcClient jdbc;
    private final Clock clock;

    ContentImport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long book(long departementId, String code, BookKind kind, int position, Map<PageLanguage, String> titles) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO content_book (departement_id, code, kind, position) VALUES (:dep, :code, :kind, :position)")
                .param("dep", departementId)
                .param("code", code)
                .param("kind", kind.name())
                .param("position", position)
                .update(key);
        long id = Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
        titles.forEach((language, title) -> title(id, language, title));
        return id;
    }

    @Transactional
    public void title(long bookId, PageLanguage language, String title) {
        jdbc.sql("INSERT INTO content_book_title (book_id, language, title) VALUES (:book, :language, :title)"
                        + " ON DUPLICATE KEY UPDATE title = VALUES(title)")
                .param("book", bookId)
                .param("language", language.name())
                .param("title", title)
                .update();
    }

    @Transactional
    public long page(long bookId, String slug, int position, PageAudience audience) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO content_page (book_id, slug, position, audience) VALUES (:book, :slug, :position, :audience)")
                .param("book", bookId)
                .param("slug", slug)
                .param("position", position)
                .param("audience", audience.name())
                .update(key);
        return Objects.requireNonNull(key.getKey(), "an INSERT into an AUTO_INCREMENT table returns its id")
                .longValue();
    }

    /** The page {@code slug} of the book {@code bookCode} of a département, for content that rewrites what it has. */
    public long pageOf(long departementId, String bookCode, String slug) {
        return jdbc.sql("SELECT p.id FROM content_page p JOIN content_book b ON b.id = p.book_id"
                        + " WHERE b.departement_id = :dep AND b.code = :code AND p.slug = :slug")
                .param("dep", departementId)
                .param("code", bookCode)
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    /** The book {@code bookCode} of a département. */
    public long bookOf(long departementId, String bookCode) {
        return jdbc.sql("SELECT id FROM content_book WHERE departement_id = :dep AND code = :code")
                .param("dep", departementId)
                .param("code", bookCode)
                .query(Long.class)
                .single();
    }

    /**
     * Publishes {@code title} and {@code body} as the next version of the page in {@code language}; returns its number.
     *
     * @param followsNumber  for FALC or a translation, the French version it renders
     * @param publishedBy    the account that published it; null for what Repères ships
     */
    @Transactional
    public int publish(
            long pageId,
            PageLanguage language,
            String title,
            String body,
            @Nullable Integer followsNumber,
            @Nullable Long publishedBy,
            String publishedByName) {
        jdbc.sql("SELECT id FROM content_page WHERE id = :page FOR UPDATE")
                .param("page", pageId)
                .query(Long.class)
                .single();
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM content_version"
                        + " WHERE page_id = :page AND language = :language")
                .param("page", pageId)
                .param("language", language.name())
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO content_version (page_id, language, number, title, body, follows_number, published_at,"
                        + " published_by, published_by_name) VALUES (:page, :language, :number, :title, :body,"
                        + " :follows, :at, :by, :byName)")
                .param("page", pageId)
                .param("language", language.name())
                .param("number", number)
                .param("title", title)
                .param("body", body)
                .param("follows", followsNumber)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", publishedBy)
                .param("byName", publishedByName)
                .update();
        return number;
    }
}
