package fr.reperes.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /**
     * One entry: its key (the slug of its lexique page), what calls for it on a page, and a word in lower case that
     * every text calling for it contains (null: none). The word is looked for first, with {@link String#contains},
     * because the patterns' look-arounds cost at every position of a page's text: run on every page, 38 patterns over
     * the whole text were a tenth of the portal's processor time under load (issue 15).
     */
    public record Entry(
            String key,
            @Nullable Pattern calledBy,
            @Nullable String hint) {

        boolean foundIn(String text) {
            return foundIn(text, text.toLowerCase(Locale.ROOT));
        }

        boolean foundIn(String text, String lowerCase) {
            return calledBy != null
                    && (hint == null || lowerCase.contains(hint))
                    && calledBy.matcher(text).find();
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            acronym("ASE"),
            acronym("PPE"),
            // Said on nearly every page and explained where the person is named: listed, not repeated under pages.
            new Entry("REFERENT", null, null),
            words("SYNTHESE", "synthèses?", "synthèse"),
            acronym("AED"),
            acronym("AEMO"),
            acronym("MJIE"),
            acronym("OPP"),
            acronym("JE"),
            acronym("JAF"),
            acronym("MECS"),
            acronym("TDC"),
            acronym("DAP"),
            words("ASSISTANT_FAMILIAL", "assistante?s? familia(?:le?s?|ux)", "familia"),
            words("AUTHORITY", "autorité parentale", "autorité parentale"),
            words("NON_USUAL", "actes? non usuels?", "non usuel"),
            words("CJM", "contrats? jeunes? majeurs?", "majeur"),
            words("ENTRETIEN_17", "entretien des 17 ans", "entretien des 17 ans"),
            words("PECULE", "pécules?", "pécule"),
            acronym("MDPH"),
            acronym("CMP"),
            acronym("CMPP"),
            acronym("CE2"),
            acronym("CAP"),
            acronym("BTS"),
            words("MISSION_LOCALE", "missions? locales?", "local"),
            words("CEJ", "\\bCEJ\\b|garantie jeunes|contrat d[’']engagement jeune", null),
            acronym("FJT"),
            acronym("CLLAJ"),
            acronym("CAF"),
            acronym("APL"),
            acronym("RSA"),
            acronym("CPAM"),
            acronym("ADEPAPE"),
            acronym("ODPE"),
            acronym("CRIP"),
            words("DEFENSEUR", "Défenseur des droits", "défenseur des droits"),
            new Entry("119", null, null));

    private Lexicon() {}

    private static Entry acronym(String acronym) {
        return new Entry(
                acronym,
                Pattern.compile("(?<![\\p{L}\\p{N}])" + acronym + "(?![\\p{L}\\p{N}])"),
                acronym.toLowerCase(Locale.ROOT));
    }

    private static Entry words(String key, String regex, @Nullable String hint) {
        return new Entry(
                key,
                Pattern.compile(
                        "(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                hint);
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
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Entry entry : ENTRIES) {
            if (entry.foundIn(text, lowerCase)) {
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
