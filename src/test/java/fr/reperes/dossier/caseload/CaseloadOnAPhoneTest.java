package fr.reperes.dossier.caseload;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import fr.reperes.KaribuTest;
import fr.reperes.platform.WindowSizes;
import org.junit.jupiter.api.Test;

/** The référent's caseload on a phone: one card per young person, the link first, then age, territory and PPE review; on a wide screen, the columns. */
class CaseloadOnAPhoneTest extends KaribuTest {

    @Test
    void onAPhoneEachYoungPersonIsOneCardWithTheLinkAgeTerritoryAndReview() {
        signInAs("claire");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<CaseloadRow> grid = _get(Grid.class);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(4);

        WindowSizes.resize(360, 740);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("card");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("recherche-jeune")), "Benali");
        var card = GridKt._getCellComponent(grid, 0, "card");
        RouterLink link = (RouterLink) card.getChildren().findFirst().orElseThrow();
        // The address a link to the file has, as the router writes it for this young person.
        long lina = GridKt._get(grid, 0).id();
        assertThat(link.getHref())
                .isEqualTo(RouteConfiguration.forSessionScope().getUrl(YoungPersonView.class, lina));
        assertThat(link.getElement().hasAttribute("router-link")).isTrue();
        assertThat(card.getElement().getTextRecursively()).contains("Benali Lina", "17 ans", "Révision du PPE");

        WindowSizes.resize(1024, 768);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(4);
    }
}
