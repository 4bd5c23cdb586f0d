package fr.reperes.shell.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.KaribuTest;
import fr.reperes.shell.home.HomeView;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** An idle session on a shared device: warned first, then signed out, for every signed-in person. */
class IdleSignOutTest extends KaribuTest {

    @Test
    void everySignedInPageCarriesTheIdleWatch() {
        for (String person : new String[] {"lina", "karim", "claire", "odpe", "admin"}) {
            signInAs(person);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(_find(IdleSignOut.class)).as(person).hasSize(1);
            tearDownVaadin();
        }
    }

    @Test
    void theWarningLetsThePersonStayWithoutSigningOut() {
        signInAs("lina");
        UI.getCurrent().navigate(HomeView.class);

        _get(IdleSignOut.class).warn();

        Dialog warning = _get(Dialog.class);
        assertThat(warning.isOpened()).isTrue();
        assertThat(warning.getHeaderTitle()).isEqualTo("Toujours là ?");
        assertThat(pageText()).contains("la session se ferme dans 5 minutes");
        _click(_get(Button.class, spec -> spec.withText("Continuer")));
        assertThat(warning.isOpened()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void withoutAnAnswerTheSessionIsSignedOut() {
        signInAs("karim");
        UI.getCurrent().navigate(HomeView.class);
        IdleSignOut idle = _get(IdleSignOut.class);
        idle.warn();

        idle.signOutIdle();

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theSignOutButtonOfTheWarningSignsOutAtOnce() {
        signInAs("claire");
        UI.getCurrent().navigate(HomeView.class);
        _get(IdleSignOut.class).warn();

        _click(_get(Button.class, spec -> spec.withText("Se déconnecter maintenant")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theWarningSpeaksTheReadersLanguage() {
        signInAs("amina");
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(HomeView.class);
        _get(IdleSignOut.class).warn();
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Still there?");
    }
}
