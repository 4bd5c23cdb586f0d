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
import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.caseload.YoungPersonView;
import fr.reperes.dossier.reactions.InboxView;
import fr.reperes.dossier.reactions.ReactionKind;
import fr.reperes.identity.InvitedFamily;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Whatever a référent types in a meeting (its place, who is invited, the questions, the notes) reaches the young
     * person and the parent as that text, on their home and their meetings page, which send these blocks as HTML.
     */
    @Test
    void everyTextOfAMeetingReachesTheFamilyAsTextNeverAsMarkup() {
        String place = "<img src=x onerror=alert(1)> lieu";
        String invited = "\"><svg onload=alert(1)> invités";
        String questions = "<script>alert(1)</script> questions";
        String notes = "</p><p onclick=alert(1)>clic <a href=\"javascript:alert(1)\">lien</a> notes";
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        Viewer claire = TestSignIn.viewer(context, "claire");
        MeetingService meetings = context.getBean(MeetingService.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        meetings.schedule(
                claire,
                family.youngPersonId(),
                new NewMeeting(MeetingKind.SYNTHESE, today.plusDays(10).atTime(14, 0), place, invited, questions));
        long past = meetings.schedule(
                claire,
                family.youngPersonId(),
                new NewMeeting(MeetingKind.VISIT, today.minusDays(3).atTime(9, 0), place, null, null));
        meetings.publishNotes(claire, past, notes);

        for (String subject : List.of(family.youngSubject(), family.parentSubject())) {
            signInAs(subject);
            for (String route : List.of("", "rendez-vous")) {
                assertThat(open(route)).as("%s on /%s", subject, route).isEqualTo(200);
                assertBlocksCarryNoMarkupFromTexts(subject + " on /" + route);
            }
            assertThat(pageText()).as(subject).contains(place, invited, questions, notes);
            tearDownVaadin();
        }
        signInAs("lina");
    }
}
