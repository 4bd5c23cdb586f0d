package fr.reperes.participation;

/** One answer on one proposal of a ballot. */
public enum BallotChoice {
    FOR,
    AGAINST,
    ABSTAIN,
    /** Approval votes: the member approves this proposal. */
    APPROVED
}
