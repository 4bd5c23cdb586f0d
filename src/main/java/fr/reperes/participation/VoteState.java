package fr.reperes.participation;

/** Where a vote stands, at the app clock's now. */
public enum VoteState {
    /** Its window has not opened yet. */
    UPCOMING,
    /** Members may cast. */
    OPEN,
    /** Its window is over: results are published. */
    CLOSED
}
