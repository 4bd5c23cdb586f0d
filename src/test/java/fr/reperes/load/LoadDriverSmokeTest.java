package fr.reperes.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import loadtest.bare.BareApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load driver's protocol code in the default run, so that it cannot rot unseen between load runs: every persona
 * journey once against the portal, without think time and without writing (no reaction, ballot or survey answer: the
 * demo stays as other tests expect it), then the bare application's journey; no request may fail, and every kind of
 * request the report shows must have been made. A few seconds on the portal context other HTTP tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoadDriverSmokeTest {

    private static final LoadSettings READ_ONLY =
            new LoadSettings(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1, 0, false);

    @LocalServerPort
    int port;

    @Test
    void everyPersonaJourneySpeaksVaadinsProtocolWithoutAnError() {
        Recorder recorder = new Recorder();
        recorder.startMeasuring();
        try (HttpClient http = VaadinClient.newHttpClient()) {
            for (Journey journey : Journey.portal()) {
                VaadinClient browser = new VaadinClient(http, URI.create("http://localhost:" + port), recorder);
                browser.signIn(journey.username);
                journey.run(browser, think(recorder));
                browser.unload();
                browser.leave();
            }
        }
        recorder.stopMeasuring();

        assertThat(recorder.errorSamples()).isEmpty();
        assertThat(recorder.stats().keySet())
                .contains("sign-in", "bootstrap", "init", "navigate", "field", "grid-page", "sign-out");
        assertThat(recorder.stats().get("navigate").count())
                .as("navigations of the six journeys")
                .isGreaterThanOrEqualTo(12);
        assertThat(recorder.outcomes())
                .containsKeys(
                        "vote: ballot offered, not cast (read-only run)",
                        "survey: opened, not answered (read-only run)",
                        "observatory: figures shown",
                        "survey results: counts shown");
    }

    @Test
    void theBareApplicationsJourneyClicksItsButton() {
        try (ConfigurableApplicationContext bare = BareApplication.start("--server.port=0");
                HttpClient http = VaadinClient.newHttpClient()) {
            int barePort = ((WebServerApplicationContext) bare).getWebServer().getPort();
            Recorder recorder = new Recorder();
            recorder.startMeasuring();
            VaadinClient browser = new VaadinClient(http, URI.create("http://localhost:" + barePort), recorder);
            Journey.BARE_CLICKS.run(browser, think(recorder));
            recorder.stopMeasuring();

            assertThat(recorder.errorSamples()).isEmpty();
            assertThat(recorder.stats().get("click").count()).isEqualTo(3);
            assertThat(browser.tree()
                            .first(n -> "Cliqué 3 fois".equals(browser.tree().text(n))))
                    .as("the server's answer to the third click")
                    .isPresent();
        }
    }

    private static Think think(Recorder recorder) {
        return new Think(
                READ_ONLY, new SplittableRandom(15), recorder, System.nanoTime() + TimeUnit.MINUTES.toNanos(5));
    }
}
