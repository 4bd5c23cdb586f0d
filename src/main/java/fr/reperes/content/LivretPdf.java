package fr.reperes.content;

import fr.reperes.access.ContentInformation;
import fr.reperes.content.pdf.BookPdfWriter;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole book of the viewer's département as a PDF, for paper and for interpreters: its pages that speak to the
 * viewer (audience; withdrawn pages never), each in the latest version published in the chosen language, or in French
 * where the page has none in it. Content written for everyone: the read goes to no young person's journal.
 */
@Service
public class LivretPdf {

    private static final BundleTranslations NAMES = new BundleTranslations();

    private final JdbcClient jdbc;
    private final ContentAccess access;

    LivretPdf(JdbcClient jdbc, ContentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The book {@code bookId} in {@code language}; refused for another département's book or an id naming nothing. */
    @Transactional(readOnly = true)
    public byte[] book(Viewer viewer, long bookId, PageLanguage language) {
        access.requireBook(viewer, bookId, ContentInformation.READING);
        return write(viewer, bookId, language);
    }

    /** The book of the viewer's département whose code is {@code code} ({@code livret/:code}), in {@code language}. */
    @Transactional(readOnly = true)
    public byte[] book(Viewer viewer, String code, PageLanguage language) {
        long departementId = access.requireDepartement(viewer, ContentInformation.READING);
        long bookId = jdbc.sql("SELECT id FROM content_book WHERE departement_id = :dep AND code = :code")
                .param("dep", departementId)
                .param("code", code)
                .query(Long.class)
                .optional()
                .orElseThrow(ContentAccess::nothingThere);
        return book(viewer, bookId, language);
    }

    /** The file's name: the book's code and the language, nothing of the reader. */
    public static String fileName(String code, PageLanguage language) {
        return "livret-" + code.toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + language.name().toLowerCase(Locale.ROOT) + ".pdf";
    }

    private byte[] write(Viewer viewer, long bookId, PageLanguage language) {
        Map<String, String> titles = new LinkedHashMap<>();
        jdbc.sql("SELECT language, title FROM content_book_title WHERE book_id = :book")
                .param("book", bookId)
                .query((rs, n) -> titles.put(rs.getString("language"), rs.getString("title")))
                .list();
        String title = titles.getOrDefault(
                language.name(),
                titles.getOrDefault(
                        PageLanguage.FR.name(),
                        jdbc.sql("SELECT code FROM content_book WHERE id = :book")
                                .param("book", bookId)
                                .query(String.class)
                                .single()));
        record Row(long pageId, String audience, String language, String title, String body) {}
        List<Row> rows = jdbc.sql("""
                        SELECT p.id AS page_id, p.audience, v.language, v.title, v.body FROM content_page p
                        JOIN content_version v ON v.page_id = p.id AND v.language IN ('FR', :language)
                        WHERE p.book_id = :book AND p.withdrawn_at IS NULL
                          AND v.number = (SELECT MAX(v2.number) FROM content_version v2
                                          WHERE v2.page_id = v.page_id AND v2.language = v.language)
                        ORDER BY p.position, p.id""")
                .param("book", bookId)
                .param("language", language.name())
                .query(Row.class)
                .list();
        Map<Long, Row> chosen = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!PageAudience.valueOf(row.audience()).shownTo(viewer.role())) {
                continue;
            }
            Row earlier = chosen.get(row.pageId());
            if (earlier == null || row.language().equals(language.name())) {
                chosen.put(row.pageId(), row);
            }
        }
        List<BookPdfWriter.Page> pages = new ArrayList<>();
        chosen.values()
                .forEach(row -> pages.add(
                        new BookPdfWriter.Page(row.title(), row.body(), PageLanguage.valueOf(row.language()))));
        return BookPdfWriter.write(
                title, language, NAMES.getTranslation(language.nameKey(), BundleTranslations.FRENCH), pages);
    }
}
