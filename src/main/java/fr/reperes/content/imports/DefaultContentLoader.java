package fr.reperes.content.imports;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At every start, gives each département that has no content yet what Repères ships, so that a new département's
 * families read a livret and a rights guide from their first day. Runs after the demo's loader.
 *
 * <p>Several instances starting at once on a département without content import it side by side: each import is one
 * transaction, and the unique (département, code) of a book makes the second wait for the first, then collide. The
 * loser is rolled back whole and imports again, finding every book the winner published: the département gets each
 * book once and every instance starts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DefaultContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultContentLoader.class);

    /** A collision is lost once at most per instance in the race; three attempts leave room for a deadlock too. */
    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final DefaultContent defaults;

    DefaultContentLoader(JdbcClient jdbc, DefaultContent defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> without = jdbc.sql("SELECT d.id FROM dossier_departement_view d"
                        + " WHERE NOT EXISTS (SELECT 1 FROM content_book b WHERE b.departement_id = d.id)")
                .query(Long.class)
                .list();
        for (long departement : without) {
            int books = load(departement);
            log.info("Département {}: {} books of Repères' default content published", departement, books);
        }
    }

    /** The shipped books the département lacks, published once whatever the other instances do; how many here. */
    int load(long departement) {
        for (int attempt = 1; ; attempt++) {
            try {
                return defaults.importInto(departement);
            } catch (DuplicateKeyException | PessimisticLockingFailureException anotherInstance) {
                if (attempt == ATTEMPTS) {
                    throw anotherInstance;
                }
                log.info(
                        "Département {}: another instance is publishing the default content; reading it again",
                        departement);
            }
        }
    }
}
