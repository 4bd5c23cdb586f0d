package fr.reperes.access;

/** What a viewer asks to see or do in a council (conseil des jeunes, conseil des parents), each decided on its own. */
public enum CouncilInformation {
    /** That the council exists, what it is for, and how to ask to join: all a non-member may learn of it. */
    HOW_TO_JOIN,
    /**
     * The council as its members live it: balance, members by first name, sessions and minutes, proposals and the
     * debate, the département's answers, and results once a vote is closed.
     */
    COUNCIL,
    /** Casting a ballot, writing a proposal or a comment, supporting, reporting: a member's own acts. */
    TAKING_PART,
    /** Running it: membership and mandates, sessions, moderation and redaction, votes, the département's answers. */
    MANAGEMENT,
    /** The council's activity as counted for the observatory (no names, no ballots). */
    AGGREGATES
}
