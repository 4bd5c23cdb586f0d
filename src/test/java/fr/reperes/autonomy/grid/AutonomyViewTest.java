package fr.reperes.autonomy.grid;

import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
import fr.reperes.autonomy.grid.AutonomyService;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import org.junit.jupiter.api.Test;

class AutonomyViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<AutonomyLevel> level(AutonomyDomain domain) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("niveau-" + domain.name()));
    }

    @Test
    void linaFillsTwoDomainsOfHerGrid() {
        signInAs("lina");
        UI.getCurrent().navigate(AutonomyView.class);
        assertThat(pageText()).contains("Mon projet d’autonomie", "Entretien des 17 ans", "Logement",
                "Argent et budget", "Qui peut m’aider", "Mission locale du Boulonnais");
        level(AutonomyDomain.PAPERS).setValue(AutonomyLevel.CAN_DO);
        _click(_get(Button.class, spec -> spec.withId("enregistrer-PAPERS")));
        level(AutonomyDomain.MOBILITY).setValue(AutonomyLevel.NEED_HELP);
        _click(_get(Button.class, spec -> spec.withId("enregistrer-MOBILITY")));

        AutonomySpace space = context.getBean(AutonomyService.class).space(TestSignIn.viewer(context, "lina"),
                TestSignIn.viewer(context, "lina").youngPersonId());
        assertThat(space.grid().get(AutonomyDomain.PAPERS).level()).isEqualTo(AutonomyLevel.CAN_DO);
        assertThat(space.grid().get(AutonomyDomain.MOBILITY).level()).isEqualTo(AutonomyLevel.NEED_HELP);
    }

    @Test
    void mehdiIsToldWhenHisSpaceOpens() {
        signInAs("mehdi");
        UI.getCurrent().navigate(AutonomyView.class);
        assertThat(pageText()).contains("s’ouvrira à tes 16 ans").doesNotContain("Où en es-tu ?");
    }

    @Test
    void onlyYoungPeopleOpenTheirAutonomySpaceHere() {
        for (String subject : new String[] {"karim", "claire", "odpe", "admin"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AutonomyView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("lina");
    }
}
