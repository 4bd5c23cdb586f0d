package fr.reperes.participation;

/**
 * Whom a survey asks, as SQL predicates over a survey row {@code s} and a person row, so that one rule serves the
 * viewer's own question ("is this survey for me?"), the respondent's list of surveys and the participation rate's
 * denominator (every person asked), all set-based. Each predicate needs the parameter {@code :today}.
 * <p>
 * A person is asked when the survey's latest published version has a variant for their band (their age today, or
 * PARENTS) and every audience dimension matches ({@link AudienceDimension}). A parent is matched on a child's measure,
 * lieu d'accueil and territory only through a child whose file they may read: a minor over whom they hold parental
 * authority (not withdrawn, not delegated), or an adult who granted them their file; and on the lieu d'accueil or the
 * territory only when no anonymity order hides where that child lives (being asked would tell them).
 */
public final class SurveyAudience {

    private SurveyAudience() {}

    /** True when survey {@code s} asks the young person whose dossier_young_person_view row is {@code yp}. */
    public static String asksYoungPerson(String s, String yp) {
        return variantFor(s, SurveyBand.sqlOf(yp + ".birth_date"))
                + " AND " + territory(s, yp + ".territory_id")
                + " AND " + measure(s, AudienceDimension.MEASURE_KIND, "kind", yp + ".id")
                + " AND " + measure(s, AudienceDimension.PLACEMENT_KIND, "placement_kind", yp + ".id")
                + " AND " + council(s, "young_person_id", yp + ".id");
    }

    /**
     * True when survey {@code s} asks the parent whose id is the SQL expression {@code parentId}. The inner rows have
     * names of their own ({@code audience_link}, {@code audience_child}): a caller's {@code pl.parent_id} must never be
     * taken for the inner link's own column (it was, and counted every parent of the département, slowly).
     */
    public static String asksParent(String s, String parentId) {
        return variantFor(s, "'" + SurveyBand.PARENTS.name() + "'")
                + " AND " + council(s, "parent_id", parentId)
                + " AND (NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = " + s + ".id"
                + " AND a.dimension IN ('MEASURE_KIND', 'PLACEMENT_KIND', 'TERRITORY'))"
                + " OR EXISTS (SELECT 1 FROM dossier_parent_link_view audience_link"
                + " JOIN dossier_young_person_view audience_child ON audience_child.id = audience_link.young_person_id"
                + " WHERE audience_link.parent_id = " + parentId
                + " AND (TIMESTAMPDIFF(YEAR, audience_child.birth_date, :today) < 18"
                + " AND audience_link.authority = 'HOLDS'"
                + " OR TIMESTAMPDIFF(YEAR, audience_child.birth_date, :today) >= 18"
                + " AND audience_link.granted_by_young_adult)"
                + " AND " + territory(s, "audience_child.territory_id")
                + " AND " + measure(s, AudienceDimension.MEASURE_KIND, "kind", "audience_child.id")
                + " AND (audience_link.placement_anonymity_ordered = FALSE OR "
                + absent(s, AudienceDimension.PLACEMENT_KIND)
                + " AND " + absent(s, AudienceDimension.TERRITORY)
                + ") AND " + measure(s, AudienceDimension.PLACEMENT_KIND, "placement_kind", "audience_child.id")
                + "))";
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
     * Territory values are ids: compared as numbers, since a CAST to CHAR takes the connection's collation, which
     * MariaDB refuses to compare with the column's ("Illegal mix of collations").
     */
    private static String territory(String s, String territoryId) {
        AudienceDimension dimension = AudienceDimension.TERRITORY;
        return "(" + absent(s, dimension) + " OR EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = " + s
                + ".id AND a.dimension = '" + dimension.name() + "' AND CAST(a.value AS UNSIGNED) = " + territoryId
                + "))";
    }

    /**
     * A current measure of the young person matches one of the dimension's values. Written from the person's measures
     * (found by the young person's index) to the survey's values, not the other way round: joined from the audience,
     * MariaDB materialised every current measure of the département again for each parent (about 1 ms a parent).
     */
    private static String measure(String s, AudienceDimension dimension, String column, String youngPersonId) {
        return "(" + absent(s, dimension) + " OR EXISTS (SELECT 1 FROM dossier_placement_view m"
                + " WHERE m.young_person_id = " + youngPersonId
                + " AND m.starts_on <= :today AND (m.ends_on IS NULL OR m.ends_on >= :today)"
                + " AND m." + column + " IN (SELECT a.value FROM survey_audience a"
                + " WHERE a.survey_id = " + s + ".id AND a.dimension = '" + dimension.name() + "')))";
    }

    private static String council(String s, String personColumn, String personId) {
        return "(" + absent(s, AudienceDimension.COUNCIL) + " OR EXISTS (SELECT 1 FROM survey_audience a"
                + " JOIN council_mandate cm ON cm.council_id = CAST(a.value AS UNSIGNED)"
                + " WHERE a.survey_id = " + s + ".id AND a.dimension = 'COUNCIL'"
                + " AND cm." + personColumn + " = " + personId
                + " AND cm.starts_on <= :today AND :today <= cm.ends_on"
                + " AND (cm.resigned_on IS NULL OR cm.resigned_on > :today)))";
    }
}
