package fr.reperes.access;

/** Kinds of information about a young person, each decided on its own. */
public enum InformationKind {
    IDENTITY,
    PLACEMENT_LOCATION,
    MEASURES,
    CARE_PLAN,
    MEETINGS_AND_NOTES,
    DOCUMENTS,
    HEALTH,
    /** The autonomy pathway from 16: grid, steps, entretien des 17 ans, contrat jeune majeur. */
    AUTONOMY,
    /**
     * Text the young person writes for their référent: entretien wishes and questions, a request for a contrat jeune
     * majeur (and its documents), comments on the grid. A parent reads it only when the young person shared it.
     */
    YOUNG_PERSONS_OWN_WORDS,
    /**
     * Whether the young person sits on a council and their mandate: their référent sees it, a parent never does; a
     * ballot is nobody's to see (it is not stored against anyone).
     */
    COUNCIL_MEMBERSHIP
}
