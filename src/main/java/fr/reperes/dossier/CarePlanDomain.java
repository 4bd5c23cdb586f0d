package fr.reperes.dossier;

import fr.reperes.access.ContentDomain;

/** The domains of the PPE (décret 2016-1283), in the order the family reads them. */
public enum CarePlanDomain implements ContentDomain {
    HEALTH,
    DEVELOPMENT,
    SCHOOLING,
    SOCIAL_LIFE,
    FAMILY;

    @Override
    public boolean health() {
        return this == HEALTH;
    }
}
