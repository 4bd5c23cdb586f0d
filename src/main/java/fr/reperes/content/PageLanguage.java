package fr.reperes.content;

import java.util.Locale;

/**
 * The languages a page is written in: standard French, FALC (French in short sentences, one idea a sentence, with
 * pictograms) and translations. The reader picks one; a page without a version in it is read in French.
 */
public enum PageLanguage {
    FR("fr", false),
    FALC("fr", false),
    EN("en", false),
    AR("ar", true);

    private final String languageTag;
    private final boolean rightToLeft;

    PageLanguage(String languageTag, boolean rightToLeft) {
        this.languageTag = languageTag;
        this.rightToLeft = rightToLeft;
    }

    /** The BCP 47 tag for {@code lang} attributes and speech synthesis: FALC is French. */
    public String languageTag() {
        return languageTag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    /** Laid out right to left ({@code dir="rtl"}): Arabic. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The {@code dir} attribute of a container of this language. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** Bundle key of the language's name, as the language picker shows it. */
    public String nameKey() {
        return "content.language." + name();
    }
}
