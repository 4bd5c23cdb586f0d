package fr.reperes.access;

/** The state of a parent's autorité parentale over a child. */
public enum ParentalAuthority {
    /** Holds it (the usual case, placement included). */
    HOLDS,
    /** Withdrawn by a judge. */
    WITHDRAWN,
    /** Delegated by a judge (délégation d'autorité parentale) to someone else. */
    DELEGATED
}
