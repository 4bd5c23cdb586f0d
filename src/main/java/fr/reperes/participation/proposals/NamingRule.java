package fr.reperes.participation.proposals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member may not name another young person in the debate: a text is refused when it holds, as a whole word, the
 * first name of another member of the council, or the first and the last name, side by side in either order, of any
 * young person of the département. Words are compared without case or accents and apart from punctuation ("LÉA", "lea", "l'Léa!" are
 * Léa), so "Léandre" or "inestimable" hold no first name. The author's own first name is theirs to write.
 */
@Component
public class NamingRule {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;

    NamingRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The message key for each field whose text names someone: a council member's first name first, then a young
     * person's full name.
     */
    @Transactional(readOnly = true)
    public Map<String, String> check(long councilId, long authorMandateId, Map<String, String> texts) {
        Map<String, String> words = new LinkedHashMap<>();
        texts.forEach((field, text) -> {
            String normalized = words(text);
            if (!normalized.isBlank()) {
                words.put(field, normalized);
            }
        });
        Map<String, String> errors = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return errors;
        }
        String author = jdbc.sql("SELECT first_name FROM council_mandate WHERE id = :id")
                .param("id", authorMandateId)
                .query(String.class)
                .optional()
                .map(NamingRule::words)
                .orElse("");
        List<String> members = new ArrayList<>();
        for (String firstName : jdbc.sql(
                        "SELECT DISTINCT first_name FROM council_mandate WHERE council_id = :council AND id <> :author")
                .param("council", councilId)
                .param("author", authorMandateId)
                .query(String.class)
                .list()) {
            String name = words(firstName);
            if (!name.isBlank() && !name.equals(author)) {
                members.add(name);
            }
        }
        words.forEach((field, text) -> {
            if (members.stream().anyMatch(name -> holds(text, name))) {
                errors.put(field, "council.debate.error.names-member");
            }
        });
        if (errors.size() == words.size()) {
            return errors;
        }
        List<String[]> youngPeople = jdbc.sql("""
                        SELECT yp.first_name, yp.last_name FROM dossier_young_person_view yp
                        JOIN council c ON c.departement_id = yp.departement_id
                        WHERE c.id = :council""")
                .param("council", councilId)
                .query((rs, n) -> new String[] {words(rs.getString(1)), words(rs.getString(2))})
                .list();
        words.forEach((field, text) -> {
            if (!errors.containsKey(field)
                    && youngPeople.stream()
                            .anyMatch(name -> !name[0].isBlank()
                                    && !name[1].isBlank()
                                    && (holds(text, name[0] + name[1].substring(1))
                                            || holds(text, name[1] + name[0].substring(1))))) {
                errors.put(field, "council.debate.error.names-young-person");
            }
        });
        return errors;
    }

    /** The text as lower-case words without accents, separated and surrounded by one space. */
    static String words(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String spaced = NOT_A_LETTER.matcher(bare).replaceAll(" ").trim();
        return spaced.isEmpty() ? "" : " " + spaced + " ";
    }

    /** Whether the words of {@code name} follow each other, whole, in {@code text} (both from {@link #words}). */
    private static boolean holds(String text, String name) {
        return text.contains(name);
    }
}
