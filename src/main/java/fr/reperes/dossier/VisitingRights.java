package fr.reperes.dossier;

/** The parents' droit de visite set by the judge. */
public enum VisitingRights {
    FREE,
    ACCOMPANIED,
    MEDIATED
}
