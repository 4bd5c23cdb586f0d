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
    AUTONOMY
}
