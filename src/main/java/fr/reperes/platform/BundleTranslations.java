package fr.reperes.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text, from {@code i18n/messages*.properties} (UTF-8). French is the base bundle and the
 * default; English is the second language. A missing key shows as {@code !key} and is logged, never thrown.
 */
@Component
public class BundleTranslations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(BundleTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    /**
     * First names as a sentence lists them: "Lina", "Lina et Léo", "Lina, Léo et Sami" ("Lina and Léo" in English);
     * empty for none. A parent's titles speak of their children this way ("Les PPE de Lina et Léo").
     */
    public static String names(List<String> names, Locale locale) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return new MessageFormat(bundle(locale).getString("nav.names"), supported(locale)).format(new Object[] {
            String.join(", ", names.subList(0, names.size() - 1)), names.getLast()
        });
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
    }

    private static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }
}
