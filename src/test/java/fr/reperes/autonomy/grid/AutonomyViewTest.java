package fr.reperes.autonomy.grid;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.AutonomyLevel;
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
        assertThat(pageText())
                .contains(
                        "Mon projet d’autonomie",
                        "Entretien des 17 ans",
                        "Logement",
                        "Argent et budget",
                        "Qui peut m’aider",
                        "Mission locale du Boulonnais");
        level(AutonomyDomain.PAPERS).setValue(AutonomyLevel.CAN_DO);
        _click(_get(Button.class, spec -> spec.withId("enregistrer-PAPERS")));
        level(AutonomyDomain.MOBILITY).setValue(AutonomyLevel.NEED_HELP);
        _click(_get(Button.class, spec -> spec.withId("enregistrer-MOBILITY")));

        AutonomySpace space = context.getBean(AutonomyService.class)
                .space(
                        TestSignIn.viewer(context, "lina"),
                        TestSignIn.viewer(context, "lina").youngPersonId());
        assertThat(space.grid().get(AutonomyDomain.PAPERS).level()).isEqualTo(AutonomyLevel.CAN_DO);
        assertThat(space.grid().get(AutonomyDomain.MOBILITY).level()).isEqualTo(AutonomyLevel.NEED_HELP);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStepsFieldsStopWhereItsColumnsDoAndATooLongHelperIsToldUnderIt() {
        signInAs("lina");
        UI.getCurrent().navigate(AutonomyView.class);
        TextField title = _get(TextField.class, spec -> spec.withLabel("Étape"));
        TextField helper = _get(TextField.class, spec -> spec.withLabel("Qui m’aide (facultatif)"));
        assertThat(title.getMaxLength()).isEqualTo(AutonomyService.MAX_STEP_TITLE);
        assertThat(helper.getMaxLength()).isEqualTo(AutonomyService.MAX_STEP_HELPER);

        // The browser stops at the field's limit; a request sent around it gets the service's message, not a fault.
        AutonomyService autonomy = context.getBean(AutonomyService.class);
        int before = autonomy.space(
                        TestSignIn.viewer(context, "lina"),
                        TestSignIn.viewer(context, "lina").youngPersonId())
                .steps()
                .size();
        _get(Select.class, spec -> spec.withLabel("Domaine")).setValue(AutonomyDomain.MOBILITY);
        title.setValue("Passer le code");
        helper.setValue("a".repeat(AutonomyService.MAX_STEP_HELPER + 1));
        _click(_get(Button.class, spec -> spec.withText("Ajouter l’étape")));

        assertThat(helper.isInvalid()).isTrue();
        assertThat(helper.getErrorMessage()).isEqualTo("Ce texte est trop long.");
        assertThat(title.isInvalid()).isFalse();
        assertThat(autonomy.space(
                                TestSignIn.viewer(context, "lina"),
                                TestSignIn.viewer(context, "lina").youngPersonId())
                        .steps())
                .hasSize(before);

        // The next try clears the message it corrected.
        helper.setValue("Claire");
        _click(_get(Button.class, spec -> spec.withText("Ajouter l’étape")));
        assertThat(helper.isInvalid()).isFalse();
        assertThat(autonomy.space(
                                TestSignIn.viewer(context, "lina"),
                                TestSignIn.viewer(context, "lina").youngPersonId())
                        .steps())
                .hasSize(before + 1);
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
