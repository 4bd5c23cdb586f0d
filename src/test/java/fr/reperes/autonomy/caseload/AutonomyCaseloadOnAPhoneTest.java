package fr.reperes.autonomy.caseload;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.platform.WindowSizes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claire's list of pathways on her phone: ten columns would scroll sideways, so each young person is one card (name,
 * age, request, contract, alerts in words); back on a wide screen, the columns come back.
 */
class AutonomyCaseloadOnAPhoneTest extends KaribuTest {

    @Test
    void onAPhoneEachYoungPersonIsOneCardAndWiderTheColumnsComeBack() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        signInAs("claire");
        UI.getCurrent().navigate(AutonomyCaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<PathwayRow> grid = _get(Grid.class);
        assertThat(visibleKeys(grid)).as("wide").hasSize(10).doesNotContain("card");

        WindowSizes.resize(360, 740);
        assertThat(visibleKeys(grid)).containsExactly("card");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("recherche-parcours")), "Benali");
        String card = GridKt._getCellComponent(grid, 0, "card").getElement().getTextRecursively();
        assertThat(card)
                .contains(
                        "Benali Lina",
                        "17 ans",
                        "18 ans le",
                        "Demande de contrat jeune majeur : ",
                        "Fin du contrat : ");
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "card")
                .getChildren()
                .findFirst()
                .orElseThrow();
        assertThat(link.getHref()).isEqualTo("autonomie-jeune/" + lina);

        WindowSizes.resize(1280, 800);
        assertThat(visibleKeys(grid)).hasSize(10).doesNotContain("card");
    }

    private static List<String> visibleKeys(Grid<PathwayRow> grid) {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }
}
