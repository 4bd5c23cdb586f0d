package fr.reperes.participation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import fr.reperes.KaribuTest;
import fr.reperes.dossier.SqlStatements;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The council's pages for each reader: a member, a young person who is not one, a parent, a référent, the animateur
 * and the observatoire; allowed and refused.
 */
class CouncilViewsTest extends KaribuTest {

    private CouncilFixtures fixtures;
    private long demoCouncil;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new CouncilFixtures(context);
        demoCouncil = context.getBean(JdbcClient.class)
                .sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
        today = context.getBean(CouncilAccess.class).today();
    }

    @Test
    void mehdiReadsHisCouncilWithItsBalanceMembersBytheirFirstNameAndSessions() {
        List<String> otherLastNames = context.getBean(JdbcClient.class)
                .sql("""
                        SELECT yp.last_name FROM council_mandate m JOIN young_person yp ON yp.id = m.young_person_id
                        WHERE m.council_id = :council AND yp.first_name <> 'Mehdi'""")
                .param("council", demoCouncil)
                .query(String.class)
                .list();
        signInAs("mehdi");
        assertThat(open("conseil/" + demoCouncil)).isEqualTo(200);
        assertThat(pageText())
                .contains("Équilibre du conseil", "Membres", "Mehdi", "Séances", "Compte rendu publié.", "12 à 14 ans")
                .doesNotContain("Animer ce conseil");
        // Mehdi's own last name is in the header; nobody else's is anywhere on the page.
        assertThat(otherLastNames).isNotEmpty().noneMatch(pageText()::contains);
    }

    @Test
    void aYoungPersonWhoIsNotAMemberLearnsOnlyHowToJoin() {
        signInAs("lina");
        assertThat(open("conseil/" + demoCouncil)).isEqualTo(200);
        assertThat(pageText())
                .contains("Seuls les membres voient la vie du conseil", "Demander à rejoindre le conseil")
                .doesNotContain("Équilibre", "Mehdi", "Séance", "membres sur les");
        assertThat(open("conseil")).isEqualTo(200);
        assertThat(pageText()).contains("Demander à rejoindre").doesNotContain("Mehdi", "Équilibre");
    }

    @Test
    void aParentIsRefusedAConseilDesJeunesAndSeesTheirOwnCouncilKind() {
        signInAs("karim");
        assertThat(open("conseil/" + demoCouncil)).isEqualTo(403);
        assertThat(pageText()).doesNotContain("Équilibre", "Mehdi");
        assertThat(open("conseil")).isEqualTo(200);
        assertThat(pageText()).contains("Conseil départemental des parents").doesNotContain("Mehdi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claire", "odpe", "admin"})
    void neitherAReferentNorTheObservatoireOpensACouncilsPages(String subject) {
        signInAs(subject);
        for (String page : List.of(
                "conseil/" + demoCouncil,
                "conseil",
                "conseil/" + demoCouncil + "/seances/" + pastSession(),
                "animation",
                "animation/" + demoCouncil)) {
            assertThatThrownBy(() -> open(page)).as(page).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mehdi", "lina", "karim"})
    void onlyTheAnimateurOpensTheAnimation(String subject) {
        signInAs(subject);
        assertThatThrownBy(() -> open("animation/" + demoCouncil)).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Animation des conseils")
                .contains("Le conseil");
    }

    @Test
    void theAnimateurReadsFullNamesAndRunsTheCouncil() {
        signInAs("yanis");
        assertThat(open("conseil/" + demoCouncil)).isEqualTo(200);
        assertThat(pageText()).contains("Mehdi Traoré", "Animer ce conseil");
        assertThat(open("animation/" + demoCouncil)).isEqualTo(200);
        assertThat(pageText())
                .contains("Membres et mandats", "Mehdi Traoré", "demande à rejoindre le conseil", "Prévoir une séance");
        assertThat(_find(UI.getCurrent(), SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Animation des conseils")
                .doesNotContain("Le conseil");
    }

    @Test
    void anInvitedYoungPersonAcceptsFromTheirSpaceThenLeavesAfterConfirming() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer invited = fixtures.youngPerson();
        context.getBean(CouncilMembers.class).invite(fixtures.animateur(), council, invited.youngPersonId());
        signInAs(invited.subject());
        assertThat(open("")).isEqualTo(200);
        assertThat(pageText()).contains("Tu es invité à rejoindre « Conseil d'essai");

        UI.getCurrent().navigate("conseil");
        _click(_get(Button.class, spec -> spec.withId("accepter-invitation")));
        assertThat(context.getBean(CouncilAccess.class).activeMandate(invited, council))
                .isPresent();
        assertThat(pageText()).contains("Ton mandat : du", "Quitter le conseil");

        _click(_get(Button.class, spec -> spec.withText("Quitter le conseil")));
        assertThat(pageText()).contains("tu n’en es plus membre dès aujourd’hui");
        _click(_get(Button.class, spec -> spec.withId("confirmer-quitter")));
        assertThat(context.getBean(CouncilAccess.class).activeMandate(invited, council))
                .isEmpty();
    }

    @Test
    void mehdisHomeShowsHisCouncilAndItsNextSession() {
        signInAs("mehdi");
        assertThat(open("")).isEqualTo(200);
        assertThat(pageText()).contains("Ton conseil : Conseil départemental des jeunes", "Prochaine séance");
    }

    private long pastSession() {
        return context.getBean(JdbcClient.class)
                .sql("""
                        SELECT MIN(id) FROM council_session
                        WHERE council_id = :council AND minutes_published_at IS NOT NULL""")
                .param("council", demoCouncil)
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberReadsTheMinutesOfASessionAndANonMemberOrAParentIsRefused() {
        long session = pastSession();
        signInAs("mehdi");
        assertThat(open("conseil/" + demoCouncil + "/seances/" + session)).isEqualTo(200);
        assertThat(pageText()).contains("Ordre du jour", "Présents :", "Mehdi", "Tour de table");
        tearDownVaadin();
        signInAs("lina");
        assertThat(open("conseil/" + demoCouncil + "/seances/" + session)).isEqualTo(403);
        assertThat(pageText()).doesNotContain("Tour de table", "Présents");
        tearDownVaadin();
        signInAs("karim");
        assertThat(open("conseil/" + demoCouncil + "/seances/" + session)).isEqualTo(403);
        assertThat(pageText()).doesNotContain("Tour de table", "Présents");
    }

    @Test
    void theAnimateurIsToldToKeepOnlyFirstNamesInTheMinutes() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        fixtures.mandate(council, member, today.minusMonths(2), today.plusYears(1), null);
        context.getBean(CouncilSessions.class)
                .plan(
                        fixtures.animateur(),
                        council,
                        new NewCouncilSession(today.minusDays(2).atTime(18, 0), "Salle", "", "Ordre"));
        signInAs("yanis");
        assertThat(open("animation/" + council)).isEqualTo(200);
        _click(_get(Button.class, spec -> spec.withText("Écrire le compte rendu")));
        TextArea minutes = _get(TextArea.class, spec -> spec.withLabel("Compte rendu"));
        minutes.setValue("Merci à " + member.displayName() + ".");
        _click(_get(Button.class, spec -> spec.withId("publier-compte-rendu")));
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).contains("gardez seulement son prénom");
    }

    /** Review 11, item 15: while a vote of the council is open, the animateur is told why no mandate ends. */
    @Test
    void theAnimateurIsToldThatNoMandateEndsWhileAVoteIsOpen() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        long mandate = fixtures.mandate(council, member, today.minusMonths(2), today.plusYears(1), null);
        Instant now = Instant.now();
        long proposal = context.getBean(CouncilImport.class)
                .proposal(new NewProposal(
                        council,
                        mandate,
                        "Une proposition en vote",
                        "Le texte.",
                        ProposalTheme.OTHER,
                        ProposalStatus.PUBLISHED,
                        now.minus(Duration.ofDays(1)),
                        now.minus(Duration.ofDays(1))));
        context.getBean(CouncilVotes.class)
                .open(
                        fixtures.animateur(),
                        new NewVote(
                                council,
                                "Vote en cours",
                                VoteKind.FOR_AGAINST_ABSTAIN,
                                List.of(proposal),
                                null,
                                now,
                                now.plus(Duration.ofDays(1)),
                                0,
                                MajorityRule.SIMPLE));
        signInAs("yanis");
        assertThat(open("animation/" + council)).isEqualTo(200);
        _click(_get(Button.class, spec -> spec.withText("Mettre fin au mandat")));
        _click(_find(Dialog.class)
                .getFirst()
                .getFooter()
                .getElement()
                .getChildren()
                .map(e -> (Button) e.getComponent().orElseThrow())
                .filter(b -> b.getText().equals("Mettre fin au mandat"))
                .findFirst()
                .orElseThrow());
        assertThat(pageText()).contains("Un vote du conseil est ouvert");
        assertThat(context.getBean(CouncilAccess.class).activeMandate(member, council))
                .contains(mandate);
    }

    @Test
    void theReferentSeesTheirYoungPersonsMandateOnTheirPage() {
        long mehdi = TestSignIn.viewer(context, "mehdi").youngPersonId();
        signInAs("claire");
        assertThat(open("jeune/" + mehdi)).isEqualTo(200);
        assertThat(pageText()).contains("Conseils", "Conseil départemental des jeunes : mandat du");
    }

    /**
     * The council's page costs the same SELECTs whatever the number of its members: the balance and the list are one
     * statement each.
     */
    @Test
    void theCouncilPageCostsTheSameStatementsForFiveOrThirteenMembers() {
        long small = fixtures.council(CouncilKind.YOUTH);
        long large = fixtures.council(CouncilKind.YOUTH);
        for (int i = 0; i < 13; i++) {
            Viewer member = fixtures.youngPerson();
            if (i < 5) {
                fixtures.mandate(small, member, today.minusMonths(1), today.plusYears(1), null);
            }
            fixtures.mandate(large, member, today.minusMonths(1), today.plusYears(1), null);
        }
        signInAs("yanis");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long five = SqlStatements.fewestSelectsDuring(
                jdbc, () -> assertThat(open("conseil/" + small)).isEqualTo(200));
        long thirteen = SqlStatements.fewestSelectsDuring(
                jdbc, () -> assertThat(open("conseil/" + large)).isEqualTo(200));
        System.out.println("Council page SELECTs: 5 members " + five + ", 13 members " + thirteen);
        assertThat(thirteen).isEqualTo(five);
    }
}
