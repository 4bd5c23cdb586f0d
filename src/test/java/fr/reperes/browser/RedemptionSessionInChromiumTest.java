package fr.reperes.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import fr.reperes.DemoPeople;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.InvitationService;
import fr.reperes.identity.InvitedFamily;
import fr.reperes.identity.Redemption;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The session around an invitation code, in a real browser over real HTTP: a new id when a code is redeemed (session
 * fixation), and the end of the old identity's session when its access is replaced.
 */
class RedemptionSessionInChromiumTest extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Test
    void redeemingACodeGivesTheSessionANewIdAndTheOldIdOpensNothing() throws Exception {
        Viewer claire = TestSignIn.viewer(context, "claire");
        long youngPersonId = DemoPeople.uninvitedYoungPersonFollowedBy(context, "claire");
        String code = context.getBean(InvitationDesk.class)
                .inviteYoungPerson(claire, youngPersonId)
                .code();

        Page page = signIn("fixation-" + System.nanoTime(), 1280, 800);
        // The first page of a new session may take a while on a loaded machine.
        assertThat(page.getByText("Pas encore de compte")).isVisible(SLOW);
        String before = sessionId(page);
        page.getByLabel("Code d’invitation").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le code"))
                .click();
        assertThat(page.getByText("Ce qui t’attend")).isVisible(SLOW);
        String after = sessionId(page);

        assertThat(after).isNotEqualTo(before);
        // Whoever planted or saw the old id is not signed in with it: the portal sends them to the provider.
        HttpResponse<Void> withOldId = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .header("Cookie", "JSESSIONID=" + before)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(withOldId.statusCode()).isEqualTo(302);
        assertThat(withOldId.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/reperes");
    }

    @Test
    void afterTheAccessIsReplacedTheOldSessionsNextClickEndsOnTheSignInPage() {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        Page page = signIn(family.youngSubject(), 1280, 800);
        assertThat(page.locator("a[href='mesures']").first()).isVisible(SLOW);

        String code = context.getBean(InvitationDesk.class)
                .replaceYoungPersonAccess(TestSignIn.viewer(context, "claire"), family.youngPersonId())
                .code();
        assertThat(context.getBean(InvitationService.class)
                        .redeem("remplace-" + System.nanoTime(), InvitedFamily.freshAddress(), code))
                .isInstanceOf(Redemption.Linked.class);

        // A Vaadin round trip, no page load: the server ends the session, the page reloads into the sign-in.
        page.locator("a[href='mesures']").first().click();
        assertThat(page.locator("input[name=username]")).isVisible(SLOW);
        assertThat(page.content()).doesNotContain(family.firstName());
    }

    private String sessionId(Page page) {
        return page.context().cookies("http://localhost:" + port).stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
