package fr.reperes.identity;

import java.time.Instant;

/** The outcome of typing an invitation code. */
public sealed interface Redemption {

    record Linked(Viewer viewer) implements Redemption {
    }

    /** The code is unknown, already used or expired; {@code attemptsLeft} before the identity is locked. */
    record Refused(Reason reason, int attemptsLeft) implements Redemption {
    }

    record Locked(Instant until) implements Redemption {
    }

    enum Reason {
        UNKNOWN, USED, EXPIRED, EMPTY, ALREADY_HAS_ACCOUNT
    }
}
