package fr.reperes.shell.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.caseload.CaseloadRow;
import fr.reperes.identity.QuickExit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The home page of each persona, and what it must never show. */
class HomeViewTest extends KaribuTest {

    @Test
    void linaSeesWhatComesNextAndWhoToCall() {
        signInAs("lina");
        UI.getCurrent().navigate(HomeView.class);
        String text = pageText();
        assertThat(_get(H1.class).getText()).isEqualTo("Bonjour Lina Benali");
        assertThat(text)
                .contains(
                        "Ce qui t’attend",
                        "Tes 18 ans",
                        "dans 5 mois",
                        "Claire Martin",
                        "Voir qui a consulté mon dossier");
        assertThat(text).contains("Quitter rapidement", "Se déconnecter", "Jeune");
    }

    @Test
    void karimSeesOneCardForLina() {
        signInAs("karim");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(pageText()).contains("Lina", "17 ans", "Claire Martin");
    }

    @Test
    void nadiaSeesAClosedCardThatNamesNoOne() {
        signInAs("nadia");
        UI.getCurrent().navigate(HomeView.class);
        String text = pageText();
        assertThat(text).contains("Un dossier auquel vous n’avez pas accès", "L’autorité parentale vous a été retirée");
        assertThat(text).doesNotContain("Lina", "Benali", "Claire");
    }

    @Test
    void sofiaSeesLeoButNothingOfHisFosterFamily() {
        signInAs("sofia");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(pageText()).contains("Léo", "9 ans");
    }

    @Test
    void claireSeesHerCaseloadAndCanSearchIt() {
        signInAs("claire");
        UI.getCurrent().navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseloadRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThan(30);
        TextField search = _get(TextField.class, spec -> spec.withId("recherche-jeune"));
        HasValueUtilsKt._setValue(search, "Benali");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(pageText()).contains("1 jeune");
    }

    @Test
    void staffRolesGetTheirSpaceAndNoFile() {
        for (String subject : new String[] {"yanis", "odpe", "admin"}) {
            signInAs(subject);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(pageText()).contains("Votre rôle ne donne accès à aucun dossier individuel");
            assertThat(_find(Grid.class)).isEmpty();
            tearDownVaadin();
        }
        signInAs("admin");
    }

    @Test
    void anIdentityWithoutAccountIsSentToTheNoAccountPage() {
        signInAs("inconnu-" + System.nanoTime());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("sans-compte");
        assertThat(pageText()).contains("Pas encore de compte", "code d’invitation");
    }

    @Test
    void theNavigationOffersTheAuditPageToTheYoungPersonOnly() {
        signInAs("lina");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Accueil", "Qui a consulté mon dossier");
        tearDownVaadin();
        signInAs("karim");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Accueil")
                .doesNotContain("Qui a consulté mon dossier");
    }

    @Test
    void quickExitLeavesThroughTheServerWhichEndsTheSession() {
        signInAs("lina");
        Anchor exit = _get(Anchor.class, spec -> spec.withId("quitter-rapidement"));
        // The server side of /quitter (session ended, then the neutral page) is checked in SecurityHeadersHttpTest.
        assertThat(exit.getHref()).isEqualTo(QuickExit.PATH);
        assertThat(exit.isRouterIgnore())
                .as("a full page load, never the router")
                .isTrue();
        assertThat(exit.getText()).isEqualTo("Quitter rapidement");
    }

    @Test
    void theLanguageSwitchChangesTheSessionLanguage() {
        signInAs("lina");
        LocatorJ._click(_get(Button.class, spec -> spec.withText("English")));
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theTextSizeControlsAreLabelledForScreenReadersStartingWithWhatTheyShow() {
        signInAs("lina");
        assertThat(_find(Button.class))
                .extracting(button -> button.getElement().getAttribute("aria-label"))
                .contains("A : Texte normal", "A+ : Texte grand", "A++ : Texte très grand");
    }
}
