package fr.reperes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A sign-in through the provider keeps its time, and the one before becomes the previous visit the home page counts
 * "what changed" from; building a viewer without signing in (a notification's recipient, a test) does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInTimeHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountDirectory directory;

    @Test
    void eachSignInThroughTheProviderMakesTheOneBeforeItThePreviousVisit() throws Exception {
        Viewer amina = TestSignIn.viewer(context, "amina");
        Optional<Instant> before = directory.previousVisit(amina);

        Instant first = Instant.now();
        signIn("amina");
        Optional<Instant> afterFirst = directory.previousVisit(amina);
        signIn("amina");
        Optional<Instant> afterSecond = directory.previousVisit(amina);

        // The first sign-in's time became the previous visit at the second one.
        assertThat(afterSecond).isPresent();
        assertThat(afterSecond.get()).isAfterOrEqualTo(first.minusSeconds(1));
        assertThat(afterSecond).isNotEqualTo(afterFirst);
        if (before.isEmpty()) {
            // Amina never signed in before in this context: at her first sign-in there is no previous visit yet.
            assertThat(afterFirst).isEmpty();
        }
        // Building a viewer is no visit.
        TestSignIn.viewer(context, "amina");
        assertThat(directory.previousVisit(amina)).isEqualTo(afterSecond);
    }

    /** The whole authorization-code flow in a new browser session, as OidcSignInHttpTest checks it step by step. */
    private void signIn(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI authorization = location(get(http, URI.create("http://localhost:" + port + "/")));
        URI authorize = location(get(http, authorization));
        URI callback = location(http.send(
                HttpRequest.newBuilder(authorize)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + OidcSignInHttpTest.encode(username) + "&claims="))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(location(get(http, callback)).getPath()).isEqualTo("/");
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new AssertionError("no Location header, status " + response.statusCode())));
    }
}
