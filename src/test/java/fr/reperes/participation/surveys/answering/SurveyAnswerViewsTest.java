package fr.reperes.participation.surveys.answering;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.SurveyFixtures;
import fr.reperes.participation.imports.SurveyImport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The respondent's pages per reader: a young person the survey asks answers it page by page and finishes; a young
 * person it does not ask, a référent and the animateur are refused the page.
 */
class SurveyAnswerViewsTest extends KaribuTest {

    private SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(context);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aYoungPersonTheSurveyAsksAnswersItPageByPage() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer jeune = fixtures.youngPerson();
        signInAs(jeune.subject());

        assertThat(open("mes-questionnaires")).isEqualTo(200);
        assertThat(pageText()).contains("Mes questionnaires", "À remplir", "Ton avis YOUNG_16_21", "Anonyme");

        assertThat(open("mes-questionnaires/" + survey.surveyId())).isEqualTo(200);
        assertThat(pageText())
                .contains(
                        "Ce questionnaire est anonyme",
                        "personne au département ne peut lire ton nom à côté de tes réponses",
                        "avec ta tranche d’âge et ton territoire",
                        "Tu peux t’arrêter et revenir plus tard",
                        "sans ton nom",
                        "119");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-start")));
        assertThat(pageText()).contains("Page 1 sur 2", "Ton code de reprise", "Note-le");
        String code =
                _get(Paragraph.class, spec -> spec.withId("survey-resume-code")).getText();
        assertThat(code).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){4}");

        RadioButtonGroup<String> mood = _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("mood")));
        assertThat(pageText()).contains("1 — pas du tout content", "5 — très content");
        RadioButtonGroup<String> yn = _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("yn")));
        assertThat(yn.getItemLabelGenerator().apply("YES")).isEqualTo("Oui");
        assertThat(yn.getItemLabelGenerator().apply("NO")).isEqualTo("Non");
        // The conditional question is hidden until "Non".
        assertThat(_find(TextField.class, spec -> spec.withId("question-" + q.get("why"))))
                .isEmpty();
        // Next without answers: the required questions say so, nothing moves.
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-next")));
        assertThat(mood.isInvalid()).isTrue();
        assertThat(mood.getErrorMessage()).isEqualTo("Cette question attend ta réponse.");
        mood.setValue("4");
        yn.setValue("NO");
        TextField why = _get(TextField.class, spec -> spec.withId("question-" + q.get("why")));
        why.setValue("Parce que.");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-next")));

        assertThat(pageText()).contains("Page 2 sur 2", "Au plus 2 choix.", "Monter « Réponse x »");
        CheckboxGroup<String> multi = _get(CheckboxGroup.class, spec -> spec.withId("question-" + q.get("multi")));
        multi.setValue(Set.of("a"));
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("rank-" + q.get("rank") + "-z-up")));
        RadioButtonGroup<String> single =
                _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("single")));
        single.setValue("s2");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-finish")));
        assertThat(pageText()).contains("Merci ! Tes réponses sont enregistrées.");

        int participations = context.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM survey_participation WHERE survey_id = :s")
                .param("s", survey.surveyId())
                .query(Integer.class)
                .single();
        assertThat(participations).isEqualTo(1);
        assertThat(open("mes-questionnaires")).isEqualTo(200);
        assertThat(pageText()).contains("Déjà remplis");
        assertThat(_find(Button.class, spec -> spec.withId("survey-start"))).isEmpty();
    }

    /**
     * What the service refuses while a page is open (the survey closed meanwhile, the respondent no longer asked, a code
     * typed after the close) is said on the page, never an error page.
     */
    @SuppressWarnings("unchecked")
    @Test
    void aRefusalWhileAnsweringIsSaidNotAnErrorPage() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (String refusal : List.of("closed", "left", "code")) {
            SurveyImport.Loaded survey = fixtures.survey(true, false);
            Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
            Viewer jeune = fixtures.youngPerson();
            signInAs(jeune.subject());
            assertThat(open("mes-questionnaires/" + survey.surveyId())).isEqualTo(200);
            if (!refusal.equals("code")) {
                clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-start")));
                _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("mood")))
                        .setValue("4");
                _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("yn")))
                        .setValue("YES");
            }
            if (refusal.equals("left")) {
                jdbc.sql("DELETE FROM survey_audience WHERE survey_id = :s AND dimension = 'TERRITORY'")
                        .param("s", survey.surveyId())
                        .update();
                jdbc.sql("INSERT INTO survey_audience (survey_id, dimension, value) VALUES (:s, 'TERRITORY', '0')")
                        .param("s", survey.surveyId())
                        .update();
            } else {
                jdbc.sql("UPDATE survey SET status = 'CLOSED' WHERE id = :s")
                        .param("s", survey.surveyId())
                        .update();
            }
            if (refusal.equals("code")) {
                _get(TextField.class, spec -> spec.withId("survey-code")).setValue("AAAA-BBBB-CCCC-DDDD-EEEE");
                clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-code-use")));
            } else {
                clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-next")));
            }
            assertThat(pageText())
                    .as(refusal)
                    .contains(
                            refusal.equals("left")
                                    ? "Tu ne peux plus répondre à ce questionnaire"
                                    : "Ce questionnaire est terminé")
                    .contains("Retour à mes questionnaires");
            tearDownVaadin();
        }
    }

    /** "Previous" goes back with a required question of the page unanswered, and keeps what was answered. */
    @SuppressWarnings("unchecked")
    @Test
    void previousGoesBackWithoutTheRequiredAnswersAndKeepsTheOthers() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Map<String, Long> q = fixtures.questions(survey.variantIds().get("YOUNG_16_21"));
        Viewer jeune = fixtures.youngPerson();
        signInAs(jeune.subject());
        assertThat(open("mes-questionnaires/" + survey.surveyId())).isEqualTo(200);
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-start")));
        _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("mood")))
                .setValue("4");
        _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("yn")))
                .setValue("YES");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-next")));
        assertThat(pageText()).contains("Page 2 sur 2");
        _get(CheckboxGroup.class, spec -> spec.withId("question-" + q.get("multi")))
                .setValue(Set.of("b"));

        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-previous")));

        assertThat(pageText()).contains("Page 1 sur 2").doesNotContain("Cette question attend ta réponse.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("mood")))
                        .getValue())
                .isEqualTo("4");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-next")));
        CheckboxGroup<String> multi = _get(CheckboxGroup.class, spec -> spec.withId("question-" + q.get("multi")));
        assertThat(multi.getValue()).containsExactly("b");
        RadioButtonGroup<String> single =
                _get(RadioButtonGroup.class, spec -> spec.withId("question-" + q.get("single")));
        assertThat(single.getValue()).isNull();
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-finish")));
        assertThat(single.getErrorMessage()).isEqualTo("Cette question attend ta réponse.");
    }

    @Test
    void aChildReadsTheScaleWithFacesAndWordsAndFindsTheSurveyOnTheHomeAndInTheMenu() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Viewer child = fixtures.child();
        signInAs(child.subject());
        assertThat(open("")).isEqualTo(200);
        block("mes-questionnaires");
        assertThat(pageText()).contains("Ton avis compte", "Ton avis CHILD_8_11");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Mes questionnaires");
        assertThat(open("mes-questionnaires/" + survey.surveyId())).isEqualTo(200);
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("survey-start")));
        assertThat(pageText()).contains("1 — pas du tout content", "5 — très content", "Écouter");
        List<Span> faces = _find(Span.class, spec -> spec.withClasses("reperes-face"));
        assertThat(faces).hasSize(5);
        assertThat(faces)
                .allSatisfy(face -> assertThat(face.getElement().getAttribute("aria-hidden"))
                        .isEqualTo("true"));
    }

    @Test
    void aNamedSurveySaysSoBeforeTheStart() {
        SurveyImport.Loaded survey = fixtures.survey(false, false);
        Viewer parent = fixtures.parent();
        signInAs(parent.subject());
        assertThat(open("mes-questionnaires/" + survey.surveyId())).isEqualTo(200);
        assertThat(pageText())
                .contains("Ce questionnaire n’est pas anonyme : vos réponses sont enregistrées avec votre nom")
                .doesNotContain("code de reprise");
    }

    @Test
    void thoseTheSurveyDoesNotAskAreRefusedItsPage() {
        SurveyImport.Loaded survey = fixtures.survey(true, false);
        Viewer teen = fixtures.teen();
        signInAs(teen.subject());
        assertThat(open("mes-questionnaires/" + survey.surveyId())).isEqualTo(403);
        assertThat(open("mes-questionnaires")).isEqualTo(200);
        assertThat(pageText()).doesNotContain("Ton avis YOUNG_16_21");
        for (String professional : new String[] {"claire", "yanis"}) {
            tearDownVaadin();
            signInAs(professional);
            assertThatThrownBy(() -> open("mes-questionnaires/" + survey.surveyId()))
                    .as(professional)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> open("mes-questionnaires"))
                    .as(professional)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
