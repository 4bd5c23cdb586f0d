package fr.reperes.participation.proposals;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member may not name another member in the debate: a text is refused when it holds, as a whole word, the first
 * name of another member of the council. Only the first names members already read on the council's page are looked
 * up: never the département's files, nor members' last names, so that a refusal tells nobody who is followed by the
 * ASE or what a peer's family name is; the animateur redacts any other name. One message for every case, so that a refusal does not say which name it found. Words are
 * compared after NFKC (full-width letters are letters), without invisible format characters (a soft hyphen or a
 * zero-width space inside a name hides nothing), without case or accents and apart from punctuation ("LÉA", "lea",
 * "l'Léa!" are Léa), so "Léandre" or "inestimable" hold no first name. The author's own first name is theirs to
 * write.
 */
@Component
public class NamingRule {

    /** The one message for a text that names a member. */
    public static final String NAMES = "council.debate.error.names";

    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;

    NamingRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A text as it is checked and stored: NFKC and without invisible format characters (deleted, not made spaces),
     * stripped.
     */
    public static String clean(String text) {
        return FORMAT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("")
                .strip();
    }

    /** {@link #NAMES} for each field whose text names a member of the council. */
    @Transactional(readOnly = true)
    public Map<String, String> check(long councilId, long authorMandateId, Map<String, String> texts) {
        Map<String, String> words = new LinkedHashMap<>();
        texts.forEach((field, text) -> {
            String normalized = text == null ? "" : words(text);
            if (!normalized.isBlank()) {
                words.put(field, normalized);
            }
        });
        Map<String, String> errors = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return errors;
        }
        record Name(long youngPersonId, long parentId, String first) {}
        List<Name> members = jdbc.sql("""
                        SELECT COALESCE(m.young_person_id, 0) AS yp, COALESCE(m.parent_id, 0) AS parent, m.first_name
                        FROM council_mandate m
                        WHERE m.council_id = :council""")
                .param("council", councilId)
                .query((rs, n) -> new Name(rs.getLong("yp"), rs.getLong("parent"), words(rs.getString("first_name"))))
                .list();
        Name author = jdbc.sql("""
                        SELECT COALESCE(young_person_id, 0), COALESCE(parent_id, 0), first_name
                        FROM council_mandate WHERE id = :id""")
                .param("id", authorMandateId)
                .query((rs, n) -> new Name(rs.getLong(1), rs.getLong(2), words(rs.getString(3))))
                .optional()
                .orElse(new Name(-1, -1, ""));
        Set<String> names = new LinkedHashSet<>();
        for (Name member : members) {
            boolean isAuthor =
                    member.youngPersonId() == author.youngPersonId() && member.parentId() == author.parentId();
            if (!isAuthor && !member.first().isBlank() && !member.first().equals(author.first())) {
                names.add(member.first());
            }
        }
        words.forEach((field, text) -> {
            if (names.stream().anyMatch(text::contains)) {
                errors.put(field, NAMES);
            }
        });
        return errors;
    }

    /** The text as lower-case words without accents, separated and surrounded by one space. */
    static String words(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(clean(text), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String spaced = NOT_A_LETTER.matcher(bare).replaceAll(" ").trim();
        return spaced.isEmpty() ? "" : " " + spaced + " ";
    }
}
