package fr.reperes.shell.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.di.Instantiator;
import fr.reperes.KaribuTest;
import fr.reperes.shell.home.HomeView;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The drawer and the menu's toggles are named in the reader's language, not in Vaadin's English. */
class LayoutComponentTextsTest extends KaribuTest {

    @Test
    void aFrenchReadersDrawerAndMenuAreNamedInFrench() {
        signInAs("claire");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(MainLayout.class).getI18n().getDrawer()).isEqualTo("Menu de navigation");
        assertThat(_get(SideNav.class).getI18n().getToggle()).isEqualTo("Afficher ou masquer les sous-rubriques");
    }

    @Test
    void anEnglishReadersDrawerAndMenuAreNamedInEnglish() {
        signInAs("claire");
        // As after the language switch, which reloads the page: the layout is built anew, in the reader's language.
        UI.getCurrent().setLocale(Locale.ENGLISH);
        MainLayout layout = Instantiator.get(UI.getCurrent()).createComponent(MainLayout.class);

        assertThat(layout.getI18n().getDrawer()).isEqualTo("Navigation menu");
        assertThat(_get(layout, SideNav.class).getI18n().getToggle()).isEqualTo("Show or hide the sub-items");
    }
}
