package fr.reperes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.reperes.IntegrationTest;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's story: Karim was offered the livret of Lina's placement at load, and has not acknowledged it. */
@IntegrationTest
class DemoLivretOfferTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void karimHasAnUnacknowledgedLivretForLinasPlacement() {
        Viewer karim = TestSignIn.viewer(context, "karim");
        Viewer lina = TestSignIn.viewer(context, "lina");
        // The demo gives the placement livret Repères ships; without it there is nothing to offer.
        assumeTrue(
                jdbc.sql("SELECT COUNT(*) FROM content_book WHERE departement_id = :dep AND code = 'WELCOME_PLACEMENT'")
                                .param("dep", karim.departementId())
                                .query(Integer.class)
                                .single()
                        > 0);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM livret_offer
                        WHERE reader_key = :karim AND young_person_id = :lina AND acknowledged_at IS NULL""")
                        .param("karim", "P:" + karim.parentId())
                        .param("lina", lina.youngPersonId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
