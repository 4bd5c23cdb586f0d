package fr.reperes.identity.invitations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wrong-code counters, one row per {@link RedemptionLockKey}. Every method runs in the redemption's transaction
 * and holds the key's row lock until it ends, so parallel attempts with one key are counted one after the other:
 * a burst of requests gets no more tries than the same requests in a row.
 */
@Component
public class RedemptionLocks {

    private final JdbcClient jdbc;
    private final InvitationProperties properties;

    RedemptionLocks(JdbcClient jdbc, InvitationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The key's current count and lock, its row locked (created if needed) for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public State hold(RedemptionLockKey key) {
        // ON DUPLICATE KEY takes the exclusive row lock directly, with no shared-to-exclusive upgrade to deadlock on.
        jdbc.sql("""
                        INSERT INTO redemption_lock (kind, lock_key, consecutive_failures, locked_until)
                        VALUES (:kind, :key, 0, NULL)
                        ON DUPLICATE KEY UPDATE kind = kind""").param("kind", key.kind().name()).param("key", key.value()).update();
        return read(key);
    }

    /** Records one more wrong code for each key; the failure that reaches the limit locks it and restarts the count. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFailure(Collection<RedemptionLockKey> keys, Instant now) {
        for (RedemptionLockKey key : keys) {
            jdbc.sql("""
                            UPDATE redemption_lock
                            SET consecutive_failures = consecutive_failures + 1
                            WHERE kind = :kind AND lock_key = :key""")
                    .param("kind", key.kind().name())
                    .param("key", key.value())
                    .update();
            jdbc.sql("""
                            UPDATE redemption_lock
                            SET consecutive_failures = 0, locked_until = :until
                            WHERE kind = :kind AND lock_key = :key AND consecutive_failures >= :max""")
                    .param("until", Timestamp.from(now.plus(properties.lockout())))
                    .param("kind", key.kind().name())
                    .param("key", key.value())
                    .param("max", properties.maxFailures())
                    .update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reset(Collection<RedemptionLockKey> keys) {
        for (RedemptionLockKey key : keys) {
            jdbc.sql("""
                            UPDATE redemption_lock SET consecutive_failures = 0, locked_until = NULL
                            WHERE kind = :kind AND lock_key = :key""")
                    .param("kind", key.kind().name())
                    .param("key", key.value())
                    .update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public State read(RedemptionLockKey key) {
        // A locking read: the latest committed count, not the transaction's snapshot.
        return jdbc.sql("""
                        SELECT consecutive_failures, locked_until FROM redemption_lock
                        WHERE kind = :kind AND lock_key = :key FOR UPDATE""")
                .param("kind", key.kind().name())
                .param("key", key.value())
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp("locked_until");
                    return new State(rs.getInt("consecutive_failures"), until == null ? null : until.toInstant());
                })
                .single();
    }

    /** @param lockedUntil null when the key was never locked */
    public record State(int failures, @Nullable Instant lockedUntil) {

        public boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
