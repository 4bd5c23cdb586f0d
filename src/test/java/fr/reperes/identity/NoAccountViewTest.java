package fr.reperes.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.DemoPeople;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.InvitationDesk;
import org.junit.jupiter.api.Test;

class NoAccountViewTest extends KaribuTest {

    private void type(String code) {
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("code-invitation")), code);
        _click(_get(Button.class, spec -> spec.withText("Valider le code")));
    }

    @Test
    void aWrongCodeGetsAClearMessageAndCanBeRetried() {
        signInAs("visiteur-" + System.nanoTime());
        UI.getCurrent().navigate(NoAccountView.class);
        type("AAAA-BBBB-CCCC");
        TextField field = _get(TextField.class, spec -> spec.withId("code-invitation"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(
                "Ce code n’existe pas. Vérifiez chaque lettre et réessayez. Encore 4 essais avant un blocage de 15 minutes.");
        type("");
        assertThat(field.getErrorMessage()).isEqualTo("Tapez le code reçu de votre référent·e.");
    }

    @Test
    void theRightCodeLinksTheIdentityAndSwitchesTheSessionToTheAccountsRole() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String code = context.getBean(InvitationDesk.class).inviteYoungPerson(claire, youngPersonId).code();

        signInAs("nouveau-" + System.nanoTime());
        UI.getCurrent().navigate(NoAccountView.class);
        type(code);

        Viewer now = context.getBean(CurrentViewer.class).require();
        assertThat(now.role()).isEqualTo(Role.JEUNE);
        assertThat(now.youngPersonId()).isEqualTo(youngPersonId);
    }

    @Test
    void aSignedInAccountIsSentHome() {
        signInAs("lina");
        UI.getCurrent().navigate(NoAccountView.class);
        assertThat(com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath()).isEmpty();
    }
}
