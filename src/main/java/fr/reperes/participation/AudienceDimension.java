package fr.reperes.participation;

/**
 * What, besides the age bands, decides whom a survey asks. Within a dimension any listed value matches; across
 * dimensions all must; a dimension with no value asks everyone.
 */
public enum AudienceDimension {
    /** A current measure of this kind ({@link fr.reperes.dossier.MeasureKind}); for a parent, a child's. */
    MEASURE_KIND,
    /**
     * A current lieu d'accueil of this kind ({@link fr.reperes.dossier.PlacementKind}); for a parent, only through a
     * child whose place no anonymity order hides, since being asked would tell them the kind of place.
     */
    PLACEMENT_KIND,
    /** The young person's territory; for a parent, a child's. */
    TERRITORY,
    /** A mandate active today in this council (the value is the council's id). */
    COUNCIL
}
