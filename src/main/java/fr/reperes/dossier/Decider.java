package fr.reperes.dossier;

/** Who decided a measure. */
public enum Decider {
    PRESIDENT_DEPARTEMENT,
    JUGE_DES_ENFANTS,
    TRIBUNAL
}
