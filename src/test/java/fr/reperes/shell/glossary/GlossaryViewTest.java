package fr.reperes.shell.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import fr.reperes.KaribuTest;
import org.junit.jupiter.api.Test;

class GlossaryViewTest extends KaribuTest {

    @Test
    void everyRoleReadsTheGlossaryWithEveryAcronymExplained() {
        for (String subject : new String[] {"lina", "karim", "claire", "odpe"}) {
            signInAs(subject);
            UI.getCurrent().navigate(GlossaryView.class);
            assertThat(pageText())
                    .contains(
                            "Lexique", "AEMO", "Aide éducative en milieu ouvert", "MECS", "OPP", "Contrat jeune majeur")
                    .doesNotContain("!glossary");
            tearDownVaadin();
        }
        signInAs("lina");
    }
}
