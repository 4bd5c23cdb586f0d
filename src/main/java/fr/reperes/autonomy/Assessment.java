package fr.reperes.autonomy;

/** The young person's own answer for one domain of the grid. */
public record Assessment(AutonomyDomain domain, AutonomyLevel level, String comment) {
}
