package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reader as a parameter of the texts: each audience's own key when the bundle has one, the plain key otherwise. */
class AudienceTest {

    private final BundleTranslations translations = new BundleTranslations();

    @Test
    void eachReaderReadsTheirOwnKeyOrThePlainOne() {
        assertThat(Audience.YOUNG.key("reaction.question")).isEqualTo("reaction.question.young");
        assertThat(Audience.PARENT.key("reaction.question")).isEqualTo("reaction.question");
        assertThat(Audience.PROFESSIONAL.key("reaction.question")).isEqualTo("reaction.question");
        assertThat(Audience.PARENT.key("nav.ppe")).isEqualTo("nav.ppe.parent");
        assertThat(Audience.YOUNG.key("nav.ppe")).isEqualTo("nav.ppe");
        assertThat(Audience.YOUNG.key("no.such.key")).isEqualTo("no.such.key");

        assertThat(Audience.YOUNG.text(translations, "reaction.question", Locale.FRENCH))
                .isEqualTo("Qu’en penses-tu ?");
        assertThat(Audience.PARENT.text(translations, "reaction.question", Locale.FRENCH))
                .isEqualTo("Qu’en pensez-vous ?");
        assertThat(Audience.PARENT.text(translations, "nav.ppe", Locale.FRENCH, "Lina", 1))
                .isEqualTo("Le PPE de Lina");
        assertThat(Audience.PARENT.text(translations, "nav.ppe", Locale.FRENCH, "Lina et Léo", 2))
                .isEqualTo("Les PPE de Lina et Léo");
        assertThat(Audience.PARENT.text(translations, "nav.ppe", Locale.ENGLISH, "Lina", 1))
                .isEqualTo("Lina’s PPE");
    }

    @Test
    void theAudienceFollowsTheRole() {
        assertThat(Role.JEUNE.audience()).isEqualTo(Audience.YOUNG);
        assertThat(Role.PARENT.audience()).isEqualTo(Audience.PARENT);
        for (Role role : List.of(Role.REFERENT, Role.ANIMATEUR, Role.OBSERVATOIRE, Role.ADMIN)) {
            assertThat(role.audience()).isEqualTo(Audience.PROFESSIONAL);
        }
        assertThat(Viewer.withoutAccount("x", "X").audience()).isEqualTo(Audience.PROFESSIONAL);
    }

    @Test
    void namesReadAsASentenceListsThem() {
        assertThat(BundleTranslations.names(List.of(), Locale.FRENCH)).isEmpty();
        assertThat(BundleTranslations.names(List.of("Lina"), Locale.FRENCH)).isEqualTo("Lina");
        assertThat(BundleTranslations.names(List.of("Lina", "Léo"), Locale.FRENCH))
                .isEqualTo("Lina et Léo");
        assertThat(BundleTranslations.names(List.of("Lina", "Léo", "Sami"), Locale.FRENCH))
                .isEqualTo("Lina, Léo et Sami");
        assertThat(BundleTranslations.names(List.of("Lina", "Léo"), Locale.ENGLISH))
                .isEqualTo("Lina and Léo");
    }
}
