package fr.reperes.access.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import org.junit.jupiter.api.Test;

class AuditTrailViewTest extends KaribuTest {

    @Test
    void linaReadsInPlainWordsThatHerReferentReadHerFile() {
        Viewer lina = TestSignIn.viewer(context, "lina");
        context.getBean(YoungPersonService.class).file(TestSignIn.viewer(context, "claire"), lina.youngPersonId());

        signInAs("lina");
        UI.getCurrent().navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditLine> grid = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        String sentence = GridKt._getFormatted(grid, 0, "what");
        assertThat(sentence).isEqualTo("Claire Martin (ta personne référente) a consulté ton identité.");
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
