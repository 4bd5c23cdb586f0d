package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.identity.TestSignIn;
import fr.reperes.participation.CouncilVotes;
import fr.reperes.participation.MajorityRule;
import fr.reperes.participation.NewVote;
import fr.reperes.participation.ProposalStatus;
import fr.reperes.participation.ProposalTheme;
import fr.reperes.participation.VoteKind;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewProposal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The council with the keyboard alone, on a 360-px phone: Mehdi comments on a proposal and casts a vote, confirms it
 * and reads his receipt without touching the mouse (Tab to move, Space to choose, Enter to send). A vote of its own,
 * so the demo's open vote stays uncast.
 */
class CouncilByKeyboardInChromiumTest extends BrowserTest {

    /** More than any of these pages has focusable elements before the one sought. */
    @Test
    void mehdiCommentsAndVotesWithTheKeyboardAlone() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long council = jdbc.sql("SELECT id FROM council WHERE name = 'Conseil départemental des jeunes'")
                .query(Long.class)
                .single();
        long mehdiMandate = jdbc.sql("SELECT id FROM council_mandate WHERE council_id = :c AND first_name = 'Mehdi'")
                .param("c", council)
                .query(Long.class)
                .single();
        CouncilImport councils = context.getBean(CouncilImport.class);
        Instant now = Instant.now();
        long proposal = councils.proposal(new NewProposal(
                council,
                mehdiMandate,
                "Un atelier cuisine le dimanche",
                "Apprendre à cuisiner avant de partir du foyer.",
                ProposalTheme.AUTONOMY,
                ProposalStatus.PUBLISHED,
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2))));
        long vote = context.getBean(CouncilVotes.class)
                .open(
                        TestSignIn.viewer(context, "yanis"),
                        new NewVote(
                                council,
                                "Vote au clavier",
                                VoteKind.FOR_AGAINST_ABSTAIN,
                                List.of(proposal),
                                null,
                                now,
                                now.plus(Duration.ofDays(3)),
                                50,
                                MajorityRule.SIMPLE));

        Page page = signIn("mehdi", 360, 740);
        open(page, "conseil/" + council + "/propositions/" + proposal);
        tabTo(page, page.locator("#nouveau-commentaire textarea"));
        page.keyboard().type("Je peux aider pour les courses.");
        tabTo(page, page.locator("#publier-commentaire"));
        page.keyboard().press("Enter");
        assertThat(page.getByText("Je peux aider pour les courses.")).isVisible();

        open(page, "conseil/" + council + "/votes/" + vote);
        Locator pour = page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Pour"))
                .first();
        tabTo(page, pour);
        page.keyboard().press("Space");
        assertThat(pour).hasAttribute("checked", "");
        tabTo(page, page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Envoyer mon vote")));
        page.keyboard().press("Enter");
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("tu ne pourras plus le changer");
        tabTo(
                page,
                dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Envoyer"))
                        .last());
        page.keyboard().press("Enter");
        assertThat(page.locator("#recu")).containsText("Ton vote est compté");
        AxeViolations.assertNone(page);
    }
}
