package fr.reperes.participation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.home.CouncilHomeSection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proposal pages for each reader of the demo council (the member Mehdi, the animateur, and those the policy keeps
 * out: a young person who is not a member, a parent, a référent, the observatoire), the référent's page of a routed
 * message, and the statements each page costs, the same for few or many proposals and comments (in a département of
 * its own, so the demo is never changed).
 */
class ProposalViewsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Proposals proposals;

    @Autowired
    CouncilModeration moderation;

    private long demoCouncil() {
        return jdbc.sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
    }

    private long demoProposal(String title) {
        return jdbc.sql("SELECT id FROM proposal WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    @Test
    void mehdiReadsTheListAProposalWithItsDebateAndHisOwnDraft() {
        signInAs("mehdi");
        long council = demoCouncil();

        assertThat(open("conseil/" + council + "/propositions")).isEqualTo(200);
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        Grid<ProposalRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(4);
        assertThat(pageText()).contains("Mes brouillons", "Écrire une proposition");

        long wifi = demoProposal("Un wifi qui marche dans tous les lieux d’accueil");
        assertThat(open("conseil/" + council + "/propositions/" + wifi)).isEqualTo(200);
        String page = pageText();
        assertThat(page)
                .contains("Un wifi qui marche", "Écouter", "Soutenir cette proposition", "Ton commentaire")
                .contains("Chez moi le wifi est coupé à 21 h")
                .contains("Merci ! On pourrait demander des horaires plus tard")
                .doesNotContain("Masquer", "Danger pour un enfant");

        long eighteen = demoProposal("Préparer ses 18 ans dès 16 ans");
        open("conseil/" + council + "/propositions/" + eighteen);
        assertThat(pageText()).contains("Masqué par l’animateur.").doesNotContain("franchement c’est nul");

        assertThat(open("conseil/" + council + "/propositions/brouillons")).isEqualTo(200);
        assertThat(pageText())
                .contains("Un livret d’accueil écrit avec des jeunes", "Personne d’autre ne voit tes brouillons");
        assertThat(open("conseil/" + council + "/propositions/ecrire")).isEqualTo(200);
    }

    @Test
    void theAnimateurReadsEveryTextWithTheModerationTools() {
        signInAs("yanis");
        long council = demoCouncil();
        long eighteen = demoProposal("Préparer ses 18 ans dès 16 ans");

        assertThat(open("conseil/" + council + "/propositions/" + eighteen)).isEqualTo(200);
        assertThat(pageText())
                .contains(
                        "franchement c’est nul",
                        "Masqué. Motif : Tu as le droit",
                        "Danger pour un enfant",
                        "Retirer un passage");
        assertThat(open("conseil/" + council + "/propositions")).isEqualTo(200);
        assertThat(open("animation/moderation")).isEqualTo(200);
        assertThat(pageText()).contains("Modération du débat", "Textes masqués", "franchement c’est nul");
        // The animateur writes nothing in the council: no drafts, no editor.
        assertThat(open("conseil/" + council + "/propositions/brouillons")).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lina", "karim", "claire", "odpe"})
    void whoeverIsNotAMemberNorTheAnimateurIsRefusedEveryProposalPage(String persona) {
        signInAs(persona);
        long council = demoCouncil();
        long wifi = demoProposal("Un wifi qui marche dans tous les lieux d’accueil");
        for (String route : List.of(
                "conseil/" + council + "/propositions",
                "conseil/" + council + "/propositions/" + wifi,
                "conseil/" + council + "/propositions/brouillons",
                "conseil/" + council + "/propositions/ecrire")) {
            assertThat(open(route)).as(route).isEqualTo(403);
            assertThat(pageText()).doesNotContain("Un wifi qui marche");
        }
        assertThatThrownBy(() -> UI.getCurrent().navigate("animation/moderation"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aMemberNeverOpensAnotherMembersDraft() {
        DebateFixtures f = new DebateFixtures(context);
        long draft = proposals.saveDraft(
                f.samir().viewer(),
                f.youthCouncil,
                null,
                new ProposalDraft("Secret", "Pas encore prêt.", ProposalTheme.OTHER));
        signInAs(f.lea().subject());
        assertThat(open("conseil/" + f.youthCouncil + "/propositions/" + draft)).isEqualTo(403);
        assertThat(open("conseil/" + f.youthCouncil + "/propositions/ecrire/" + draft))
                .isEqualTo(403);
        assertThat(pageText()).doesNotContain("Pas encore prêt.");
    }

    @Test
    void aMemberCommentsAndAnswersFromTheProposalPage() {
        DebateFixtures f = new DebateFixtures(context);
        long id = published(f, f.samir(), "Un local pour le conseil");
        signInAs(f.lea().subject());
        open("conseil/" + f.youthCouncil + "/propositions/" + id);

        _get(TextArea.class, spec -> spec.withId("nouveau-commentaire")).setValue("Bonne idée, je suis pour.");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("publier-commentaire")));
        assertThat(pageText()).contains("Bonne idée, je suis pour.");

        _get(TextArea.class, spec -> spec.withId("nouveau-commentaire")).setValue("Inès a raison");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("publier-commentaire")));
        assertThat(pageText()).contains("Tu as écrit le nom d’une personne");

        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("soutenir")));
        assertThat(pageText()).contains("Un soutien", "Retirer mon soutien");
    }

    @Test
    void theReferentReadsTheRoutedMessageAndNoOneElseDoes() {
        DebateFixtures f = new DebateFixtures(context);
        long id = published(f, f.samir(), "Les soirées");
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Chez moi on me tape le soir.");
        moderation.routeDanger(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment);
        long lea = f.lea().viewer().youngPersonId();

        signInAs(f.referentSubject);
        assertThat(open("signalement-conseil/" + lea)).isEqualTo(200);
        assertThat(pageText()).contains("Chez moi on me tape le soir.", "Yves Animo", "Léa");

        signInAs(f.lea().subject());
        open("conseil/" + f.youthCouncil + "/propositions/" + id);
        assertThat(pageText())
                .contains("Ce que tu as écrit a été transmis à Rosalie Fontaine, ta personne référente")
                .contains("119");
        signInAs(f.ines().subject());
        open("conseil/" + f.youthCouncil + "/propositions/" + id);
        assertThat(pageText()).contains("Masqué par l’animateur.").doesNotContain("on me tape", "Rosalie");

        signInAs("thomas");
        assertThat(open("signalement-conseil/" + lea)).isEqualTo(403);
        for (String persona : List.of(f.animateurSubject, f.lea().subject(), f.parent.subject())) {
            signInAs(persona);
            assertThatThrownBy(() -> UI.getCurrent().navigate("signalement-conseil/" + lea))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void theListAndAProposalCostTheSameStatementsForFewOrManyProposalsAndComments() {
        DebateFixtures f = new DebateFixtures(context);
        long first = published(f, f.samir(), "Première");
        debate(f, first, 1);
        signInAs(f.ines().subject());
        String list = "conseil/" + f.youthCouncil + "/propositions";
        String page = "conseil/" + f.youthCouncil + "/propositions/" + first;
        long listFew = SqlStatements.fewestSelectsDuring(jdbc, () -> {
            open(list);
            MockVaadin.clientRoundtrip(false);
        });
        long pageFew = SqlStatements.fewestSelectsDuring(jdbc, () -> open(page));

        for (int i = 0; i < 8; i++) {
            long more = published(f, f.members.get(i % 4), "Proposition " + i);
            debate(f, more, 2);
        }
        debate(f, first, 6);
        long hidden = proposals.comment(f.noe().viewer(), f.youthCouncil, first, null, "À masquer.");
        moderation.hide(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, hidden, "Motif.");
        long routed = proposals.comment(f.lea().viewer(), f.youthCouncil, first, null, "À transmettre.");
        moderation.routeDanger(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, routed);

        long listMany = SqlStatements.fewestSelectsDuring(jdbc, () -> {
            open(list);
            MockVaadin.clientRoundtrip(false);
        });
        long pageMany = SqlStatements.fewestSelectsDuring(jdbc, () -> open(page));

        assertThat(listMany)
                .as("list page: %d then %d SELECTs", listFew, listMany)
                .isLessThanOrEqualTo(listFew);
        assertThat(pageMany)
                .as("proposal page: %d then %d SELECTs", pageFew, pageMany)
                .isLessThanOrEqualTo(pageFew);
        System.out.printf(
                "Statements: list page %d -> %d, proposal page %d -> %d%n", listFew, listMany, pageFew, pageMany);
    }

    @Test
    void theHomeSectionListsTheProposalsAMemberHasNotRead() {
        DebateFixtures f = new DebateFixtures(context);
        published(f, f.samir(), "Des casiers dans les chambres");
        published(f, f.lea(), "Un goûter le mercredi");
        CouncilHomeSection section = context.getBeansOfType(CouncilHomeSection.class).values().stream()
                .filter(bean -> bean.getClass().getSimpleName().startsWith("ProposalsHomeSection"))
                .findFirst()
                .orElseThrow();
        signInAs(f.noe().subject());

        Component shown = section.section(f.noe().viewer(), f.youthCouncil).orElseThrow();
        UI.getCurrent().add(shown);

        assertThat(pageText())
                .contains("Propositions à lire", "2 propositions que tu n’as pas encore lues")
                .contains("Des casiers dans les chambres", "Un goûter le mercredi");
        assertThat(section.section(f.outsider, f.youthCouncil)).isEmpty();
        open("conseil/" + f.youthCouncil + "/propositions");
        for (ProposalRow row : proposals.list(f.noe().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 10)) {
            proposals.proposal(f.noe().viewer(), f.youthCouncil, row.id());
        }
        assertThat(section.section(f.noe().viewer(), f.youthCouncil)).isEmpty();
    }

    @Test
    void aMemberWritesSavesAndPublishesADraftAndIsToldInTuWhenItNamesSomeone() {
        DebateFixtures f = new DebateFixtures(context);
        signInAs(f.samir().subject());
        assertThat(open("conseil/" + f.youthCouncil + "/propositions/ecrire")).isEqualTo(200);
        _get(TextField.class, spec -> spec.withId("titre-proposition")).setValue("Des sorties avec Noé");
        _get(TextArea.class, spec -> spec.withId("texte-proposition")).setValue("Une sortie par mois.");
        @SuppressWarnings("unchecked")
        Select<ProposalTheme> theme = _get(Select.class);
        theme.setValue(ProposalTheme.LEISURE_AND_SPORT);
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("enregistrer-brouillon")));
        assertThat(_get(TextField.class, spec -> spec.withId("titre-proposition"))
                        .getErrorMessage())
                .isEqualTo("Tu as écrit le nom d’une personne. Pour protéger chacun, ne nomme personne : écris plutôt "
                        + "« un membre » ou « quelqu’un ».");
        assertThat(proposals.myDrafts(f.samir().viewer(), f.youthCouncil)).isEmpty();

        _get(TextField.class, spec -> spec.withId("titre-proposition")).setValue("Des sorties chaque mois");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withId("enregistrer-brouillon")));

        List<DraftLine> drafts = proposals.myDrafts(f.samir().viewer(), f.youthCouncil);
        assertThat(drafts).extracting(DraftLine::title).containsExactly("Des sorties chaque mois");
        assertThat(pageText()).contains("Ce brouillon n’est visible que par toi.", "Publier au conseil");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withText("Publier au conseil")));
        assertThat(proposals.myDrafts(f.samir().viewer(), f.youthCouncil)).isEmpty();
        assertThat(proposals.list(f.lea().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 10))
                .extracting(ProposalRow::title)
                .containsExactly("Des sorties chaque mois");
    }

    @Test
    void theAnimateurHidesAReportedCommentWithAReasonFromTheModerationPage() {
        DebateFixtures f = new DebateFixtures(context);
        long id = published(f, f.samir(), "Des jeux dans la salle commune");
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Ridicule, comme d'habitude.");
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, "Il se moque");
        signInAs(f.animateurSubject);
        assertThat(open("animation/moderation")).isEqualTo(200);
        assertThat(pageText()).contains("Ridicule, comme d'habitude.", "Motifs donnés : Il se moque");

        _get(TextField.class, spec -> spec.withLabel("Motif (l’auteur le lira)"))
                .setValue("On peut ne pas être d'accord sans se moquer.");
        clickAsTheBrowser(_get(Button.class, spec -> spec.withText("Masquer")));

        assertThat(pageText())
                .contains("Aucun signalement en attente.", "Masqué. Motif : On peut ne pas être d'accord");
        CommentLine forAuthor = proposals
                .proposal(f.lea().viewer(), f.youthCouncil, id)
                .comments()
                .getFirst();
        assertThat(forAuthor.hiddenReason()).isEqualTo("On peut ne pas être d'accord sans se moquer.");
    }

    private long published(DebateFixtures f, DebateFixtures.Member author, String title) {
        long id = proposals.saveDraft(
                author.viewer(),
                f.youthCouncil,
                null,
                new ProposalDraft(title, "Un texte pour le conseil.", ProposalTheme.DAILY_LIFE));
        proposals.publish(author.viewer(), f.youthCouncil, id);
        return id;
    }

    /** Comments, each with an answer, and supports, from the members who are not the author. */
    private void debate(DebateFixtures f, long proposalId, int comments) {
        for (int i = 0; i < comments; i++) {
            Viewer writer = f.members.get(1 + i % 3).viewer();
            long comment = proposals.comment(writer, f.youthCouncil, proposalId, null, "Avis numéro " + i + ".");
            proposals.comment(f.members.get(4).viewer(), f.youthCouncil, proposalId, comment, "Réponse " + i + ".");
        }
        for (DebateFixtures.Member member : f.members) {
            try {
                proposals.support(member.viewer(), f.youthCouncil, proposalId, true);
            } catch (RuntimeException ownProposal) {
                // The author does not support their own proposal.
            }
        }
    }
}
