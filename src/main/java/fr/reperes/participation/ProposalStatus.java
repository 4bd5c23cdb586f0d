package fr.reperes.participation;

/** Where a proposal stands, from its author's draft to the council's decision. Hidden is moderation, not a status. */
public enum ProposalStatus {
    /** Its author is still writing it; nobody else sees it. */
    DRAFT,
    /** The council's members read, comment and support it. */
    PUBLISHED,
    /** A vote on it is open or scheduled. */
    IN_VOTE,
    /** The council adopted it: the département owes it an answer. */
    ADOPTED,
    /** The council's vote did not adopt it. */
    REJECTED
}
