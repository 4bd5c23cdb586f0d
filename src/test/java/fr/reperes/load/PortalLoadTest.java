package fr.reperes.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.TestReperesApplication;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import loadtest.bare.BareApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 15's load figures, in one command ({@code ./mvnw -Pload test}): the portal with its development services
 * (embedded MariaDB loaded with the demo département, in-process OpenID Connect provider) and the bare Vaadin
 * application, each in a JVM of its own with the same options, the driver in this one. Per level (100, 250 and 500
 * users unless {@code -Dload.users} says otherwise): the mixed persona scenario on the portal, then the bare journey on
 * the bare application, after a warm-up of both. Writes target/load-report.md (and target/benchmark-load.md).
 * <p>
 * Separate processes rather than both in this JVM: the portal's heap, JIT and GC pauses must not be charged to the
 * bare application (or to the driver), and the portal starts exactly as {@code spring-boot:test-run} starts it. Its
 * database is made afresh at every run, so that every run starts from the same demo (Mehdi has not voted).
 * {@code -Dload.jfr=true} records the portal with JDK Flight Recorder into target/load-portal.jfr.
 */
@Tag("load")
class PortalLoadTest {

    @Test
    void portalAndBareApplicationSideBySide() throws Exception {
        List<Integer> levels = Arrays.stream(
                        System.getProperty("load.users", "100,250,500").split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        List<String> jvm = new ArrayList<>(
                List.of(System.getProperty("load.jvm", "-Xms1g -Xmx1g").split(" ")));
        List<String> portalJvm = new ArrayList<>(jvm);
        if (Boolean.getBoolean("load.jfr")) {
            portalJvm.add("-XX:StartFlightRecording=filename=target/load-portal.jfr,settings=profile");
        }
        Path database = Path.of("target", "load-db");
        FileSystemUtils.deleteRecursively(database);
        int portalPort = AppProcess.freePort();
        try (AppProcess portal = AppProcess.start(
                        "portal",
                        TestReperesApplication.class.getName(),
                        portalJvm,
                        List.of(
                                "--reperes.embedded-db.data-dir=" + database.resolve("portal"),
                                "--reperes.embedded-db.port=0",
                                "--reperes.dev-signin.port=0",
                                "--reperes.public-url=http://localhost:" + portalPort),
                        portalPort);
                AppProcess bare = AppProcess.start(
                        "bare", BareApplication.class.getName(), jvm, List.of(), AppProcess.freePort())) {
            portal.awaitReady(Duration.ofMinutes(4));
            bare.awaitReady(Duration.ofMinutes(2));
            awaitDemo(portal);
            publishObservatory(portal);
            LoadDriver onPortal = new LoadDriver(portal.base, Journey.portal(), true, portal.handle());
            LoadDriver onBare = new LoadDriver(bare.base, List.of(Journey.BARE_CLICKS), false, bare.handle());

            // Warm-up, not reported: class loading, JIT, the first pages of each persona.
            LoadSettings warmUp = LoadSettings.fromSystemProperties(Integer.getInteger("load.warmup-users", 30))
                    .warmUp(Duration.parse(System.getProperty("load.warmup", "PT30S")));
            onPortal.run(warmUp, 1);
            onBare.run(warmUp, 2);

            List<LoadReport.Level> measured = new ArrayList<>();
            for (int users : levels) {
                LoadSettings settings = LoadSettings.fromSystemProperties(users);
                Recorder portalRun = onPortal.run(settings, 42L + users);
                System.out.println(LoadReport.summary("portal", users, portalRun));
                Recorder bareRun = onBare.run(settings, 7L + users);
                System.out.println(LoadReport.summary("bare", users, bareRun));
                measured.add(new LoadReport.Level(settings, portalRun, bareRun));
            }
            String report = LoadReport.markdown(measured, "./mvnw -Pload test (PortalLoadTest)");
            Files.writeString(Path.of("target", "load-report.md"), report);
            Files.writeString(Path.of("target", "benchmark-load.md"), report);

            for (LoadReport.Level level : measured) {
                // The driver worked: both applications were measured, and errors are the exception. Whether the
                // targets are met is the report's business: on a shared machine the absolute figures vary.
                assertThat(level.portal().requests()).isPositive();
                assertThat(level.bare()).isNotNull();
                assertThat(level.bare().requests()).isPositive();
                assertThat(level.portal().errorCount())
                        .as(
                                "portal errors at %d users: %s",
                                level.settings().users(), level.portal().errorSamples())
                        .isLessThanOrEqualTo(level.portal().requests() / 100);
            }
        }
    }

    /**
     * What the nightly publisher does in production before anyone reads the figures: each indicator's tables of the
     * year protected and published once (on a fresh demo, the first reader of an indicator would wait for it, seconds,
     * which is not what the load measures). Done by opening each indicator page once as the observatory's reader.
     */
    private static void publishObservatory(AppProcess portal) {
        try (HttpClient http = VaadinClient.newHttpClient()) {
            VaadinClient odpe = new VaadinClient(http, portal.base, new Recorder());
            odpe.signIn("odpe");
            odpe.open("observatoire");
            List<String> indicators = odpe.tree().links("observatoire/[a-z0-9-]+").stream()
                    .filter(link -> !link.endsWith("/rapport"))
                    .toList();
            for (String indicator : indicators) {
                odpe.navigate(indicator);
            }
            odpe.leave();
        }
    }

    /**
     * The portal answers HTTP before the demo département is loaded (the loader runs once the server is up): until
     * Lina can sign in and open her home page, the measures would count "no account" pages.
     */
    private static void awaitDemo(AppProcess portal) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (HttpClient http = VaadinClient.newHttpClient()) {
            while (true) {
                try {
                    VaadinClient browser = new VaadinClient(http, portal.base, new Recorder());
                    browser.signIn("lina");
                    browser.open("");
                    browser.leave();
                    return;
                } catch (VaadinClient.LoadFailure notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                    // The demo loads in seconds; one attempt a second is nothing beside it.
                    Thread.sleep(Duration.ofSeconds(1));
                }
            }
        }
    }
}
