package fr.reperes.content;

import fr.reperes.content.render.GlossaryTerm;
import fr.reperes.content.render.PageHtml;
import fr.reperes.identity.Role;
import fr.reperes.shell.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of a département's lexique (its GLOSSARY book, as published) in a language, for pages whose terms open
 * their definition in place. A term reads in {@code language} where the lexique has it, in French otherwise. Content
 * the département published for everyone: asks no policy, and the callers are services and views that already did.
 */
@Component
public class GlossaryTerms {

    private final JdbcClient jdbc;

    GlossaryTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The words of the lexique that speak to a reader of {@code reader}'s role (a page's audience, as everywhere a
     * page is read: a parent's word is not explained to a young person, nor the reverse).
     */
    public List<GlossaryTerm> of(long departementId, PageLanguage language, @Nullable Role reader) {
        record Row(String slug, String language, String title, String body) {}
        List<Row> rows = jdbc.sql("SELECT p.slug, v.language, v.title, v.body FROM content_book b"
                        + " JOIN content_page p ON p.book_id = b.id AND p.withdrawn_at IS NULL"
                        + "   AND p.audience IN (:audiences)"
                        + " JOIN content_version v ON v.page_id = p.id AND v.language IN ('FR', :language)"
                        + " WHERE b.departement_id = :dep AND b.kind = 'GLOSSARY'"
                        + " AND v.number = (SELECT MAX(v2.number) FROM content_version v2"
                        + "   WHERE v2.page_id = v.page_id AND v2.language = v.language)"
                        + " ORDER BY p.position, p.id")
                .param("dep", departementId)
                .param("language", language.name())
                .param("audiences", ContentLibrary.audiences(reader))
                .query(Row.class)
                .list();
        Map<String, Row> chosen = new LinkedHashMap<>();
        for (Row row : rows) {
            Row earlier = chosen.get(row.slug());
            if (earlier == null || row.language().equals(language.name())) {
                chosen.put(row.slug(), row);
            }
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        for (Row row : chosen.values()) {
            terms.add(new GlossaryTerm(
                    row.slug(),
                    firstParagraph(row.body()),
                    Lexicon.knows(row.slug()) ? Lexicon.patternOf(row.slug()) : calledBy(row.title())));
        }
        return terms;
    }

    /** A lexique page's definition: its first paragraph, as plain text. */
    public static String firstParagraph(String markdown) {
        String text = PageHtml.plainText(markdown);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * What calls for a term the code's {@link Lexicon} does not know (one the département added) in a page's text:
     * an acronym as written ("PPE"), other words in any case and with a
     * plural "s" ("Synthèse", "synthèses"). A term too short to be told from ordinary words opens only when linked.
     */
    static @Nullable Pattern calledBy(String title) {
        String words = title.strip();
        if (words.length() < 2) {
            return null;
        }
        if (words.equals(words.toUpperCase()) && words.chars().anyMatch(Character::isLetter)) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(words) + "s?(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
