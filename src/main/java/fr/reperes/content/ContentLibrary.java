package fr.reperes.content;

import fr.reperes.access.ContentInformation;
import fr.reperes.content.render.PageHtml;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader reads of their département's content: its books, the pages of a book that speak to them (by
 * audience; a withdrawn page never), a page in the language they chose or in French where it is not written in it
 * yet, its earlier published versions, and a search. The language a reader chose is remembered for their account.
 * Every method asks {@link ContentAccess} first; a book, page or version of another département is refused as one
 * that does not exist, and the département's own queries never reach another's rows.
 */
@Service
public class ContentLibrary {

    /** At most this many words are searched, and this many hits shown. */
    static final int MAX_WORDS = 6;

    static final int MAX_HITS = 30;

    private static final int SNIPPET = 160;

    private static final String LATEST = "v.number = (SELECT MAX(v2.number) FROM content_version v2"
            + " WHERE v2.page_id = v.page_id AND v2.language = v.language)";

    private final JdbcClient jdbc;
    private final ContentAccess access;

    ContentLibrary(JdbcClient jdbc, ContentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The language the reader chose for the département's content; French until they choose. */
    @Transactional(readOnly = true)
    public PageLanguage readingLanguage(Viewer viewer) {
        access.requireDepartement(viewer, ContentInformation.READING);
        return jdbc.sql("SELECT language FROM content_reading_language WHERE account_id = :account")
                .param("account", viewer.accountId())
                .query(String.class)
                .optional()
                .flatMap(ContentLibrary::language)
                .orElse(PageLanguage.FR);
    }

    /** Remembers the language the reader chose. */
    @Transactional
    public void chooseLanguage(Viewer viewer, PageLanguage language) {
        access.requireDepartement(viewer, ContentInformation.READING);
        jdbc.sql("INSERT INTO content_reading_language (account_id, language) VALUES (:account, :language)"
                        + " ON DUPLICATE KEY UPDATE language = VALUES(language)")
                .param("account", viewer.accountId())
                .param("language", language.name())
                .update();
    }

    /** The books of the reader's département that have at least one published page for them, in the editor's order. */
    @Transactional(readOnly = true)
    public List<LibraryBook> books(Viewer viewer, PageLanguage language) {
        long departement = access.requireDepartement(viewer, ContentInformation.READING);
        return jdbc
                .sql("SELECT b.id, b.code, b.kind, t.language, t.title FROM content_book b"
                        + " JOIN content_book_title t ON t.book_id = b.id AND t.language IN ('FR', :language)"
                        + " WHERE b.departement_id = :dep AND EXISTS (SELECT 1 FROM content_page p"
                        + "   JOIN content_version v ON v.page_id = p.id"
                        + "   WHERE p.book_id = b.id AND p.withdrawn_at IS NULL AND p.audience IN (:audiences))"
                        + " ORDER BY b.position, b.id")
                .param("dep", departement)
                .param("language", language.name())
                .param("audiences", audiences(viewer.role()))
                .query((rs, row) -> new LibraryBook(
                        rs.getLong("id"),
                        rs.getString("code"),
                        BookKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        PageLanguage.valueOf(rs.getString("language"))))
                .list()
                .stream()
                .collect(
                        LinkedHashMap<Long, LibraryBook>::new,
                        (chosen, book) -> preferAsked(chosen, book, language),
                        Map::putAll)
                .values()
                .stream()
                .toList();
    }

    /** A whole book: the reader's pages, each in {@code language} or in French; refused when the code names none. */
    @Transactional(readOnly = true)
    public BookReading book(Viewer viewer, String code, PageLanguage language) {
        long departement = access.requireDepartement(viewer, ContentInformation.READING);
        LibraryBook book = books(viewer, language).stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .orElseThrow(ContentAccess::nothingThere);
        List<ReadingPage> pages = latest(
                viewer,
                language,
                "b.departement_id = :dep AND b.id = :book",
                Map.of("dep", departement, "book", book.id()));
        return new BookReading(book, pages);
    }

    /** One page of a book, latest version, in {@code language} or in French; refused when nothing of the reader's. */
    @Transactional(readOnly = true)
    public ReadingPage page(Viewer viewer, String code, String slug, PageLanguage language) {
        long departement = access.requireDepartement(viewer, ContentInformation.READING);
        return latest(
                        viewer,
                        language,
                        "b.departement_id = :dep AND b.code = :code AND p.slug = :slug",
                        Map.of("dep", departement, "code", code, "slug", slug))
                .stream()
                .findFirst()
                .orElseThrow(ContentAccess::nothingThere);
    }

    /**
     * The département's lexique (its GLOSSARY book): one page a word, its slug the word's key, each in
     * {@code language} or in French; empty when the département has none.
     */
    @Transactional(readOnly = true)
    public List<ReadingPage> lexicon(Viewer viewer, PageLanguage language) {
        long departement = access.requireDepartement(viewer, ContentInformation.READING);
        return latest(
                viewer,
                language,
                "b.departement_id = :dep AND b.kind = :kind",
                Map.of("dep", departement, "kind", BookKind.GLOSSARY.name()));
    }

    /** The published versions of a page in a language, latest first: earlier ones stay readable. */
    @Transactional(readOnly = true)
    public List<PageVersionLine> versions(Viewer viewer, long pageId, PageLanguage language) {
        access.requirePage(viewer, pageId, ContentInformation.READING);
        requireShown(viewer, pageId);
        return jdbc.sql("SELECT number, title, follows_number, published_at, published_by_name FROM content_version"
                        + " WHERE page_id = :page AND language = :language ORDER BY number DESC")
                .param("page", pageId)
                .param("language", language.name())
                .query((rs, row) -> new PageVersionLine(
                        rs.getInt("number"),
                        rs.getString("title"),
                        nullableInt(rs, "follows_number"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by_name")))
                .list();
    }

    /** One published version of a page, earlier ones included; refused when it does not exist. */
    @Transactional(readOnly = true)
    public ReadingPage version(Viewer viewer, long pageId, PageLanguage language, int number) {
        access.requirePage(viewer, pageId, ContentInformation.READING);
        requireShown(viewer, pageId);
        return jdbc.sql("SELECT p.id, b.code, p.slug, p.audience, v.language, v.number, v.title, v.body,"
                        + " v.follows_number, v.published_at, v.published_by_name,"
                        + " (SELECT MAX(f.number) FROM content_version f WHERE f.page_id = p.id AND f.language = 'FR')"
                        + "   AS latest_fr"
                        + " FROM content_version v JOIN content_page p ON p.id = v.page_id"
                        + " JOIN content_book b ON b.id = p.book_id"
                        + " WHERE v.page_id = :page AND v.language = :language AND v.number = :number")
                .param("page", pageId)
                .param("language", language.name())
                .param("number", number)
                .query((rs, row) -> readingPage(rs, language))
                .optional()
                .orElseThrow(ContentAccess::nothingThere);
    }

    /**
     * The pages whose latest version, in {@code language} or in French, holds every word searched (in any case and
     * accents), one hit a page (in {@code language} where it matches), in the books' order. One statement.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(Viewer viewer, String words, PageLanguage language) {
        long departement = access.requireDepartement(viewer, ContentInformation.READING);
        List<String> searched = Arrays.stream(words.strip().split("\\s+"))
                .filter(word -> word.length() >= 2)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        if (searched.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT b.code, COALESCE(tl.title, tf.title, b.code) AS book_title,"
                + " p.id AS page_id, p.slug, v.language, v.title, v.body FROM content_book b"
                + " JOIN content_page p ON p.book_id = b.id AND p.withdrawn_at IS NULL AND p.audience IN (:audiences)"
                + " JOIN content_version v ON v.page_id = p.id AND v.language IN ('FR', :language)"
                + " LEFT JOIN content_book_title tl ON tl.book_id = b.id AND tl.language = :language"
                + " LEFT JOIN content_book_title tf ON tf.book_id = b.id AND tf.language = 'FR'"
                + " WHERE b.departement_id = :dep AND " + LATEST);
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < searched.size(); i++) {
            sql.append(" AND (v.title LIKE :w")
                    .append(i)
                    .append(" OR v.body LIKE :w")
                    .append(i)
                    .append(')');
            params.put("w" + i, "%" + likeEscaped(searched.get(i)) + "%");
        }
        sql.append(" ORDER BY b.position, b.id, p.position, p.id");
        record Row(
                String code, String bookTitle, long pageId, String slug, String language, String title, String body) {}
        List<Row> rows = jdbc.sql(sql.toString())
                .param("dep", departement)
                .param("language", language.name())
                .param("audiences", audiences(viewer.role()))
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getString("code"),
                        rs.getString("book_title"),
                        rs.getLong("page_id"),
                        rs.getString("slug"),
                        rs.getString("language"),
                        rs.getString("title"),
                        rs.getString("body")))
                .list();
        Map<Long, Row> perPage = new LinkedHashMap<>();
        for (Row row : rows) {
            Row earlier = perPage.get(row.pageId());
            if (earlier == null || row.language().equals(language.name())) {
                perPage.put(row.pageId(), row);
            }
        }
        return perPage.values().stream()
                .limit(MAX_HITS)
                .map(row -> new SearchHit(
                        row.code(),
                        row.bookTitle(),
                        row.slug(),
                        PageLanguage.valueOf(row.language()),
                        row.title(),
                        snippet(PageHtml.plainText(row.body()), searched)))
                .toList();
    }

    // ---- the département's pages, latest versions ----

    private List<ReadingPage> latest(Viewer viewer, PageLanguage language, String where, Map<String, Object> params) {
        List<ReadingPage> rows = jdbc.sql("SELECT p.id, b.code, p.slug, p.audience, v.language, v.number, v.title,"
                        + " v.body, v.follows_number, v.published_at, v.published_by_name,"
                        + " (SELECT MAX(f.number) FROM content_version f WHERE f.page_id = p.id AND f.language = 'FR')"
                        + "   AS latest_fr"
                        + " FROM content_book b JOIN content_page p ON p.book_id = b.id AND p.withdrawn_at IS NULL"
                        + "   AND p.audience IN (:audiences)"
                        + " JOIN content_version v ON v.page_id = p.id AND v.language IN ('FR', :language)"
                        + " WHERE " + where + " AND " + LATEST
                        + " ORDER BY p.position, p.id")
                .param("audiences", audiences(viewer.role()))
                .param("language", language.name())
                .params(params)
                .query((rs, row) -> readingPage(rs, language))
                .list();
        Map<Long, ReadingPage> perPage = new LinkedHashMap<>();
        for (ReadingPage page : rows) {
            ReadingPage earlier = perPage.get(page.pageId());
            if (earlier == null || page.language() == language) {
                perPage.put(page.pageId(), page);
            }
        }
        return List.copyOf(perPage.values());
    }

    /** A withdrawn page, or one that speaks to others, is refused as one that does not exist. */
    private void requireShown(Viewer viewer, long pageId) {
        boolean shown = jdbc.sql("SELECT COUNT(*) FROM content_page WHERE id = :page AND withdrawn_at IS NULL"
                                + " AND audience IN (:audiences)")
                        .param("page", pageId)
                        .param("audiences", audiences(viewer.role()))
                        .query(Integer.class)
                        .single()
                > 0;
        if (!shown) {
            throw ContentAccess.nothingThere();
        }
    }

    private static ReadingPage readingPage(ResultSet rs, PageLanguage asked) throws SQLException {
        return new ReadingPage(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("slug"),
                PageAudience.valueOf(rs.getString("audience")),
                asked,
                PageLanguage.valueOf(rs.getString("language")),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("body"),
                nullableInt(rs, "follows_number"),
                nullableInt(rs, "latest_fr"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by_name"));
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void preferAsked(Map<Long, LibraryBook> chosen, LibraryBook book, PageLanguage asked) {
        LibraryBook earlier = chosen.get(book.id());
        if (earlier == null || book.titleLanguage() == asked) {
            chosen.put(book.id(), book);
        }
    }

    /** The audiences of the pages a reader of {@code role} is shown. */
    static List<String> audiences(@Nullable Role role) {
        return Arrays.stream(PageAudience.values())
                .filter(audience -> audience.shownTo(role))
                .map(PageAudience::name)
                .toList();
    }

    private static Optional<PageLanguage> language(String name) {
        return Arrays.stream(PageLanguage.values())
                .filter(l -> l.name().equals(name))
                .findFirst();
    }

    private static String likeEscaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Some words around the first searched word the text holds; the text's start when only its markup did. */
    static String snippet(String text, List<String> words) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String folded = folded(flat);
        int at = -1;
        for (String word : words) {
            int found = folded.indexOf(folded(word));
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        int start = Math.max(0, at - SNIPPET / 3);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(flat.length(), start + SNIPPET);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > Math.max(start, at) ? space : end;
        }
        return (start > 0 ? "… " : "") + flat.substring(start, end) + (end < flat.length() ? " …" : "");
    }

    /** Lower case without accents, one character for one, so that indexes stay those of the text. */
    private static String folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String bare = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            folded.append(
                    bare.isEmpty()
                            ? text.charAt(i)
                            : bare.toLowerCase(Locale.ROOT).charAt(0));
        }
        return folded.toString();
    }
}
