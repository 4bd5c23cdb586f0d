package fr.reperes.dossier;

/** The domains of the PPE (décret 2016-1283), in the order the family reads them. */
public enum CarePlanDomain {
    HEALTH, DEVELOPMENT, SCHOOLING, SOCIAL_LIFE, FAMILY
}
