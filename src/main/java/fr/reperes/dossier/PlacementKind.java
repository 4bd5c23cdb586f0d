package fr.reperes.dossier;

/** Kinds of lieu d'accueil. */
public enum PlacementKind {
    FAMILLE_ACCUEIL,
    MECS,
    FOYER_ENFANCE,
    LIEU_DE_VIE,
    VILLAGE_ENFANTS,
    PLACEMENT_DOMICILE,
    SEMI_AUTONOMIE,
    FJT,
    TIERS_DIGNE_DE_CONFIANCE
}
