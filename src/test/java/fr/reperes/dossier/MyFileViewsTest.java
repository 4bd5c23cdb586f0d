package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import fr.reperes.KaribuTest;
import fr.reperes.content.rights.RightsView;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.dossier.contacts.ContactsView;
import fr.reperes.dossier.measures.MeasuresView;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Mes mesures", "Mes droits" and "Mes contacts" for each role that may, and may not, open them. */
class MyFileViewsTest extends KaribuTest {

    private static final String[] LEO_S_FOSTER_FAMILY = {
        "Dumont", "Wimereux", "Mouettes", "06 00 00 40 00", "0600004000"
    };

    @Test
    void linaReadsHerMeasuresAsATimelineWithTheGlossary() {
        signInAs("lina");
        UI.getCurrent().navigate(MeasuresView.class);
        assertThat(pageText())
                .contains(
                        "Mes mesures",
                        "Placement",
                        "En cours",
                        "Terminée",
                        "OPP",
                        "Maison d’enfants (MECS) : MECS Les Tilleuls",
                        "Que veut dire « OPP » ?",
                        "En urgence, le juge a décidé",
                        "Droit de visite de tes parents : libre");
    }

    @Test
    void sofiaReadsLeosMeasuresButNothingOfTheFosterFamily() {
        signInAs("sofia");
        UI.getCurrent().navigate(MeasuresView.class);
        String text = pageText();
        assertThat(text)
                .contains(
                        "Les mesures de Léo",
                        "Famille d’accueil",
                        "Le juge a décidé que le lieu n’est pas communiqué",
                        "Votre droit de visite : médiatisé (en présence d’un professionnel), deux fois par mois");
        assertThat(text).doesNotContain(LEO_S_FOSTER_FAMILY);

        UI.getCurrent().navigate(ContactsView.class);
        assertThat(pageText())
                .contains("Claire Martin", "Lieu d’accueil", "119", "Juge des enfants")
                .doesNotContain(LEO_S_FOSTER_FAMILY)
                .doesNotContain("Marc");

        UI.getCurrent().navigate(RightsView.class);
        assertThat(pageText())
                .contains("Vos droits de parent de Léo", "Les actes non usuels", "Consulter le dossier au tribunal");
    }

    @Test
    void nadiaIsToldNoFileIsOpenToHer() {
        signInAs("nadia");
        UI.getCurrent().navigate(MeasuresView.class);
        assertThat(pageText()).contains("Aucun dossier ne vous est ouvert").doesNotContain("Lina", "Tilleuls");
    }

    @Test
    void linaSeesHerRightsAndHerContacts() {
        signInAs("lina");
        UI.getCurrent().navigate(RightsView.class);
        assertThat(pageText())
                .contains(
                        "Être entendu par le juge",
                        "Avoir un avocat",
                        "L’entretien des 17 ans",
                        "Le contrat jeune majeur");
        UI.getCurrent().navigate(ContactsView.class);
        assertThat(pageText())
                .contains(
                        "Claire Martin",
                        "MECS Les Tilleuls",
                        "Appeler le 03 21 00 30 00",
                        "Défenseur des droits",
                        "Maître Julie Dupuis",
                        "Sophie Carpentier · MECS Les Tilleuls",
                        "Juge des enfants");
    }

    @Test
    void professionalsAndStaffUseTheirOwnScreensNotThese() {
        for (String subject : new String[] {"claire", "thomas", "yanis", "odpe", "admin"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(MeasuresView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(RightsView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ContactsView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("lina");
    }

    @Test
    void claireSeesLeosMeasuresAndPlacementOnHisPage() {
        long leo = context.getBean(JdbcClient.class)
                .sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, leo);
        assertThat(pageText()).contains("Mesures", "Famille d’accueil : Famille Dumont", "Wimereux");
    }
}
