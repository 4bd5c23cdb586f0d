package fr.reperes.identity;

import java.time.Instant;

/** The outcome of typing an invitation code. */
public sealed interface Redemption {

    record Linked(Viewer viewer) implements Redemption {}

    /**
     * The code is unknown, already used, revoked or expired; {@code attemptsLeft} before the identity, the address or
     * the code's account is locked, whichever comes first.
     */
    record Refused(Reason reason, int attemptsLeft) implements Redemption {}

    record Locked(Instant until) implements Redemption {}

    enum Reason {
        UNKNOWN,
        USED,
        EXPIRED,
        /** A newer code was issued for the same account, or the account was linked to someone meanwhile. */
        REVOKED,
        EMPTY,
        ALREADY_HAS_ACCOUNT
    }
}
