package fr.reperes.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.identity.QuickExit;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP, as a browser and a TLS proxy would talk to the portal: the security headers on every answer, the
 * session cookie's flags, and "Quitter rapidement" ending the session on the server. Same context as
 * {@link OidcSignInHttpTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;

    @Value("${reperes.quick-exit-url}")
    String neutralPage;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path :
                List.of("/", "/" + SignedOutView.ROUTE, "/styles/reperes.css", "/" + QuickExit.PATH, "/no-such-page")) {
            HttpHeaders headers = get(path, false).headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValue(SecurityConfiguration.PERMISSIONS_POLICY);
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(path + " over plain HTTP")
                    .isEmpty();
        }
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                .doesNotContain("*", "http:", "https:");
    }

    @Test
    void behindTheTlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = get("/", true);

        String sessionCookie = sessionCookie(response);
        assertThat(sessionCookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
    }

    @Test
    void overPlainHttpTheCookieCannotBeSecureButStaysHttpOnlyAndSameSite() throws Exception {
        String sessionCookie = sessionCookie(get("/", false));
        assertThat(sessionCookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void quickExitEndsTheSessionOnTheServerAndTheNextSignInPromptsForCredentials() throws Exception {
        signIn("karim");
        assertThat(get("/", false).statusCode()).as("signed in").isEqualTo(200);
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .getValue();

        HttpResponse<String> exit = get("/" + QuickExit.PATH, false);
        assertThat(exit.statusCode()).isEqualTo(302);
        assertThat(exit.headers().firstValue("Location")).hasValue(neutralPage);
        assertThat(exit.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=;") && cookie.contains("Expires=Thu, 01 Jan 1970"))
                .anyMatch(cookie -> cookie.startsWith(QuickExit.SIGN_IN_AGAIN_COOKIE + "="));

        // Even a browser that kept the old session cookie is asked to sign in again: the session is over on the server.
        HttpResponse<String> replayed = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(location(replayed).getPath()).isEqualTo(SecurityConfiguration.LOGIN_PAGE);
        HttpResponse<String> reopened = get("/", false);
        assertThat(location(reopened).getPath()).isEqualTo(SecurityConfiguration.LOGIN_PAGE);
        // ...and the provider is asked to prompt for credentials, not to sign the previous person in silently.
        assertThat(get(SecurityConfiguration.LOGIN_PAGE, false).headers().firstValue("Location"))
                .hasValueSatisfying(authorize -> assertThat(authorize).contains("prompt=login"));
    }

    @Test
    void anOrdinarySignInDoesNotForceThePrompt() throws Exception {
        assertThat(get(SecurityConfiguration.LOGIN_PAGE, false).headers().firstValue("Location"))
                .hasValueSatisfying(authorize -> assertThat(authorize).doesNotContain("prompt="));
    }

    private void signIn(String username) throws Exception {
        URI authorize = location(get(SecurityConfiguration.LOGIN_PAGE, false));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(authorize)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&claims="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        response = http.send(
                HttpRequest.newBuilder(location(response)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(location(response).getPath()).isEqualTo("/");
    }

    private HttpResponse<String> get(String path, boolean throughTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (throughTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + response.headers().map()));
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new AssertionError("no Location header, status " + response.statusCode())));
    }
}
