package fr.reperes.access;

/** How the viewer stands to the young person whose information is asked for. */
public enum Relationship {
    /** The young person themself. */
    SELF,
    /** One of their parents or guardians (see {@link ParentalAuthority}). */
    PARENT,
    /** The professional assigned to them as référent. */
    ASSIGNED_REFERENT,
    /** The head of the référent's service. */
    SERVICE_HEAD,
    /** Nothing that gives access. */
    NONE
}
