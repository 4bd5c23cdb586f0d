package fr.reperes.observatory.shown;

import java.util.Locale;

/** The bundle's texts in the reader's language: a page's {@code getTranslation}, or the bundles directly in a test. */
public interface Words {

    String text(String key, Object... params);

    Locale locale();
}
