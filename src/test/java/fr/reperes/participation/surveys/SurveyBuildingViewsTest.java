package fr.reperes.participation.surveys;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.EditableSurvey;
import fr.reperes.participation.QuestionDraft;
import fr.reperes.participation.QuestionKind;
import fr.reperes.participation.SurveyAccess;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyEditor;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.SurveySettings;
import fr.reperes.participation.SurveyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authors' pages for each reader: the animateur and the observatoire build, preview and publish; a young person,
 * a parent, a référent and the administrator neither see the entry nor open the pages.
 */
class SurveyBuildingViewsTest extends KaribuTest {

    private long survey(Viewer author, String title) {
        SurveyEditor editor = context.getBean(SurveyEditor.class);
        long survey = editor.createBlank(author, title);
        editor.addVariant(
                author, survey, SurveyBand.YOUNG_16_21, "Ta sortie de l’ASE", "Quelques questions sur ta sortie.");
        long target = editor.addQuestion(
                author,
                survey,
                SurveyBand.YOUNG_16_21,
                new QuestionDraft(
                        1,
                        QuestionKind.SINGLE_CHOICE,
                        "Où vis-tu aujourd’hui ?",
                        null,
                        true,
                        null,
                        null,
                        List.of(
                                new SurveyDefinition.Option("FOYER", "Au foyer"),
                                new SurveyDefinition.Option("SEUL", "Dans mon logement")),
                        null,
                        null));
        editor.addQuestion(
                author,
                survey,
                SurveyBand.YOUNG_16_21,
                new QuestionDraft(
                        1,
                        QuestionKind.SHORT_TEXT,
                        "Depuis quand ?",
                        null,
                        false,
                        null,
                        null,
                        List.of(),
                        target,
                        "SEUL"));
        editor.addQuestion(
                author,
                survey,
                SurveyBand.YOUNG_16_21,
                new QuestionDraft(
                        2,
                        QuestionKind.SCALE,
                        "Es-tu content de ton logement ?",
                        null,
                        true,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
        return survey;
    }

    @ParameterizedTest
    @ValueSource(strings = {"yanis", "odpe"})
    void anAuthorListsEditsAndPreviewsAtPhoneWidth(String subject) {
        Viewer author = TestSignIn.viewer(context, subject);
        String title = "Sortie " + UUID.randomUUID();
        long survey = survey(author, title);
        signInAs(subject);
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Questionnaires");

        assertThat(open("questionnaires")).isEqualTo(200);
        assertThat(pageText())
                .contains("Nouveau questionnaire", title, "Brouillon", "Le nombre de réponses paraît à la clôture")
                .contains("Modèle : jeunes qui quittent l’ASE");

        assertThat(open("questionnaires/" + survey + "/edition")).isEqualTo(200);
        assertThat(pageText())
                .contains("Réglages", "Personnes interrogées", "Jeunes de 16 à 21 ans", "1. Où vis-tu aujourd’hui ?")
                .contains("Affichée seulement si la question 1 a pour réponse « SEUL ».", "Page 2", "Publier");

        assertThat(open("questionnaires/" + survey + "/apercu/YOUNG_16_21")).isEqualTo(200);
        assertThat(pageText())
                .contains("Aperçu : les réponses ne sont pas enregistrées.", "Ta sortie de l’ASE")
                .contains("Ce questionnaire est anonyme : personne ne pourra savoir ce que tu as répondu.");
        assertThat(_get(Div.class, spec -> spec.withId("apercu-telephone"))
                        .getStyle()
                        .get("width"))
                .isEqualTo("360px");
        _get(Button.class, spec -> spec.withId("apercu-commencer")).click();
        assertThat(pageText())
                .contains("Page 1 sur 2", "Où vis-tu aujourd’hui ?")
                .doesNotContain("Depuis quand ?");
        // The condition shows its question as it would to the respondent.
        HasValueUtilsKt._setValue(
                _get(RadioButtonGroup.class, spec -> spec.withLabel("Où vis-tu aujourd’hui ?")), "SEUL");
        assertThat(pageText()).contains("Depuis quand ?");
        _get(Button.class, spec -> spec.withId("apercu-suivant")).click();
        assertThat(pageText()).contains("Page 2 sur 2", "Es-tu content de ton logement ?");
    }

    @Test
    void anAuthorCreatesADraftAddsAQuestionSeesTheServicesMessagesAndPublishes() {
        signInAs("yanis");
        assertThat(open("questionnaires")).isEqualTo(200);
        String title = "Nouveau " + UUID.randomUUID();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("titre-nouveau")), title);
        _get(Button.class, spec -> spec.withId("nouveau-questionnaire")).click();
        assertThat(pageText()).contains("Réglages", "Aucune tranche d’âge pour l’instant");
        SurveyEditor editor = context.getBean(SurveyEditor.class);
        Viewer yanis = TestSignIn.viewer(context, "yanis");
        long survey = editor.surveys(yanis).stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();

        _get(Button.class, spec -> spec.withId("ajouter-variante")).click();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titre lu par les personnes interrogées"))
                        .isInvalid())
                .isTrue();
        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withLabel("Titre lu par les personnes interrogées")), "Ton avis");
        _get(Button.class, spec -> spec.withId("ajouter-variante")).click();

        _get(Button.class, spec -> spec.withId("ajouter-question-child_8_11")).click();
        _get(Button.class, spec -> spec.withId("enregistrer-question")).click();
        assertThat(_get(TextArea.class, spec -> spec.withId("question-texte")).getErrorMessage())
                .isEqualTo("Écrivez la question.");
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("question-texte")), "Qu’aimes-tu ?");
        HasValueUtilsKt._setValue(
                _get(Select.class, spec -> spec.withId("question-type")), QuestionKind.MULTIPLE_CHOICE);
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withId("question-reponses")), "Le sport\nLa musique");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("question-max")), 3);
        _get(Button.class, spec -> spec.withId("enregistrer-question")).click();
        assertThat(_get(IntegerField.class, spec -> spec.withId("question-max")).getErrorMessage())
                .isEqualTo("Le nombre de choix au plus va de 1 au nombre de réponses possibles.");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("question-max")), 2);
        _get(Button.class, spec -> spec.withId("enregistrer-question")).click();
        EditableSurvey saved = editor.survey(yanis, survey);
        assertThat(saved.variants().getFirst().questions()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Qu’aimes-tu ?");
            assertThat(q.options()).extracting(SurveyDefinition.Option::code).containsExactly("LE_SPORT", "LA_MUSIQUE");
            assertThat(q.maxChoices()).isEqualTo(2);
        });

        // Publishing without a closing date: the service's message is shown; with one, it publishes.
        _get(Button.class, spec -> spec.withId("publier")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(editor.survey(yanis, survey).status()).isEqualTo(SurveyStatus.DRAFT);
        LocalDate today = context.getBean(SurveyAccess.class).today();
        editor.saveSettings(yanis, survey, new SurveySettings(title, true, true, today, today.plusDays(10)));
        // An audience asking no demo persona: the suite shares the demo's database.
        editor.saveAudience(yanis, survey, SurveyFixtures.awayFromPersonas(context));
        assertThat(open("questionnaires/" + survey + "/edition")).isEqualTo(200);
        _get(Button.class, spec -> spec.withId("publier")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(editor.survey(yanis, survey).status()).isEqualTo(SurveyStatus.PUBLISHED);
        assertThat(pageText()).contains("Nouvelle version", "Clore maintenant");
    }

    @Test
    void anAuthorAskingForASurveyThatIsNotTheirDepartementsIsRefused() {
        signInAs("yanis");
        assertThat(open("questionnaires/" + Long.MAX_VALUE + "/edition")).isEqualTo(403);
        assertThat(pageText()).contains("Seules les personnes qui animent la participation");
        assertThat(open("questionnaires/" + Long.MAX_VALUE + "/apercu/PARENTS")).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "claire", "admin"})
    void whoeverIsNotAnAuthorHasNoEntryAndNoPage(String subject) {
        long survey = survey(TestSignIn.viewer(context, "yanis"), "Refus " + UUID.randomUUID());
        signInAs(subject);
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Questionnaires");
        for (String page : List.of(
                "questionnaires",
                "questionnaires/" + survey + "/edition",
                "questionnaires/" + survey + "/apercu/YOUNG_16_21")) {
            assertThatThrownBy(() -> open(page)).as(page).isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
