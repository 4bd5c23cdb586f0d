package fr.reperes.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MariaDB of the development services (src/test/resources/config/application.properties).
 *
 * @param dataDir  where the database files live; kept between runs so the demo data survives a restart
 * @param port     0 picks a free port (tests)
 * @param database schema created at every start if missing
 */
@ConfigurationProperties("reperes.embedded-db")
public record EmbeddedMariaDbProperties(Path dataDir, int port, String database) {}
