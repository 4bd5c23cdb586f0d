package fr.reperes.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lexique's entries the code knows, in the order the lexique lists them, each with the words of a page that call
 * for it: an acronym as written (CAP, CPAM), a word of the trade in any case and number ("pécule", "assistantes
 * familiales"). The département writes the terms and their definitions (content's GLOSSARY book, one page a key);
 * these patterns find them in a page's text, under every page ("Les mots de cette page") and inside the content.
 */
public final class Lexicon {

    /** The lexique's address; {@code ?mot=KEY} opens an entry. */
    public static final String ROUTE = "lexique";

    public static final String WORD = "mot";

    /** One entry: its key (the slug of its lexique page) and what calls for it on a page. */
    public record Entry(String key, @Nullable Pattern calledBy) {

        boolean foundIn(String text) {
            return calledBy != null && calledBy.matcher(text).find();
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            acronym("ASE"),
            acronym("PPE"),
            // Said on nearly every page and explained where the person is named: listed, not repeated under pages.
            new Entry("REFERENT", null),
            words("SYNTHESE", "synthèses?"),
            acronym("AED"),
            acronym("AEMO"),
            acronym("MJIE"),
            acronym("OPP"),
            acronym("JE"),
            acronym("JAF"),
            acronym("MECS"),
            acronym("TDC"),
            acronym("DAP"),
            words("ASSISTANT_FAMILIAL", "assistante?s? familia(?:le?s?|ux)"),
            words("AUTHORITY", "autorité parentale"),
            words("NON_USUAL", "actes? non usuels?"),
            words("CJM", "contrats? jeunes? majeurs?"),
            words("ENTRETIEN_17", "entretien des 17 ans"),
            words("PECULE", "pécules?"),
            acronym("MDPH"),
            acronym("CMP"),
            acronym("CMPP"),
            acronym("CE2"),
            acronym("CAP"),
            acronym("BTS"),
            words("MISSION_LOCALE", "missions? locales?"),
            words("CEJ", "\\bCEJ\\b|garantie jeunes|contrat d[’']engagement jeune"),
            acronym("FJT"),
            acronym("CLLAJ"),
            acronym("CAF"),
            acronym("APL"),
            acronym("RSA"),
            acronym("CPAM"),
            acronym("ADEPAPE"),
            acronym("ODPE"),
            acronym("CRIP"),
            words("DEFENSEUR", "Défenseur des droits"),
            new Entry("119", null));

    private Lexicon() {}

    private static Entry acronym(String acronym) {
        return new Entry(acronym, Pattern.compile("(?<![\\p{L}\\p{N}])" + acronym + "(?![\\p{L}\\p{N}])"));
    }

    private static Entry words(String key, String regex) {
        return new Entry(
                key,
                Pattern.compile(
                        "(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** What calls for the entry {@code key} in a text; null when the key is not one the code knows, or only links do. */
    public static @Nullable Pattern patternOf(String key) {
        return ENTRIES.stream()
                .filter(entry -> entry.key().equals(key))
                .findFirst()
                .map(Entry::calledBy)
                .orElse(null);
    }

    /** Whether the code knows the entry {@code key}. */
    public static boolean knows(String key) {
        return ENTRIES.stream().anyMatch(entry -> entry.key().equals(key));
    }

    /** The keys of the entries a text calls for, in the lexique's order. */
    public static Set<String> calledBy(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entry entry : ENTRIES) {
            if (entry.foundIn(text)) {
                keys.add(entry.key());
            }
        }
        return keys;
    }

    /** The entry whose acronym is {@code token} (the key, or the acronym the entry is called by). */
    public static boolean explains(String token) {
        return ENTRIES.stream().anyMatch(entry -> entry.key().equals(token) || entry.foundIn(token));
    }
}
