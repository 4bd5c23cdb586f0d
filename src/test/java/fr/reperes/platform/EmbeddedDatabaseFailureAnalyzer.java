package fr.reperes.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded MariaDB did not start: which folder, and what to check (src/test/resources/META-INF/spring.factories). */
public class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
        return new FailureAnalysis(
                "The embedded MariaDB did not start (data folder " + cause.dataDir() + "): "
                        + StartupFailureAnalyzer.rootMessage(cause),
                "Check that the folder is writable and that no other MariaDB uses it, or set "
                        + "reperes.embedded-db.port to a free port.",
                cause);
    }
}
