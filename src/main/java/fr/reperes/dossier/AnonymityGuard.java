package fr.reperes.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Under a judge's anonymity order, refuses text meant for the family (a meeting place, notes, a PPE) that names the
 * placement: the lieu d'accueil's name, street, town or phone. The policy hides the placement fields; this keeps a
 * professional from writing them by mistake where parents read.
 */
@Component
class AnonymityGuard {

    static final String LEAK = "anonymity.error.leak";

    /** Words too common to reveal a place on their own. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("famille", "accueil", "maison", "enfants",
            "enfance", "foyer", "assistant", "assistante", "familial", "familiale", "établissement", "village",
            "appartement", "impasse", "avenue", "chemin", "boulevard", "allée", "place", "route", "résidence");

    private final JdbcClient jdbc;

    AnonymityGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Field name to message key, for each text that names the hidden placement. */
    Map<String, String> leaks(long youngPersonId, Map<String, String> texts) {
        List<String> secrets = secrets(youngPersonId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (secrets.isEmpty()) {
            return errors;
        }
        texts.forEach((field, text) -> {
            String normalized = normalize(text);
            if (!normalized.isEmpty() && secrets.stream().anyMatch(normalized::contains)) {
                errors.put(field, LEAK);
            }
        });
        return errors;
    }

    private List<String> secrets(long youngPersonId) {
        List<String> secrets = new ArrayList<>();
        jdbc.sql("""
                        SELECT m.placement_name, m.placement_address, m.placement_phone
                        FROM measure m JOIN young_person yp ON yp.id = m.young_person_id
                        WHERE m.young_person_id = :id AND yp.placement_anonymity_ordered
                          AND m.placement_kind IS NOT NULL""")
                .param("id", youngPersonId)
                .query(rs -> {
                    add(secrets, rs.getString("placement_name"));
                    addWords(secrets, rs.getString("placement_name"));
                    addWords(secrets, rs.getString("placement_address"));
                    add(secrets, rs.getString("placement_phone"));
                    String address = rs.getString("placement_address");
                    if (address != null) {
                        for (String part : address.split(",")) {
                            // "4 impasse des Mouettes" and "62930 Wimereux": each part, and the town alone.
                            add(secrets, part);
                            String town = part.trim().replaceFirst("^\\d{5}\\s+", "");
                            if (!town.equals(part.trim())) {
                                add(secrets, town);
                            }
                        }
                    }
                });
        return secrets;
    }

    private static void addWords(List<String> secrets, String text) {
        if (text == null) {
            return;
        }
        for (String word : text.split("[\\s,’']+")) {
            String normalized = normalize(word);
            if (normalized.length() >= 5 && !COMMON.contains(normalized) && !normalized.matches("\\d+")) {
                secrets.add(normalized);
            }
        }
    }

    private static void add(List<String> secrets, String value) {
        String normalized = normalize(value);
        if (normalized.length() >= 4) {
            secrets.add(normalized);
        }
    }

    /** Lower case, phone numbers and spaces folded, so "06 00 00 40 00" matches "0600004000". */
    private static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.FRENCH).replaceAll("[\\s.\\-]", "");
    }
}
