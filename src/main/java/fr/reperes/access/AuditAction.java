package fr.reperes.access;

/** What was done with the information. */
public enum AuditAction {
    /** Opened a page or a document showing it. */
    READ,
    /** Saw the young person's name in a list (a caseload, a search). */
    LISTED,
    /** Issued a code that, once used, replaces the sign-in identity of the young person's or a parent's account. */
    ACCESS_REPLACED,
    /** Tried to read it and was refused; the entry's access reason says why. */
    REFUSED
}
