package fr.reperes.dossier.measures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.content.WelcomeBooks;
import fr.reperes.dossier.MeasureKind;
import org.junit.jupiter.api.Test;

/**
 * A measure's card links to the livret d'accueil of its kind: the route the dossier writes out (it may not depend on
 * content) is the content module's, for the kinds Repères ships a livret for.
 */
class LivretLinksTest {

    @Test
    void everyMeasuresLinkIsTheLivretContentChoosesForItsKind() {
        for (MeasureKind kind : MeasureKind.values()) {
            String route = MeasureTimeline.livretRoute(kind);
            if (route != null) {
                assertThat(route).as(kind.name()).isEqualTo("livret/" + WelcomeBooks.codeFor(kind));
            }
        }
        assertThat(MeasureKind.values())
                .filteredOn(kind -> kind.placement() || kind.name().startsWith("AEMO"))
                .allSatisfy(
                        kind -> assertThat(MeasureTimeline.livretRoute(kind)).isNotNull());
    }
}
