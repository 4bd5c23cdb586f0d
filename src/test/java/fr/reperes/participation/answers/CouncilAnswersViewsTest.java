package fr.reperes.participation.answers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AnswerStatus;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.answers.AnswerFixtures.Council;
import fr.reperes.shell.errors.AccessRefusedView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The answers' pages for each reader: members of the council read the answers and their history, the animateur
 * also answers and gives news (told which field is wrong), and every other reader (a young person who does not sit,
 * a parent, a référent, the observatory) gets the refusal page without a word of the council's proposals.
 */
class CouncilAnswersViewsTest extends KaribuTest {

    private static final String POCKET_MONEY = "L’argent de poche versé sur notre propre compte";
    private static final String WIFI = "Le wifi dans tous les foyers et les maisons d’enfants";
    private static final String REFERENT = "Un référent joignable quand on en a besoin";
    private static final String LICENCE = "Le permis de conduire payé à tous les jeunes de 17 ans";

    private static final List<String> NEITHER_MEMBER_NOR_ANIMATEUR = List.of("lina", "karim", "claire", "odpe");

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    private long demoCouncil() {
        return jdbc().sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
    }

    private long demoProposal(String title) {
        return jdbc().sql("SELECT id FROM proposal WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    @Test
    void mehdiReadsHisCouncilsAnswersOnCards() {
        signInAs("mehdi");
        assertThat(open("conseil/" + demoCouncil() + "/reponses")).isEqualTo(200);
        assertThat(pageText())
                .contains(
                        "Les réponses du département",
                        POCKET_MONEY,
                        "Acceptée",
                        "Service ASE Littoral",
                        "Avancement : 50 %",
                        "Étape : Essai dans deux foyers",
                        WIFI,
                        "À l’étude",
                        REFERENT,
                        "En attente de réponse")
                .doesNotContain(LICENCE);
    }

    @Test
    void mehdiReadsOneAnswerAndItsHistory() {
        signInAs("mehdi");
        assertThat(open(CouncilAnswersView.link(demoCouncil(), demoProposal(POCKET_MONEY))))
                .isEqualTo(200);
        assertThat(pageText())
                .contains(
                        POCKET_MONEY,
                        "La réponse du département",
                        "Ce qui sera fait : Le département versera",
                        "Historique",
                        "La banque partenaire est choisie",
                        "L’essai a commencé dans deux foyers",
                        "Avancement : 25 %");
        // A rejected proposal has no answer's page.
        assertThat(open(CouncilAnswersView.link(demoCouncil(), demoProposal(LICENCE))))
                .isEqualTo(404);
    }

    @Test
    void theAnimateurReadsTheCouncilsAnswersToo() {
        signInAs("yanis");
        assertThat(open("conseil/" + demoCouncil() + "/reponses")).isEqualTo(200);
        assertThat(pageText()).contains(POCKET_MONEY);
    }

    @Test
    void everyOtherReaderIsRefusedTheMembersPages() {
        long council = demoCouncil();
        for (String subject : NEITHER_MEMBER_NOR_ANIMATEUR) {
            signInAs(subject);
            for (String page :
                    List.of("conseil/" + council + "/reponses", CouncilAnswersView.link(council, demoProposal(WIFI)))) {
                if (refusedByThePolicy(subject, page)) {
                    _get(AccessRefusedView.class);
                    assertThat(pageText()).as(subject).doesNotContain(POCKET_MONEY, WIFI, REFERENT, "Service ASE");
                }
            }
            tearDownVaadin();
        }
    }

    @Test
    void yanisSeesWhatWaitsTooLongAndHowLong() {
        signInAs("yanis");
        assertThat(open(AnswersManagementView.ROUTE)).isEqualTo(200);
        Component late = _get(Component.class, spec -> spec.withId("en-retard"));
        assertThat(late.getElement().getTextRecursively()).contains(REFERENT, "Sans réponse depuis");
        assertThat(late.getElement().getTextRecursively()).doesNotContain(POCKET_MONEY, WIFI);
        assertThat(_get(Component.class, spec -> spec.withId("autres-propositions"))
                        .getElement()
                        .getTextRecursively())
                .contains(POCKET_MONEY, WIFI);
        // And his home says so, with the way there.
        assertThat(open("")).isEqualTo(200);
        assertThat(pageText()).contains("attendent la réponse du département", "animation/reponses");
    }

    @Test
    void theAnimateursWaitingActionIsHisAlone() {
        AnswersWaiting waiting = context.getBean(AnswersWaiting.class);
        signInAs("yanis");
        Viewer yanis = TestSignIn.viewer(context, "yanis");
        assertThat(waiting.concerns(yanis)).isTrue();
        assertThat(waiting.waitingFor(yanis))
                .singleElement()
                .satisfies(action -> assertThat(action.link()).isEqualTo(AnswersManagementView.ROUTE));
        for (String subject : List.of("mehdi", "karim", "claire", "odpe")) {
            Viewer other = TestSignIn.viewer(context, subject);
            assertThat(waiting.concerns(other)).as(subject).isFalse();
            assertThat(waiting.waitingFor(other)).as(subject).isEmpty();
        }
    }

    /**
     * Refused either way: by the route's roles before any service runs (a référent, the observatoire on a member's
     * page; anyone but the animateur on his), or by the council's policy with the refusal page. Never a 200.
     */
    private static boolean refusedByThePolicy(String subject, String page) {
        try {
            assertThat(open(page)).as(subject + " " + page).isEqualTo(403);
            return true;
        } catch (MockAccessDeniedException byRole) {
            return false;
        }
    }

    @Test
    void everyoneButTheAnimateurIsRefusedTheAnimationPages() {
        long proposal = demoProposal(REFERENT);
        for (String subject : List.of("mehdi", "lina", "karim", "claire", "odpe")) {
            signInAs(subject);
            for (String page : List.of(AnswersManagementView.ROUTE, AnswersManagementView.link(proposal))) {
                if (refusedByThePolicy(subject, page)) {
                    assertThat(pageText()).as(subject).doesNotContain(REFERENT, POCKET_MONEY);
                }
            }
            tearDownVaadin();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void yanisIsToldWhichFieldIsWrongThenAnswersAndGivesNews() {
        AnswerFixtures fixtures = new AnswerFixtures(context);
        Council council = fixtures.council(2);
        long refused = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 70);
        signInAs("yanis");
        assertThat(open(AnswersManagementView.link(refused))).isEqualTo(200);
        _get(RadioButtonGroup.class, spec -> spec.withId("statut-reponse")).setValue(AnswerStatus.REFUSED);
        _get(TextField.class, spec -> spec.withId("service-responsable")).setValue("Service ASE Littoral");
        _click(_get(Button.class, spec -> spec.withId("enregistrer-reponse")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("texte-reponse"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage())
                .isEqualTo("Un refus doit dire ses raisons : écrivez-les pour les membres du conseil.");
        assertThat(fixtures.entries(refused)).isZero();
        text.setValue("Le budget de cette année est voté.");
        _click(_get(Button.class, spec -> spec.withId("enregistrer-reponse")));
        assertThat(fixtures.entries(refused)).isEqualTo(1);
        assertThat(pageText()).contains("Refusée", "Raisons du refus : Le budget de cette année est voté.");
        // A refusal is final: no news to give.
        assertThat(_find(Button.class, spec -> spec.withId("enregistrer-avancement")))
                .isEmpty();

        long accepted = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 70);
        assertThat(open(AnswersManagementView.link(accepted))).isEqualTo(200);
        _get(RadioButtonGroup.class, spec -> spec.withId("statut-reponse")).setValue(AnswerStatus.ACCEPTED);
        _get(TextField.class, spec -> spec.withId("service-responsable")).setValue("Service ASE Littoral");
        _click(_get(Button.class, spec -> spec.withId("enregistrer-reponse")));
        assertThat(fixtures.entries(accepted)).isEqualTo(1);
        IntegerField percent = _get(IntegerField.class, spec -> spec.withId("pourcentage"));
        percent.setValue(150);
        _get(TextArea.class, spec -> spec.withId("texte-avancement")).setValue("Le terrain est réservé.");
        _click(_get(Button.class, spec -> spec.withId("enregistrer-avancement")));
        percent = _get(IntegerField.class, spec -> spec.withId("pourcentage"));
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("L’avancement va de 0 à 100 %.");
        percent.setValue(20);
        _click(_get(Button.class, spec -> spec.withId("enregistrer-avancement")));
        assertThat(fixtures.entries(accepted)).isEqualTo(2);
        assertThat(pageText()).contains("Le terrain est réservé.", "Avancement : 20 %");
        // The members were told, each once per change.
        for (AnswerFixtures.Member member : council.members()) {
            assertThat(fixtures.bellLines(member.accountId(), CouncilAnswersView.link(council.id(), accepted)))
                    .isEqualTo(2);
        }
    }

    @Test
    void aMembersHomeListsTheAnswersReceivedSinceTheirPreviousVisit() {
        AnswerFixtures fixtures = new AnswerFixtures(context);
        Council council = fixtures.council(1);
        long answered = fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 30);
        fixtures.answered(answered, AnswerStatus.ACCEPTED, 20);
        fixtures.proposal(council, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 30);
        AnswersHomeSection section = context.getBean(AnswersHomeSection.class);
        AnswerFixtures.Member member = council.members().getFirst();
        signInAs(member.subject());
        Optional<Component> shown = section.section(member.viewer(), council.id());
        assertThat(shown).isPresent();
        assertThat(shown.get().getElement().getTextRecursively())
                .contains("Réponses reçues", "Proposition d’essai", "Toutes les réponses du département");
        assertThatThrownBy(() -> section.section(TestSignIn.viewer(context, "lina"), council.id()))
                .isInstanceOf(AccessRefusedException.class);
        // Nothing new for a council with no answer: no section.
        Council quiet = fixtures.council(1);
        fixtures.proposal(quiet, ProposalStatus.ADOPTED, ProposalTheme.HOUSING, 30);
        assertThat(section.section(quiet.members().getFirst().viewer(), quiet.id()))
                .isEmpty();
    }
}
