package fr.reperes.platform;

import java.util.Locale;

/**
 * Who reads a text: a young person is addressed with "tu" and reads about their own file ("Mon PPE"), a parent with
 * "vous" and reads about their child by first name ("Le PPE de Lina"), a professional with "vous". A text that differs
 * per reader has one bundle key per audience: {@code key.young}, {@code key.parent}, {@code key.professional}; a reader
 * whose own key is absent reads the plain {@code key}. The reader is a parameter of the text, not a copy of the view.
 */
public enum Audience {
    YOUNG("young"),
    PARENT("parent"),
    PROFESSIONAL("professional");

    private final String suffix;

    Audience(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix of this audience's keys ({@code young}, {@code parent}, {@code professional}). */
    public String suffix() {
        return suffix;
    }

    /**
     * The bundle key this audience reads for {@code key}: {@code key.<suffix>} when the (French, complete) bundle has
     * it, else {@code key} itself.
     */
    public String key(String key) {
        String own = key + "." + suffix;
        return BundleTranslations.bundle(BundleTranslations.FRENCH).containsKey(own) ? own : key;
    }

    /** {@code key} in this audience's words, in {@code locale}, with {@code params} as in the bundle's patterns. */
    public String text(BundleTranslations translations, String key, Locale locale, Object... params) {
        return translations.getTranslation(key(key), locale, params);
    }
}
