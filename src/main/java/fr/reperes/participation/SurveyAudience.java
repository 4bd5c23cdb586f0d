package fr.reperes.participation;

/**
 * Whom a survey asks, as SQL predicates over a survey row {@code s} and a person row, so that one rule serves the
 * viewer's own question ("is this survey for me?"), the respondent's list of surveys and the participation rate's
 * denominator (every person asked), all set-based. Each predicate needs the parameter {@code :today}.
 * <p>
 * A person is asked when the survey's latest published version has a variant for their band (their age today, or
 * PARENTS) and every audience dimension matches ({@link AudienceDimension}). A parent is matched on a child's measure,
 * lieu d'accueil and territory only through a child they may know about: a minor, or an adult who granted them their
 * file; and on the lieu d'accueil only when no anonymity order hides where that child lives.
 */
public final class SurveyAudience {

    private SurveyAudience() {}

    /** True when survey {@code s} asks the young person whose dossier_young_person_view row is {@code yp}. */
    public static String asksYoungPerson(String s, String yp) {
        return variantFor(s, SurveyBand.sqlOf(yp + ".birth_date"))
                + " AND " + dimension(s, AudienceDimension.TERRITORY, yp + ".territory_id")
                + " AND " + measure(s, AudienceDimension.MEASURE_KIND, "kind", yp + ".id")
                + " AND " + measure(s, AudienceDimension.PLACEMENT_KIND, "placement_kind", yp + ".id")
                + " AND " + council(s, "young_person_id", yp + ".id");
    }

    /** True when survey {@code s} asks the parent whose id is the SQL expression {@code parentId}. */
    public static String asksParent(String s, String parentId) {
        return variantFor(s, "'" + SurveyBand.PARENTS.name() + "'")
                + " AND " + council(s, "parent_id", parentId)
                + " AND (NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = " + s + ".id"
                + " AND a.dimension IN ('MEASURE_KIND', 'PLACEMENT_KIND', 'TERRITORY'))"
                + " OR EXISTS (SELECT 1 FROM dossier_parent_link_view pl"
                + " JOIN dossier_young_person_view c ON c.id = pl.young_person_id"
                + " WHERE pl.parent_id = " + parentId
                + " AND (TIMESTAMPDIFF(YEAR, c.birth_date, :today) < 18 OR pl.granted_by_young_adult)"
                + " AND " + dimension(s, AudienceDimension.TERRITORY, "c.territory_id")
                + " AND " + measure(s, AudienceDimension.MEASURE_KIND, "kind", "c.id")
                + " AND (pl.placement_anonymity_ordered = FALSE OR " + absent(s, AudienceDimension.PLACEMENT_KIND)
                + ") AND " + measure(s, AudienceDimension.PLACEMENT_KIND, "placement_kind", "c.id") + "))";
    }

    /** The latest published version of survey {@code s} has a variant for the band named by {@code band}. */
    private static String variantFor(String s, String band) {
        return "EXISTS (SELECT 1 FROM survey_variant v WHERE v.band = " + band
                + " AND v.version_id = (SELECT MAX(sv.id) FROM survey_version sv WHERE sv.survey_id = " + s
                + ".id AND sv.published_at IS NOT NULL))";
    }

    private static String absent(String s, AudienceDimension dimension) {
        return "NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = " + s + ".id AND a.dimension = '"
                + dimension.name() + "')";
    }

    /**
     * Ids are compared with the value as numbers: a CAST to CHAR takes the connection's collation, which MariaDB
     * refuses to compare with the column's ("illegal mix of collations").
     */
    private static String dimension(String s, AudienceDimension dimension, String value) {
        return "(" + absent(s, dimension) + " OR EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = " + s
                + ".id AND a.dimension = '" + dimension.name() + "' AND a.value = " + value + "))";
    }

    private static String measure(String s, AudienceDimension dimension, String column, String youngPersonId) {
        return "(" + absent(s, dimension) + " OR EXISTS (SELECT 1 FROM survey_audience a"
                + " JOIN dossier_placement_view m ON m." + column + " = a.value"
                + " WHERE a.survey_id = " + s + ".id AND a.dimension = '" + dimension.name() + "'"
                + " AND m.young_person_id = " + youngPersonId
                + " AND m.starts_on <= :today AND (m.ends_on IS NULL OR m.ends_on >= :today)))";
    }

    private static String council(String s, String personColumn, String personId) {
        return "(" + absent(s, AudienceDimension.COUNCIL) + " OR EXISTS (SELECT 1 FROM survey_audience a"
                + " JOIN council_mandate cm ON cm.council_id = a.value"
                + " WHERE a.survey_id = " + s + ".id AND a.dimension = 'COUNCIL'"
                + " AND cm." + personColumn + " = " + personId
                + " AND cm.starts_on <= :today AND :today <= cm.ends_on"
                + " AND (cm.resigned_on IS NULL OR cm.resigned_on > :today)))";
    }
}
