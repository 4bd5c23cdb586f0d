package fr.reperes.autonomy;

public enum AutonomyDomain {
    HOUSING, MONEY, HEALTH, TRAINING_WORK, PAPERS, MOBILITY, DAILY_LIFE
}
