package fr.reperes.autonomy.caseload;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.autonomy.PathwayFixtures;
import fr.reperes.autonomy.PathwayFixtures.Referent;
import fr.reperes.identity.TestSignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutonomyCaseloadViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<PathwayRow> grid() {
        return _get(Grid.class);
    }

    private static List<PathwayRow> rows(Grid<PathwayRow> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void claireFindsLinaInHerListWithALinkToHerPathway() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        signInAs("claire");
        UI.getCurrent().navigate(AutonomyCaseloadView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Parcours vers l’autonomie de mes jeunes");
        Grid<PathwayRow> grid = grid();
        assertThat(grid.getAriaLabel()).hasValue("Mes jeunes de 16 à 21 ans et leur parcours vers l’autonomie");
        assertThat(rows(grid)).extracting(PathwayRow::id).contains(lina);
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.age()).isBetween(16, 20));

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("recherche-parcours")), "Benali");
        assertThat(rows(grid)).extracting(PathwayRow::id).containsExactly(lina);
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "name");
        assertThat(link.getHref()).isEqualTo("autonomie-jeune/" + lina);
        assertThat(link.getText()).isEqualTo("Benali Lina");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("17 ans");
    }

    @Test
    void choosingAtRiskShowsOnlyTheYoungPeopleWithAnAlertAndSaysWhyInWords() {
        PathwayFixtures fixtures = new PathwayFixtures(context);
        Referent referent = fixtures.newReferent();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        long risky = referent.follow("Alerte", today.plusMonths(4).minusYears(18));
        long calm = referent.follow("Calme", today.minusYears(17).plusDays(2));
        fixtures.interview(risky, referent, today.minusDays(3).atTime(10, 0), today.minusDays(3));
        signInAs(referent.subject());
        UI.getCurrent().navigate(AutonomyCaseloadView.class);

        Grid<PathwayRow> grid = grid();
        assertThat(rows(grid)).extracting(PathwayRow::id).containsExactly(risky, calm);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> show = _get(RadioButtonGroup.class, spec -> spec.withId("parcours-affichage"));
        assertThat(show.getItemLabelGenerator().apply(true)).isEqualTo("À risque (1)");
        assertThat(show.getItemLabelGenerator().apply(false)).isEqualTo("Tous (2)");

        show.setValue(true);
        assertThat(rows(grid)).extracting(PathwayRow::id).containsExactly(risky);
        String alerts = GridKt._getCellComponent(grid, 0, "alerts").getElement().getTextRecursively();
        assertThat(alerts).contains("18 ans bientôt, sans demande déposée").doesNotContain("sans entretien");
        assertThat(GridKt._getFormattedRow(grid, 0))
                .anySatisfy(cell -> assertThat(cell).startsWith("A eu lieu le"));
    }

    @Test
    void theNavigationOffersTheListToReferentsOnly() {
        signInAs("claire");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Parcours vers l’autonomie");
        tearDownVaadin();
        signInAs("lina");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Parcours vers l’autonomie");
    }

    @Test
    void youngPeopleParentsAndStaffCannotOpenTheList() {
        for (String subject : new String[] {"lina", "karim", "amina", "odpe", "admin", "yanis"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AutonomyCaseloadView.class))
                    .as(subject)
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("claire");
    }
}
