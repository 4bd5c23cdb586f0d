package fr.reperes.dossier.documents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Mes documents" lists the PPE versions and the meeting notes as PDFs, in the reader's voice. */
class MyDocumentsLibraryViewTest extends KaribuTest {

    private int latestVersion() {
        return context.getBean(JdbcClient.class)
                .sql("SELECT MAX(version_number) FROM care_plan_version WHERE young_person_id = :yp "
                        + "AND status = 'PUBLISHED'")
                .param("yp", TestSignIn.viewer(context, "lina").youngPersonId())
                .query(Integer.class)
                .single();
    }

    private static List<String> titles() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private static List<String> downloads() {
        return _find(Anchor.class).stream()
                .map(Anchor::getText)
                .filter(text -> text.startsWith("Télécharger"))
                .toList();
    }

    @Test
    void linaFindsHerPpeVersionsAndTheNotesOfHerMeetings() {
        int latest = latestVersion();
        signInAs("lina");
        UI.getCurrent().navigate(DocumentsView.class);

        assertThat(titles()).contains("Ton PPE, version " + latest, "Ton PPE, version 1", "Compte rendu : Synthèse");
        assertThat(downloads())
                .contains(
                        "Télécharger « Ton PPE, version " + latest + " » (PDF)",
                        "Télécharger « Compte rendu : Synthèse » (PDF)");
        assertThat(pageText()).contains("Projet pour l’enfant (PPE) publié", "Compte rendu de rencontre publié");
        assertThat(pageText()).doesNotContain("Le PPE de Lina");
    }

    @Test
    void karimFindsThemUnderLinasName() {
        int latest = latestVersion();
        signInAs("karim");
        UI.getCurrent().navigate(DocumentsView.class);

        assertThat(pageText()).contains("Les documents de Lina");
        assertThat(titles()).contains("Le PPE de Lina, version " + latest, "Compte rendu : Synthèse");
        assertThat(titles()).noneMatch(title -> title.startsWith("Ton PPE"));
    }

    @Test
    void nadiaFindsNoDocumentOfLina() {
        signInAs("nadia");
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(titles()).isEmpty();
        assertThat(pageText()).doesNotContain("PPE de Lina", "Compte rendu");
    }
}
