package fr.reperes.platform;

import java.nio.file.Path;

/** The embedded MariaDB did not start; reported by {@link EmbeddedDatabaseFailureAnalyzer} in plain words. */
class EmbeddedDatabaseStartException extends RuntimeException {

    private final Path dataDir;

    EmbeddedDatabaseStartException(Path dataDir, Throwable cause) {
        super("The embedded MariaDB did not start with data in " + dataDir, cause);
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
