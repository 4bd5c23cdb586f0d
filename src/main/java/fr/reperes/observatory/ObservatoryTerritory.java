package fr.reperes.observatory;

/** A territory of the département, as the observatory's filters and tables name it. */
public record ObservatoryTerritory(long id, String name) {}
