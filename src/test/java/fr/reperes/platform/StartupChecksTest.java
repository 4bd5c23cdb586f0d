package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** What an operator reads when the portal refuses to start, and that it does refuse. */
class StartupChecksTest {

    private final ProductionSettingsCheck check = new ProductionSettingsCheck();
    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("reperes.dev-signin.enabled", "false");
        environment.setProperty("reperes.embedded-db.enabled", "false");
        ProductionSettingsCheck.REQUIRED.forEach(name -> environment.setProperty(name, "set"));
        return environment;
    }

    @Test
    void aCompleteProductionConfigurationStarts() {
        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(production(), new SpringApplication()));
    }

    @Test
    void missingSettingsAreNamedAndRefused() {
        MockEnvironment withoutSecret = new MockEnvironment();
        withoutSecret.setActiveProfiles("prod");
        ProductionSettingsCheck.REQUIRED.stream().filter(name -> !name.equals("REPERES_OIDC_CLIENT_SECRET"))
                .filter(name -> !name.equals("REPERES_DB_URL"))
                .forEach(name -> withoutSecret.setProperty(name, "set"));

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> check.postProcessEnvironment(withoutSecret, new SpringApplication()));

        assertThat(failure).isInstanceOf(MissingProductionSettingException.class);
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription())
                .contains("REPERES_DB_URL", "REPERES_OIDC_CLIENT_SECRET")
                .doesNotContain("REPERES_DB_USER");
        assertThat(analysis.getAction()).contains("README.md");
    }

    @Test
    void theDevelopmentSignInRefusesToStartUnderTheProductionProfile() {
        MockEnvironment environment = production();
        environment.setProperty("reperes.dev-signin.enabled", "true");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(UnsafeProductionSettingException.class);
        FailureAnalysis analysis = analyzer.analyze(
                new UnsafeProductionSettingException("reperes.dev-signin.enabled", "anyone signs in as anyone"));
        assertThat(analysis.getDescription()).contains("refuses to start", "reperes.dev-signin.enabled");
    }

    @Test
    void theEmbeddedDatabaseRefusesToStartUnderTheProductionProfile() {
        MockEnvironment environment = production();
        environment.setProperty("reperes.embedded-db.enabled", "true");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(UnsafeProductionSettingException.class);
    }

    @Test
    void outsideProductionNothingIsRequired() {
        assertThatNoException().isThrownBy(
                () -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()));
    }

    @Test
    void anUnreachableDatabaseIsOneSentenceWithWhatToCheck() {
        Exception wrapped = new IllegalStateException("Failed to initialize pool",
                new SQLNonTransientConnectionException("Socket fail to connect to host:db, port:3306",
                        "08000", new ConnectException("Connection refused")));
        FailureAnalysis analysis = analyzer.analyze(new RuntimeException("Error creating bean 'flyway'", wrapped));
        assertThat(analysis.getDescription()).isEqualTo("The database cannot be reached: Connection refused");
        assertThat(analysis.getAction()).contains("REPERES_DB_URL");
    }

    @Test
    void anEmbeddedDatabaseThatCannotStartNamesItsFolder() {
        FailureAnalysis analysis = analyzer.analyze(new EmbeddedDatabaseStartException(Path.of("/tmp/x"),
                new RuntimeException("port in use")));
        assertThat(analysis.getDescription()).contains("/tmp/x", "port in use");
    }

    @Test
    void theRealApplicationRefusesToStartInProductionWithoutItsSettings() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() ->
                new org.springframework.boot.builder.SpringApplicationBuilder(fr.reperes.ReperesApplication.class)
                        .profiles("prod")
                        .properties("spring.main.banner-mode=off")
                        .run());
        assertThat(failure).isInstanceOf(MissingProductionSettingException.class);
        assertThat(((MissingProductionSettingException) failure).missing())
                .containsAll(ProductionSettingsCheck.REQUIRED.stream()
                        .filter(name -> System.getenv(name) == null).toList());
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalArgumentException("something else"))).isNull();
    }
}
