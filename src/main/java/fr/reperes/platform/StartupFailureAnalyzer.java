package fr.reperes.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the start-up failures an operator can fix (missing setting, development build, database out of reach) into
 * the short "APPLICATION FAILED TO START" report Spring Boot prints, instead of a wall of stack traces.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingProductionSettingException e) {
                return new FailureAnalysis(
                        "Repères cannot start under the production profile: missing setting(s) "
                                + String.join(", ", e.missing()) + ".",
                        "Set these environment variables (see the production section of README.md) and start again.",
                        e);
            }
            if (t instanceof UnsafeProductionSettingException e) {
                return new FailureAnalysis(
                        "Repères refuses to start under the production profile with " + e.developmentClass()
                                + " on the classpath: " + e.why() + ".",
                        "Run the production jar built by ./mvnw package (or the Docker image), which holds no "
                                + "development service; ./mvnw spring-boot:test-run is for development only.",
                        e);
            }
            if (isUnreachableDatabase(t)) {
                return new FailureAnalysis(
                        "The database cannot be reached: " + rootMessage(t),
                        "Check that MariaDB is running and that REPERES_DB_URL, REPERES_DB_USER and "
                                + "REPERES_DB_PASSWORD are right.",
                        t);
            }
        }
        return null;
    }

    private static boolean isUnreachableDatabase(Throwable t) {
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        // 08xxx: connection exceptions; 28xxx: authorization (wrong user or password).
        return (state != null && (state.startsWith("08") || state.startsWith("28")))
                || hasCause(t, ConnectException.class)
                || hasCause(t, UnknownHostException.class);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    static @Nullable String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
