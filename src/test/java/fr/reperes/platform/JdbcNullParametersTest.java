package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.SpringProperties;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * src/main/resources/spring.properties tells Spring JDBC not to ask MariaDB's driver the type of a null parameter (a
 * server round trip and an exception each time, issue 15).
 */
class JdbcNullParametersTest {

    @Test
    void springJdbcBindsNullsWithoutAskingTheDriver() {
        assertThat(SpringProperties.getFlag(StatementCreatorUtils.IGNORE_GETPARAMETERTYPE_PROPERTY_NAME))
                .isTrue();
    }
}
