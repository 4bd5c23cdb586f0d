package fr.reperes.identity;

import java.time.Instant;

/** The outcome of typing an invitation code. */
public sealed interface Redemption {

    record Linked(Viewer viewer) implements Redemption {}

    /**
     * The code is unknown, already used, revoked, expired, empty or not shaped like a code; {@code attemptsLeft} before the identity, the address or
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
        /** Not the shape of a code (length or characters, after normalization); not counted as a wrong code. */
        MALFORMED,
        ALREADY_HAS_ACCOUNT
    }
}
