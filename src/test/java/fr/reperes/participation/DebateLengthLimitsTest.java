package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The debate's length limits are the columns' (as LengthLimitsTest does for the other modules, kept here so that the
 * shared list need not change): a migration that narrows a column without its constant fails the build.
 */
@IntegrationTest
class DebateLengthLimitsTest {

    @Autowired
    JdbcClient jdbc;

    private int length(String table, String column) {
        return jdbc.sql("""
                        SELECT character_maximum_length FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name = :table AND column_name = :column""")
                .param("table", table)
                .param("column", column)
                .query(Integer.class)
                .single();
    }

    @Test
    void eachLimitIsItsColumnsOrWithinATextColumn() {
        assertThat(length("proposal", "title")).isEqualTo(Proposals.MAX_TITLE);
        assertThat(length("comment_report", "reason")).isEqualTo(Proposals.MAX_REPORT_REASON);
        assertThat(length("proposal", "hidden_reason")).isEqualTo(CouncilModeration.MAX_REASON);
        assertThat(length("proposal_comment", "hidden_reason")).isEqualTo(CouncilModeration.MAX_REASON);
        // TEXT holds 65,535 bytes, four per character at most in utf8mb4.
        assertThat(length("proposal", "body") / 4).isGreaterThanOrEqualTo(Proposals.MAX_BODY);
        assertThat(length("proposal_comment", "body") / 4).isGreaterThanOrEqualTo(Proposals.MAX_COMMENT);
    }
}
