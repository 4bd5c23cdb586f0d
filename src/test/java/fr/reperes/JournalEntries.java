package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.access.AuditAction;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.Viewer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the audit journal's entries written by one actor around a call, by young person, kind and action, so that
 * a test asserts the exact entries a read writes: a journal call removed (or added twice) fails it.
 */
public final class JournalEntries {

    /** One line of the count: entries about this young person, of this kind, for this action. */
    public record Entry(long youngPersonId, InformationKind kind, AuditAction action) {}

    /** What a call returned, and the entries it added to the journal. */
    public record Written<T>(T value, Map<Entry, Long> added) {

        /** Asserts that exactly these entries were added, nothing else. */
        public Written<T> are(Map<Entry, Long> expected) {
            assertThat(added).as("journal entries written").isEqualTo(expected);
            return this;
        }

        public Written<T> are(Entry entry, long count) {
            return are(Map.of(entry, count));
        }
    }

    private JournalEntries() {}

    public static Entry entry(long youngPersonId, InformationKind kind, AuditAction action) {
        return new Entry(youngPersonId, kind, action);
    }

    /** Runs the call and counts what it added to the journal in the actor's name. */
    public static <T> Written<T> writtenBy(ApplicationContext context, Viewer actor, Supplier<T> call) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<Entry, Long> before = counts(jdbc, actor);
        T value = call.get();
        Map<Entry, Long> added = new HashMap<>();
        counts(jdbc, actor).forEach((entry, after) -> {
            long delta = after - before.getOrDefault(entry, 0L);
            if (delta != 0) {
                added.put(entry, delta);
            }
        });
        return new Written<>(value, added);
    }

    public static Written<Void> writtenBy(ApplicationContext context, Viewer actor, Runnable call) {
        return writtenBy(context, actor, () -> {
            call.run();
            return null;
        });
    }

    private static Map<Entry, Long> counts(JdbcClient jdbc, Viewer actor) {
        Map<Entry, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT young_person_id, information_kind, action, COUNT(*) AS entries FROM audit_entry
                        WHERE actor_account_id = :actor GROUP BY young_person_id, information_kind, action""").param("actor", actor.accountId()).query(rs -> {
            counts.put(
                    new Entry(
                            rs.getLong("young_person_id"),
                            InformationKind.valueOf(rs.getString("information_kind")),
                            AuditAction.valueOf(rs.getString("action"))),
                    rs.getLong("entries"));
        });
        return counts;
    }
}
