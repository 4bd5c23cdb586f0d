package fr.reperes.access.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import fr.reperes.KaribuTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.DateTexts;
import org.junit.jupiter.api.Test;

class AuditTrailViewTest extends KaribuTest {

    @Test
    void linaReadsOneCardPerPersonAndDayInTuWithWhatWasReadOnceAndTheRefusals() {
        Viewer lina = TestSignIn.viewer(context, "lina");
        YoungPersonService youngPeople = context.getBean(YoungPersonService.class);
        youngPeople.file(TestSignIn.viewer(context, "claire"), lina.youngPersonId());
        youngPeople.file(TestSignIn.viewer(context, "claire"), lina.youngPersonId());
        Viewer nadia = TestSignIn.viewer(context, "nadia");
        assertThatThrownBy(() -> youngPeople.profile(nadia, lina.youngPersonId()))
                .isInstanceOf(AccessRefusedException.class);

        signInAs("lina");
        UI.getCurrent().navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditDay> grid = LocatorJ._get(Grid.class);
        assertThat(grid.getColumns()).hasSize(1);
        String refused = card(grid, 0);
        assertThat(refused)
                .startsWith(nadia.displayName() + " (Parent)")
                .contains(
                        "A essayé d’ouvrir ton identité : refusé, " + "car le juge lui a retiré l’autorité parentale.")
                .doesNotContain("A consulté");
        String read = card(grid, 1);
        assertThat(read)
                .startsWith("Claire Martin (ta personne référente)")
                .contains("Le "
                        + context.getBean(DateTexts.class)
                                .day(context.getBean(DateTexts.class).today()));
        // Two openings of the file the same day: the identity is said once among what was opened (other tests of
        // the same run may add what Claire saw in a list, said in a sentence of its own).
        assertThat(read).contains("A consulté ton identité");
        String opened = read.substring(read.indexOf("A consulté"));
        opened = opened.substring(0, opened.indexOf('.') + 1);
        assertThat(opened.split("ton identité", -1)).hasSize(2);
    }

    private static String card(Grid<AuditDay> grid, int row) {
        return GridKt._getCellComponent(grid, row, AuditTrailView.COLUMN)
                .getElement()
                .getTextRecursively();
    }

    @Test
    void onlyTheYoungPersonOpensTheirJournal() {
        for (String subject : new String[] {"karim", "claire", "admin", "odpe"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AuditTrailView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("lina");
    }
}
