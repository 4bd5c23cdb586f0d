package fr.reperes.content.imports;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At every start, gives each département that has no content yet what Repères ships, so that a new département's
 * families read a livret and a rights guide from their first day. Runs after the demo's loader.
 * Several instances starting at once on a département without content each get it published once and all start
 * ({@link DefaultContent#importIntoOnce}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DefaultContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultContentLoader.class);

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
        return defaults.importIntoOnce(departement);
    }
}
