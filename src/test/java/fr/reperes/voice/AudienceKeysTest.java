package fr.reperes.voice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.platform.Audience;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The bundle's per-reader keys: a {@code .young} text never says "vous", a {@code .parent} text never says "tu" nor
 * the young person's "mon"; each stands beside its plain key, in French and in English.
 */
class AudienceKeysTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("i18n/messages", Locale.FRENCH);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/messages", Locale.ENGLISH);

    @Test
    void aYoungPersonsTextNeverSaysVous() {
        List<String> wrong = new ArrayList<>();
        for (String key : FRENCH.keySet()) {
            if (key.endsWith("." + Audience.YOUNG.suffix())
                    && VoiceTest.NOT_TO_A_YOUNG_PERSON
                            .matcher(FRENCH.getString(key))
                            .find()) {
                wrong.add(key + "=" + FRENCH.getString(key));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aParentsTextNeverSaysTuNorMon() {
        List<String> wrong = new ArrayList<>();
        for (String key : FRENCH.keySet()) {
            if (key.endsWith("." + Audience.PARENT.suffix())
                    && VoiceTest.NOT_TO_A_PARENT.matcher(FRENCH.getString(key)).find()) {
                wrong.add(key + "=" + FRENCH.getString(key));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyReadersKeyHasItsPlainKeyAndItsEnglish() {
        List<String> lonely = new ArrayList<>();
        for (String key : FRENCH.keySet()) {
            for (Audience audience : Audience.values()) {
                String suffix = "." + audience.suffix();
                if (key.endsWith(suffix)) {
                    String plain = key.substring(0, key.length() - suffix.length());
                    if (!FRENCH.containsKey(plain) || !ENGLISH.containsKey(plain) || !ENGLISH.containsKey(key)) {
                        lonely.add(key);
                    }
                }
            }
        }
        assertThat(lonely).isEmpty();
    }

    @Test
    void theVoiceCheckCatchesTheOtherAudiencesForms() {
        // The patterns the view test relies on, on the texts this issue replaced.
        assertThat(VoiceTest.NOT_TO_A_YOUNG_PERSON
                        .matcher("Qu’en pensez-vous ?")
                        .find())
                .isTrue();
        assertThat(VoiceTest.NOT_TO_A_YOUNG_PERSON.matcher("Qu’en penses-tu ?").find())
                .isFalse();
        for (String parentMustNotRead :
                List.of("Mon PPE", "Mes documents", "Ce que j’en dis, ma vie", "Si tu es en danger", "t’aider")) {
            assertThat(VoiceTest.NOT_TO_A_PARENT.matcher(parentMustNotRead).find())
                    .as(parentMustNotRead)
                    .isTrue();
        }
        for (String parentMayRead : List.of("Le PPE de Lina", "Vos droits de parent", "Ce qu’en disent ses parents")) {
            assertThat(VoiceTest.NOT_TO_A_PARENT.matcher(parentMayRead).find())
                    .as(parentMayRead)
                    .isFalse();
        }
    }
}
