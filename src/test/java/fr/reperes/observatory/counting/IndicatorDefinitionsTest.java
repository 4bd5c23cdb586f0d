package fr.reperes.observatory.counting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.observatory.Indicator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every indicator carries its definition, one click away, in both languages; a share has its denominator. */
class IndicatorDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyIndicatorHasItsDefinition(String file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + file)) {
            bundle.load(in);
        }
        for (Indicator indicator : Indicator.values()) {
            for (String part : new String[] {"title", "numerator", "source", "limits"}) {
                assertThat(bundle.getProperty(indicator.key() + "." + part))
                        .as(indicator + "." + part)
                        .isNotBlank();
            }
            assertThat(bundle.containsKey(indicator.key() + ".denominator"))
                    .as(indicator + ".denominator")
                    .isEqualTo(indicator.shape() == Indicator.Shape.SHARE);
        }
    }
}
