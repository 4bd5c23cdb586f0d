package fr.reperes.platform;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Under the production profile, refuses to start when a required setting is missing or when a development-only
 * facility (in-process sign-in provider, embedded database) is switched on. Runs before any bean exists so the
 * operator reads one clear sentence instead of a chain of bean-creation errors.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    /** Environment variables a production deployment must set; see README.md. */
    static final List<String> REQUIRED = List.of(
            "REPERES_DB_URL", "REPERES_DB_USER", "REPERES_DB_PASSWORD",
            "REPERES_OIDC_ISSUER_URI", "REPERES_OIDC_CLIENT_ID", "REPERES_OIDC_CLIENT_SECRET");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        if (environment.getProperty("reperes.dev-signin.enabled", Boolean.class, false)) {
            throw new UnsafeProductionSettingException("reperes.dev-signin.enabled",
                    "the development sign-in lets anyone sign in as anyone");
        }
        if (environment.getProperty("reperes.embedded-db.enabled", Boolean.class, false)) {
            throw new UnsafeProductionSettingException("reperes.embedded-db.enabled",
                    "the embedded database is for development and demonstrations");
        }
        List<String> missing = REQUIRED.stream()
                .filter(name -> !StringUtils.hasText(environment.getProperty(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingException(missing);
        }
    }
}
