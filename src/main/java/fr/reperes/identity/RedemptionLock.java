package fr.reperes.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Counts the wrong invitation codes an identity typed in a row, and locks it out after too many. */
@Entity
@Table(name = "redemption_lock")
class RedemptionLock {

    @Id
    private String subject;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected RedemptionLock() {
    }

    RedemptionLock(String subject) {
        this.subject = subject;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Records one more wrong code; the failure that reaches the limit locks the identity and restarts the count. */
    void recordFailure(Instant now, int maxFailures, Duration lockout) {
        consecutiveFailures++;
        if (consecutiveFailures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            consecutiveFailures = 0;
        }
    }

    void reset() {
        consecutiveFailures = 0;
        lockedUntil = null;
    }
}
