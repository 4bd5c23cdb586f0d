package fr.reperes.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.BundleTranslations;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bell shows every kind in words, in both languages, whoever sends it. */
class NotificationKindTest {

    private final BundleTranslations translations = new BundleTranslations();

    @Test
    void everyKindHasItsBellTextInFrenchAndEnglish() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (var locale : new Locale[] {BundleTranslations.FRENCH, BundleTranslations.ENGLISH}) {
                assertThat(translations.getTranslation("bell.kind." + kind.name(), locale, "Lina"))
                        .as("%s in %s", kind, locale)
                        .doesNotStartWith("!")
                        .isNotBlank();
            }
        }
    }
}
