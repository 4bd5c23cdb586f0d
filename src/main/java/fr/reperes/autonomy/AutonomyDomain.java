package fr.reperes.autonomy;

import fr.reperes.access.ContentDomain;

/** The domains of the autonomy grid; they tag answers, steps and the projet's goals and steps. */
public enum AutonomyDomain implements ContentDomain {
    HOUSING,
    MONEY,
    HEALTH,
    TRAINING_WORK,
    PAPERS,
    MOBILITY,
    DAILY_LIFE;

    @Override
    public boolean health() {
        return this == HEALTH;
    }
}
