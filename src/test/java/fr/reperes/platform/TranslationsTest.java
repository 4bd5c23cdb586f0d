package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final BundleTranslations translations = new BundleTranslations();

    /** The keys a file itself holds: a ResourceBundle would also list its French parent's and hide a gap. */
    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyFrenchTextHasItsEnglishTwinAndNoMore() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void frenchIsTheDefaultWhateverTheAskedLanguage() {
        assertThat(translations.getTranslation("shell.sign-out", Locale.GERMAN)).isEqualTo("Se déconnecter");
        assertThat(translations.getTranslation("shell.sign-out", Locale.ENGLISH))
                .isEqualTo("Sign out");
    }

    @Test
    void parametersAndPluralsAreFormatted() {
        assertThat(translations.getTranslation("caseload.count", Locale.FRENCH, 0))
                .isEqualTo("Aucun jeune");
        assertThat(translations.getTranslation("caseload.count", Locale.FRENCH, 1))
                .isEqualTo("1 jeune");
        assertThat(translations.getTranslation("caseload.count", Locale.FRENCH, 2034))
                .isEqualTo("2\u202f034 jeunes"); // French groups thousands with a narrow no-break space
        assertThat(translations.getTranslation("home.title", Locale.FRENCH, "Lina"))
                .isEqualTo("Bonjour Lina");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailingThePage() {
        assertThat(translations.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key");
    }
}
