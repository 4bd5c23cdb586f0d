package fr.reperes.dossier.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DocumentServiceTest;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class DocumentViewsTest extends KaribuTest {

    @Test
    void sofiaSeesOnlyWhatClaireShared() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long leo = context.getBean(JdbcClient.class)
                .sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        DocumentService documents = context.getBean(DocumentService.class);
        long shared = documents.add(
                claire,
                leo,
                new NewDocument(
                        DocumentKind.REPORT,
                        "Bilan de l’année scolaire",
                        LocalDate.now().minusDays(3),
                        "bilan.pdf",
                        DocumentServiceTest.pdf("Léo progresse en lecture.")));
        documents.share(claire, shared, true);
        documents.add(
                claire,
                leo,
                new NewDocument(
                        DocumentKind.REPORT,
                        "Note interne du service",
                        LocalDate.now().minusDays(2),
                        "note.pdf",
                        DocumentServiceTest.pdf("Note.")));

        signInAs("sofia");
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(pageText())
                .contains(
                        "Les documents de Léo",
                        "Bilan de l’année scolaire",
                        "Télécharger « Bilan de l’année scolaire » (PDF)")
                .doesNotContain("Note interne du service");
        tearDownVaadin();

        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, leo);
        assertThat(pageText())
                .contains(
                        "Documents",
                        "Bilan de l’année scolaire",
                        "Note interne du service",
                        "Partagé avec la famille",
                        "Ajouter un document");
    }

    @Test
    void professionalsAndStaffUseTheirOwnScreens() {
        for (String subject : new String[] {"claire", "odpe", "admin"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(DocumentsView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("nadia");
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(pageText()).contains("Aucun dossier ne vous est ouvert");
    }
}
