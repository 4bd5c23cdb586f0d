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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mehdi on a 360-px phone: his council's votes, a vote he has not cast (on two proposals of its own, so that the demo's
 * open vote stays uncast), his choices, the plain-words confirmation, his receipt; then a closed vote's results and
 * counted receipts. Zero axe violations on each screen, nothing wider than the phone.
 */
class VotesInChromiumTest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern RECEIPT = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Test
    void mehdiVotesOnHisPhoneConfirmsAndSeesHisReceipt() throws Exception {
        Files.createDirectories(SCREENSHOTS);
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
        List<Long> proposals = List.of("Un potager au foyer", "Des cours de code le mercredi").stream()
                .map(title -> councils.proposal(new NewProposal(
                        council,
                        mehdiMandate,
                        title,
                        "Ce que nous proposons : " + title.toLowerCase() + ".",
                        ProposalTheme.LEISURE_AND_SPORT,
                        ProposalStatus.PUBLISHED,
                        now.minus(Duration.ofDays(3)),
                        now.minus(Duration.ofDays(3)))))
                .toList();
        long vote = context.getBean(CouncilVotes.class)
                .open(
                        TestSignIn.viewer(context, "yanis"),
                        new NewVote(
                                council,
                                "Vote du navigateur",
                                VoteKind.FOR_AGAINST_ABSTAIN,
                                proposals,
                                null,
                                now,
                                now.plus(Duration.ofDays(4)),
                                50,
                                MajorityRule.SIMPLE));

        Page page = signIn("mehdi", 360, 740);
        open(page, "conseil/" + council + "/votes");
        assertThat(page.locator("h1")).hasText("Les votes du conseil");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voter : Vote du navigateur")))
                .isVisible();
        AxeViolations.assertNone(page);
        fitsThePhone(page);

        open(page, "conseil/" + council + "/votes/" + vote);
        assertThat(page.locator("h1")).hasText("Vote du navigateur");
        AxeViolations.assertNone(page);
        fitsThePhone(page);
        Locator groups = page.locator("vaadin-radio-group");
        groups.nth(0)
                .locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Pour"))
                .click();
        groups.nth(1)
                .locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Je m’abstiens"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon vote"))
                .click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm)
                .containsText("Une fois ton vote envoyé, tu ne pourras plus le changer. "
                        + "Personne ne saura ce que tu as voté.");
        AxeViolations.assertNone(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("vote-confirmation-360.png")));
        confirm.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Envoyer").setExact(true))
                .click();

        Locator receipt = page.locator("#recu");
        assertThat(receipt).containsText("Ton vote est compté");
        assertThat(receipt).isInViewport();
        assertThat(receipt).containsText(RECEIPT);
        assertThat(receipt).containsText("Ce reçu ne dit pas ce que tu as voté");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon vote")))
                .hasCount(0);
        // The receipt can arrive before the dialog's closing fade has begun: judge the page once it is gone.
        assertThat(confirm).isHidden();
        AxeViolations.assertNone(page);
        fitsThePhone(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("vote-recu-360.png"))
                .setFullPage(true));

        long closed = jdbc.sql("SELECT id FROM council_vote WHERE title = 'Vote de la séance d’automne'")
                .query(Long.class)
                .single();
        open(page, "conseil/" + council + "/votes/" + closed);
        assertThat(page.getByText("Non adoptée")).isVisible();
        assertThat(page.locator("#recus-comptes li")).hasCount(10);
        AxeViolations.assertNone(page);
        fitsThePhone(page);
    }

    private static void fitsThePhone(Page page) {
        Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("page width").isLessThanOrEqualTo(360);
    }
}
