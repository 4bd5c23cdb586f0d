package fr.reperes.identity.invitations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.DemoPeople;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.InvitedFamily;
import fr.reperes.identity.Role;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoAccountViewTest extends KaribuTest {

    private String defaultAddress;

    /** Each test types from an address of its own: address locks are shared by everyone behind it. */
    @BeforeEach
    void ownAddress() {
        defaultAddress = FakeHttpEnvironment.INSTANCE.getRemoteAddr();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(InvitedFamily.freshAddress());
    }

    @AfterEach
    void restoreAddress() {
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(defaultAddress);
    }

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
        assertThat(field.getErrorMessage())
                .isEqualTo(
                        "Ce code n’existe pas. Vérifiez chaque lettre et réessayez. Encore 4 essais avant un blocage de 15 minutes.");
        type("");
        assertThat(field.getErrorMessage()).isEqualTo("Tapez le code reçu de votre référent·e.");
    }

    @Test
    void aTextThatCannotBeACodeSaysUnderTheFieldWhatACodeLooksLikeAndUsesNoTry() {
        signInAs("visiteur-" + System.nanoTime());
        UI.getCurrent().navigate(NoAccountView.class);
        TextField field = _get(TextField.class, spec -> spec.withId("code-invitation"));
        type("ABCD-EFGH-JK0N");
        assertThat(field.isInvalid()).isTrue();
        // Addressed as the rest of the page is: whoever types here has no role yet.
        assertThat(field.getErrorMessage())
                .isEqualTo("Ce texte ne peut pas être un code d’invitation. Un code compte 12 lettres et chiffres, "
                        + "sans 0, 1, I, L ni O, par exemple ABCD-EFGH-JKMN. Vérifiez ce que vous avez tapé : "
                        + "cet essai n’est pas compté.");
        type("AAAA-BBBB-CCCC");
        assertThat(field.getErrorMessage()).endsWith("Encore 4 essais avant un blocage de 15 minutes.");
    }

    @Test
    void theRightCodeLinksTheIdentityAndSwitchesTheSessionToTheAccountsRole() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String code = context.getBean(InvitationDesk.class)
                .inviteYoungPerson(claire, youngPersonId)
                .code();

        signInAs("nouveau-" + System.nanoTime());
        UI.getCurrent().navigate(NoAccountView.class);
        type(code);

        Viewer now = context.getBean(CurrentViewer.class).require();
        assertThat(now.role()).isEqualTo(Role.JEUNE);
        assertThat(now.youngPersonId()).isEqualTo(youngPersonId);
    }

    @Test
    void redeemingACodeGivesTheSessionANewId() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String code = context.getBean(InvitationDesk.class)
                .inviteYoungPerson(claire, youngPersonId)
                .code();
        signInAs("fixation-" + System.nanoTime());
        UI.getCurrent().navigate(NoAccountView.class);
        String before = VaadinSession.getCurrent().getSession().getId();

        type("AAAA-BBBB-CCCC");
        assertThat(VaadinSession.getCurrent().getSession().getId()).isEqualTo(before);
        type(code);

        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(before);
        assertThat(context.getBean(CurrentViewer.class).require().youngPersonId())
                .isEqualTo(youngPersonId);
    }

    @Test
    void aCodeReplacedByANewerOneIsRefusedInPlainWords() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        InvitationDesk desk = context.getBean(InvitationDesk.class);
        String old = desk.inviteYoungPerson(claire, youngPersonId).code();
        desk.inviteYoungPerson(claire, youngPersonId);
        signInAs("ancien-code-" + System.nanoTime());
        UI.getCurrent().navigate(NoAccountView.class);
        type(old);
        assertThat(_get(TextField.class, spec -> spec.withId("code-invitation")).getErrorMessage())
                .isEqualTo(
                        "Ce code a été remplacé par un code plus récent. Utilisez le dernier code reçu, ou demandez-en un "
                                + "nouveau à votre référent·e. Encore 4 essais avant un blocage de 15 minutes.");
    }

    @Test
    void freshIdentitiesTypingFromOneAddressShareItsFiveTries() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signInAs("visiteur-" + attempt + "-" + System.nanoTime());
            UI.getCurrent().navigate(NoAccountView.class);
            type("AAAA-BBBB-CCCC");
            String message = _get(TextField.class, spec -> spec.withId("code-invitation"))
                    .getErrorMessage();
            if (attempt < 5) {
                assertThat(message)
                        .endsWith("Encore " + (5 - attempt) + (attempt == 4 ? " essai" : " essais")
                                + " avant un blocage de 15 minutes.");
            } else {
                assertThat(message).startsWith("Trop de codes erronés. Par sécurité, réessayez après ");
            }
            tearDownVaadin();
        }
        signInAs("lina");
    }

    @Test
    void aSignedInAccountIsSentHome() {
        signInAs("lina");
        UI.getCurrent().navigate(NoAccountView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEmpty();
    }
}
