package fr.reperes.participation;

/** The département's answer to a proposal its council adopted. */
public enum AnswerStatus {
    /** The département will do it; progress updates follow. */
    ACCEPTED,
    /** The département is looking into it; a date says when it will decide. */
    UNDER_STUDY,
    /** The département will not do it, and says why. */
    REFUSED
}
