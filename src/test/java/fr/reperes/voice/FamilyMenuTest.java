package fr.reperes.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.reperes.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each family member's menu holds what applies to them, named for them: a parent reads about the child by first name;
 * a parent every file is closed to sees one page that explains it; the autonomy pages wait for the 16th birthday.
 */
class FamilyMenuTest extends KaribuTest {

    private static List<String> menu() {
        return LocatorJ._find(UI.getCurrent(), SideNavItem.class).stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void karimsMenuSpeaksOfLina() {
        signInAs("karim");
        open("");
        assertThat(menu())
                .contains(
                        "Le PPE de Lina",
                        "Les mesures de Lina",
                        "Les rendez-vous de Lina",
                        "Les documents de Lina",
                        "Qui contacter pour Lina",
                        "Vos droits de parent",
                        "Projet d’autonomie")
                .noneMatch(label -> label.startsWith("Mon ") || label.startsWith("Mes "));
        open("ppe");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Le projet pour l’enfant de Lina (PPE)");
        assertThat(pageText())
                .contains("Ce qu’en dit Lina", "Ce qu’en disent ses parents", "Qu’en pensez-vous ?")
                .doesNotContain("Ce que j’en dis", "Mon projet");
    }

    @Test
    void aFormsErrorSpeaksToItsReader() {
        for (String[] reader :
                new String[][] {{"lina", "Choisis une réponse."}, {"karim", "Choisissez une réponse."}}) {
            signInAs(reader[0]);
            open("ppe");
            clickAsTheBrowser(LocatorJ._get(Button.class, spec -> spec.withText("Envoyer")));
            assertThat(LocatorJ._get(RadioButtonGroup.class).getErrorMessage())
                    .as(reader[0])
                    .isEqualTo(reader[1]);
            tearDownVaadin();
        }
        signInAs("lina");
    }

    @Test
    void sofiaIsNotOfferedAnAutonomyPageBeforeLeoIsSixteen() {
        signInAs("sofia");
        open("");
        assertThat(menu()).contains("Le PPE de Léo", "Les mesures de Léo").doesNotContain("Projet d’autonomie");
    }

    @Test
    void nadiaSeesOnePageThatExplainsTheWithdrawal() {
        signInAs("nadia");
        open("");
        assertThat(menu()).containsExactly("Accueil", "Lexique");
        assertThat(pageText())
                .contains(
                        "Le juge vous a retiré l’autorité parentale",
                        "Vous restez son parent",
                        "Les droits que vous gardez",
                        "Être informé·e des décisions importantes",
                        "juge aux affaires familiales",
                        "avocat",
                        "Défenseur des droits",
                        "Qui appeler",
                        // The département's number: which local team follows Lina is part of her file.
                        "Appeler le 01 99 00 12 34")
                .doesNotContain("Lina", "Tilleuls", "Service ASE", "03 21 00 00 00")
                // Nothing can change or wait in a file closed to her: one page, the one that explains.
                .doesNotContain("Ce qui a changé", "Ce que vous pouvez faire");
        // A page she is no longer offered still says why when its address is typed.
        for (String typed : List.of("ppe", "mesures", "rendez-vous", "documents", "contacts", "droits")) {
            open(typed);
            assertThat(pageText())
                    .as(typed)
                    .contains("Aucun dossier ne vous est ouvert")
                    .doesNotContain("Lina");
        }
    }

    @Test
    void theYoungPersonsMenuIsTheirOwnAndTheAutonomyPagesOpenAtSixteen() {
        signInAs("lina");
        open("");
        assertThat(menu())
                .contains(
                        "Mon PPE",
                        "Mes mesures",
                        "Mes rendez-vous",
                        "Mon projet d’autonomie",
                        "Mon contrat jeune majeur",
                        "Qui a consulté mon dossier");
        tearDownVaadin();

        signInAs("mehdi");
        open("");
        assertThat(menu())
                .contains("Mon PPE", "Mes mesures")
                .doesNotContain("Mon projet d’autonomie", "Mon contrat jeune majeur");
        // Typed, the page says when the space opens.
        open("autonomie");
        assertThat(pageText()).contains("s’ouvrira à tes 16 ans");
    }
}
