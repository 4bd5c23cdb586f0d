package fr.reperes.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MariaDB used by default (development, tests, demos).
 *
 * @param enabled  switched off in production, where an external MariaDB is configured
 * @param dataDir  where the database files live; kept between runs so the demo data survives a restart
 * @param port     0 picks a free port (tests)
 * @param database schema created on first start
 */
@ConfigurationProperties("reperes.embedded-db")
public record EmbeddedMariaDbProperties(boolean enabled, Path dataDir, int port, String database) {
}
