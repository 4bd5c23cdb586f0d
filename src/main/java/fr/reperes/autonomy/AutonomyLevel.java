package fr.reperes.autonomy;

/** Where the young person says they stand in a domain. */
public enum AutonomyLevel {
    CAN_DO,
    LEARNING,
    NEED_HELP
}
