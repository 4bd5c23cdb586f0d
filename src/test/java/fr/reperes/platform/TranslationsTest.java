package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final BundleTranslations translations = new BundleTranslations();

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = BundleTranslations.bundle(locale);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void everyFrenchTextHasItsEnglishTwinAndNoMore() {
        assertThat(keys(Locale.ENGLISH)).isEqualTo(keys(Locale.FRENCH));
    }

    @Test
    void frenchIsTheDefaultWhateverTheAskedLanguage() {
        assertThat(translations.getTranslation("shell.sign-out", Locale.GERMAN)).isEqualTo("Se déconnecter");
        assertThat(translations.getTranslation("shell.sign-out", Locale.ENGLISH)).isEqualTo("Sign out");
    }

    @Test
    void parametersAndPluralsAreFormatted() {
        assertThat(translations.getTranslation("caseload.count", Locale.FRENCH, 0)).isEqualTo("Aucun jeune");
        assertThat(translations.getTranslation("caseload.count", Locale.FRENCH, 1)).isEqualTo("1 jeune");
        assertThat(translations.getTranslation("caseload.count", Locale.FRENCH, 2034)).isEqualTo("2\u202f034 jeunes"); // French groups thousands with a narrow no-break space
        assertThat(translations.getTranslation("home.title", Locale.FRENCH, "Lina")).isEqualTo("Bonjour Lina");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailingThePage() {
        assertThat(translations.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key");
    }
}
