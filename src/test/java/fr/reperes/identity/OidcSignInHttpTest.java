package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.identity.signin.SecurityConfiguration;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The complete OpenID Connect authorization-code sign-in over real HTTP, against the in-process provider, as a
 * browser without JavaScript would do it: every redirect checked. Then what a session becomes when the database no
 * longer says what it said at sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcSignInHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    MockOAuth2Server provider;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvitationDesk desk;

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountDirectory directory;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aDemoPersonaSignsInThroughTheProviderAndReachesThePortal() throws Exception {
        String app = "http://localhost:" + port;

        HttpResponse<String> response = get(URI.create(app + "/"));
        assertThat(response.statusCode()).isEqualTo(302);
        URI authorization = location(response);
        assertThat(authorization.getPath()).isEqualTo("/oauth2/authorization/reperes");

        response = get(authorization);
        assertThat(response.statusCode()).isEqualTo(302);
        URI authorize = location(response);
        assertThat(authorize.toString())
                .startsWith(provider.authorizationEndpointUrl(DevSignInConfiguration.ISSUER_ID)
                        .toString())
                .contains("code_challenge=", "state=", "nonce=");

        response = get(authorize);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("name=\"username\"");

        response = post(authorize, "username=lina&claims=");
        assertThat(response.statusCode()).isEqualTo(302);
        URI callback = location(response);
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/reperes");

        response = get(callback);
        assertThat(response.statusCode()).isEqualTo(302);
        URI back = location(response);
        assertThat(back.getPath()).isEqualTo("/");

        response = get(back);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"fr\"", "branding/demo/theme.css");
        // The session is signed in: the portal no longer sends this browser to the provider.
        assertThat(get(URI.create(app + "/")).statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedCallbackWithoutAnAuthorizationRequestIsRefused() throws Exception {
        String app = "http://localhost:" + port;
        HttpResponse<String> response = get(URI.create(app + "/login/oauth2/code/reperes?code=forged&state=forged"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response).toString()).doesNotEndWith("/");
        assertThat(get(URI.create(app + "/")).statusCode()).isEqualTo(302);
    }

    @Test
    void theProviderAnnouncesAnEndSessionEndpointForSignOut() throws Exception {
        HttpResponse<String> discovery =
                get(provider.wellKnownUrl(DevSignInConfiguration.ISSUER_ID).uri());
        assertThat(discovery.body()).contains("\"end_session_endpoint\"");
    }

    @Test
    void afterTheAccessIsReplacedTheOldIdentitysOpenSessionIsSentToSignInAtItsNextRequest() throws Exception {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        String app = "http://localhost:" + port;
        signIn(family.youngSubject());
        assertThat(get(URI.create(app + "/")).statusCode()).isEqualTo(200);

        String code = desk.replaceYoungPersonAccess(TestSignIn.viewer(context, "claire"), family.youngPersonId())
                .code();
        // Issuing the code changes nothing yet: the person may still be the one who will type it.
        assertThat(get(URI.create(app + "/")).statusCode()).isEqualTo(200);
        assertThat(invitations.redeem("remplace-" + UUID.randomUUID(), InvitedFamily.freshAddress(), code))
                .isInstanceOf(Redemption.Linked.class);

        HttpResponse<String> next = get(URI.create(app + "/"));
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next).getPath()).isEqualTo(SecurityConfiguration.LOGIN_PAGE);
        // The session is over, not just this request: the ones after are refused too.
        assertThat(get(URI.create(app + "/")).statusCode()).isEqualTo(302);
        assertThat(get(URI.create(app + "/mesures")).statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountsOpenSessionIsSentToSignInAtItsNextRequest() throws Exception {
        InvitedFamily family = InvitedFamily.followedBy(context, "claire");
        String app = "http://localhost:" + port;
        signIn(family.parentSubject());
        assertThat(get(URI.create(app + "/")).statusCode()).isEqualTo(200);

        directory.disable(
                TestSignIn.viewer(context, "admin"),
                TestSignIn.viewer(context, family.parentSubject()).accountId());

        HttpResponse<String> next = get(URI.create(app + "/"));
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next).getPath()).isEqualTo(SecurityConfiguration.LOGIN_PAGE);
    }

    /** The whole authorization-code flow for {@code username}, as the first test checks it step by step. */
    private void signIn(String username) throws Exception {
        URI authorization = location(get(URI.create("http://localhost:" + port + "/")));
        URI authorize = location(get(authorization));
        URI callback = location(post(authorize, "username=" + encode(username) + "&claims="));
        HttpResponse<String> back = get(callback);
        assertThat(location(back).getPath()).isEqualTo("/");
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new AssertionError("no Location header, status " + response.statusCode())));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
