package fr.reperes.observatory.shown;

import fr.reperes.platform.BundleTranslations;
import java.util.Locale;

/** The bundle's texts in the reader's language: a page's {@code getTranslation}, or the bundles directly in a test. */
public interface Words {

    String text(String key, Object... params);

    Locale locale();

    /** The bundles in {@code locale}: for a page, a download, or a report written away from any page. */
    static Words of(BundleTranslations translations, Locale locale) {
        return new Words() {
            @Override
            public String text(String key, Object... params) {
                return translations.getTranslation(key, locale, params);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
