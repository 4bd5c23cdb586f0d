package fr.reperes.observatory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the observatory's tables at night, once a month is over for a month, so that no reader waits for a
 * protection to be computed. Several instances publish once: each table is published under its row's lock, and a
 * table already published with its last month is left as it is.
 */
@Component
class ObservatoryPublisher {

    private static final Logger log = LoggerFactory.getLogger(ObservatoryPublisher.class);

    private final ObservatoryFigures figures;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ObservatoryPublisher(ObservatoryFigures figures, JdbcClient jdbc, TransactionTemplate transactions) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${reperes.observatory.publish-cron:0 30 2 * * *}", zone = "${reperes.zone}")
    void publishEveryDepartement() {
        for (long departement : jdbc.sql("SELECT id FROM dossier_departement_view ORDER BY id")
                .query(Long.class)
                .list()) {
            long started = System.nanoTime();
            int published = publish(departement);
            if (published > 0) {
                log.info(
                        "Observatory: {} tables of département {} published in {} ms",
                        published,
                        departement,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** The département's tables due now; how many were published. */
    int publish(long departement) {
        return figures.publishDue(departement, transactions);
    }
}
