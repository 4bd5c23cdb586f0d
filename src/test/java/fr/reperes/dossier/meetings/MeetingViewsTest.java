package fr.reperes.dossier.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.dossier.reactions.InboxView;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.identity.TestSignIn;
import org.junit.jupiter.api.Test;

/** "Mes rendez-vous" and the référent's inbox, for each role that may, and may not, open them. */
class MeetingViewsTest extends KaribuTest {

    @Test
    void linaSeesTheCountdownToHerSyntheseAndTheQuestionsToPrepare() {
        signInAs("lina");
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(pageText())
                .contains(
                        "Mes rendez-vous",
                        "Synthèse",
                        "dans 12 jours",
                        "Questions à préparer",
                        "Où veux-tu vivre après tes 18 ans ?",
                        "Compte rendu de Claire Martin",
                        "CAP cuisine",
                        "Écouter",
                        "Télécharger le compte rendu (PDF)");
    }

    @Test
    void sofiaSeesLeosVisitAtTheServiceAndNothingOfTheFosterFamily() {
        signInAs("sofia");
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(pageText())
                .contains("Les rendez-vous de Léo", "Visite", "Service ASE Littoral")
                .doesNotContain("Dumont", "Wimereux", "Mouettes");
    }

    @Test
    void aDisagreementWithoutCommentIsRefusedWithAMessage() {
        signInAs("karim");
        UI.getCurrent().navigate(MeetingsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReactionKind> kind = _find(RadioButtonGroup.class).getFirst();
        kind.setValue(ReactionKind.DISAGREE);
        _click(_find(Button.class, spec -> spec.withText("Envoyer")).getFirst());
        TextArea comment = _find(TextArea.class, spec -> spec.withLabel("Commentaire (facultatif)"))
                .getFirst();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Dites avec quoi vous n’êtes pas d’accord.");
    }

    @Test
    void karimsReactionReachesClairesInbox() {
        signInAs("karim");
        UI.getCurrent().navigate(MeetingsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReactionKind> kind = _find(RadioButtonGroup.class).getFirst();
        kind.setValue(ReactionKind.WANT_TO_TALK);
        _find(TextArea.class, spec -> spec.withLabel("Commentaire (facultatif)"))
                .getFirst()
                .setValue("Pouvons-nous parler des vacances ?");
        _click(_find(Button.class, spec -> spec.withText("Envoyer")).getFirst());
        assertThat(pageText()).contains("Vous avez répondu « Je veux en parler »", "En attente de réponse");
        tearDownVaadin();

        signInAs("claire");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(pageText())
                .contains(
                        "Réactions des familles",
                        "Je veux en parler · Lina Benali",
                        "De Karim Benali (Parent), sur un compte rendu",
                        "Pouvons-nous parler des vacances ?");
    }

    @Test
    void onlyReferentsOpenTheInboxAndOnlyFamiliesTheirMeetings() {
        for (String subject : new String[] {"lina", "karim", "odpe", "admin"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(InboxView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        for (String subject : new String[] {"claire", "yanis"}) {
            signInAs(subject);
            assertThatThrownBy(() -> UI.getCurrent().navigate(MeetingsView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            tearDownVaadin();
        }
        signInAs("nadia");
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(pageText()).contains("Aucun dossier ne vous est ouvert").doesNotContain("Synthèse");
    }

    @Test
    void claireSchedulesAMeetingAndIsToldWhatIsMissing() {
        long mehdi = TestSignIn.viewer(context, "mehdi").youngPersonId();
        signInAs("claire");
        UI.getCurrent().navigate(YoungPersonView.class, mehdi);
        assertThat(pageText()).contains("Rendez-vous", "Audience chez le juge des enfants");
        _click(_get(Button.class, spec -> spec.withText("Planifier")));
        assertThat(pageText())
                .contains("Choisissez le type de rendez-vous.", "Indiquez la date et l’heure.", "Indiquez le lieu.");
    }
}
