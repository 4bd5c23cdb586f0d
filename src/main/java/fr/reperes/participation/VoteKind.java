package fr.reperes.participation;

/** How members answer a council vote. */
public enum VoteKind {
    /** For, against or abstain, on each proposal of the vote. */
    FOR_AGAINST_ABSTAIN,
    /** Approve some of the vote's proposals, at most the vote's limit (none is a blank ballot). */
    APPROVAL
}
