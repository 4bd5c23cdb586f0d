package fr.reperes.identity.signin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import fr.reperes.KaribuTest;
import org.junit.jupiter.api.Test;

/** The page signing out lands on; it is public (checked over HTTP in Chromium) and offers to sign in again. */
class SignedOutViewTest extends KaribuTest {

    @Test
    void saysTheSessionIsOverAndOffersToSignInAgain() {
        signInAs("lina");
        UI.getCurrent().navigate(SignedOutView.class);
        assertThat(pageText()).contains("Vous êtes déconnecté·e", "Pensez à fermer l’onglet");
        assertThat(_get(Anchor.class, spec -> spec.withText("Se reconnecter")).getHref())
                .isEqualTo("/oauth2/authorization/reperes");
    }
}
