package fr.reperes.dossier;

import fr.reperes.Deliveries;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the SELECT statements the database server runs during an action, from MariaDB's own counters: the test
 * database serves this test alone, so the difference is the action's (once earlier changes' listeners are done).
 */
public final class SqlStatements {

    private SqlStatements() {}

    public static long selectsDuring(JdbcClient jdbc, Runnable action) {
        // Listeners of earlier changes (notifications, after the commit) must not be counted with the action.
        Deliveries.awaitSettled(jdbc);
        long before = selects(jdbc);
        action.run();
        // The counter query itself is one SELECT-free SHOW statement, so nothing to subtract.
        return selects(jdbc) - before;
    }

    /**
     * The fewest SELECTs among a few runs of the same action: the server's counter is global, so a scheduled job
     * (the event registry's check for stale publications, a reminder run) can add its own to one run, never remove
     * the action's.
     */
    public static long fewestSelectsDuring(JdbcClient jdbc, Runnable action) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            fewest = Math.min(fewest, selectsDuring(jdbc, action));
        }
        return fewest;
    }

    private static long selects(JdbcClient jdbc) {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Com_select'")
                .query((rs, n) -> rs.getLong("Value"))
                .single();
    }
}
