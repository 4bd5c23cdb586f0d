package fr.reperes.observatory.counting;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The counting statements, on the views the other modules publish. Each source's events list one row per indicator,
 * young person and month: {@code indicator, young_person_id, on_day} (the day the dimensions look at), {@code counted}
 * (0 or 1: in the numerator) and {@code cohort} (1 for a share's cohort, 0 for a plain count). Parameters: {@code :dep},
 * {@code :first} and {@code :last} (the days of the months counted), {@code :lo} and {@code :hi} (a wider range of
 * stored TIMESTAMPs, so that an index may serve before the exact day is computed).
 */
final class CountingSql {

    private CountingSql() {}

    /** As AutonomyIndicators.SEVENTEEN_AND_A_HALF. */
    static final String SEVENTEEN_AND_A_HALF = "DATE_ADD(DATE_ADD(birth_date, INTERVAL 17 YEAR), INTERVAL 6 MONTH)";
    /** As AutonomyIndicators.EIGHTEEN. */
    static final String EIGHTEEN = "DATE_ADD(birth_date, INTERVAL 18 YEAR)";

    /** The day, in the département's zone, of a stored TIMESTAMP column. */
    static String day(String column, long shift) {
        return shift == 0 ? "DATE(" + column + ")" : "DATE(DATE_ADD(" + column + ", INTERVAL " + shift + " SECOND))";
    }

    /** The département's wall time of a stored TIMESTAMP column. */
    static String wallTime(String column, long shift) {
        return shift == 0 ? column : "DATE_ADD(" + column + ", INTERVAL " + shift + " SECOND)";
    }

    /** A measure kind's rank as two characters, heaviest first ({@link MonthlyCounting#MEASURE_KINDS}). */
    static String rank(String kind) {
        return "(CASE " + kind + " "
                + IntStream.range(0, MonthlyCounting.MEASURE_KINDS.size())
                        .mapToObj(i -> "WHEN '" + MonthlyCounting.MEASURE_KINDS.get(i) + "' THEN '"
                                + String.format("%02d", i) + "'")
                        .collect(Collectors.joining(" "))
                + " ELSE '99' END)";
    }

    /** Age on the day, in the bands of {@link fr.reperes.observatory.Dimension#AGE_BANDS}, the nearest outside them. */
    static String ageBand(String birthDate, String onDay) {
        String age = "TIMESTAMPDIFF(YEAR, " + birthDate + ", " + onDay + ")";
        return "(CASE WHEN " + age + " <= 5 THEN '0-5' WHEN " + age + " <= 10 THEN '6-10' WHEN " + age
                + " <= 15 THEN '11-15' WHEN " + age + " <= 17 THEN '16-17' ELSE '18-21' END)";
    }

    /**
     * The events classified by every dimension and grouped by all of them: the heaviest measure in force on the day,
     * the lieu d'accueil kind of the heaviest placement in force that day, the age band that day, the territory.
     *
     * <p>Two plans, as measured on 10,000 young people (FrozenMonthsLargeBenchmarkTest): {@code byJoin}, the events
     * joined to their measures and grouped by person (the dossier's events: 1.3 s, where a subquery per event took
     * minutes); otherwise a subquery per event, which the young person's index serves, the events first
     * (STRAIGHT_JOIN) and each one's young person by its key (the content's events: 60 ms, where the join read every
     * measure of the base for each block of events, 2 s).
     */
    static String classified(String events, boolean byJoin) {
        String measures = byJoin ? """
                  FROM (SELECT e.indicator, e.young_person_id, e.on_day, e.counted, e.cohort,
                               MIN(CONCAT(%1$s, m.kind)) AS heaviest,
                               MIN(CASE WHEN m.placement_kind IS NOT NULL
                                        THEN CONCAT(%1$s, m.placement_kind) END) AS place
                        FROM (%2$s) e
                        LEFT JOIN dossier_placement_view m ON m.young_person_id = e.young_person_id
                             AND m.starts_on <= e.on_day AND (m.ends_on IS NULL OR m.ends_on >= e.on_day)
                        GROUP BY e.indicator, e.young_person_id, e.on_day, e.counted, e.cohort) c
                  """ : """
                  FROM (SELECT e.indicator, e.young_person_id, e.on_day, e.counted, e.cohort,
                               (SELECT MIN(CONCAT(%1$s, m.kind)) FROM dossier_placement_view m
                                WHERE m.young_person_id = e.young_person_id AND m.starts_on <= e.on_day
                                  AND (m.ends_on IS NULL OR m.ends_on >= e.on_day)) AS heaviest,
                               (SELECT MIN(CONCAT(%1$s, m.placement_kind)) FROM dossier_placement_view m
                                WHERE m.young_person_id = e.young_person_id AND m.starts_on <= e.on_day
                                  AND (m.ends_on IS NULL OR m.ends_on >= e.on_day)
                                  AND m.placement_kind IS NOT NULL) AS place
                        FROM (%2$s) e) c
                  """;
        return "SELECT " + (byJoin ? "" : "STRAIGHT_JOIN ")
                + """
                c.indicator, EXTRACT(YEAR_MONTH FROM c.on_day) AS ym, yp.territory_id,
                       %s AS age_band,
                       COALESCE(SUBSTRING(c.heaviest, 3), '%s') AS measure_kind,
                       COALESCE(SUBSTRING(c.place, 3), '%s') AS place_kind,
                       SUM(c.counted) AS counted, SUM(c.cohort) AS cohort
                """.formatted(
                        ageBand("yp.birth_date", "c.on_day"), MonthlyCounting.NO_MEASURE, MonthlyCounting.NOT_PLACED)
                + measures.formatted(rank("m.kind"), events)
                + """
                JOIN dossier_young_person_view yp ON yp.id = c.young_person_id
                WHERE yp.departement_id = :dep
                GROUP BY c.indicator, ym, yp.territory_id, age_band, measure_kind, place_kind""";
    }

    /**
     * PPE_COVERAGE and PPE_UP_TO_DATE at each month's end ({@code monthEnds}: a derived table of {@code on_day}s);
     * SYNTHESIS_NOTES_IN_TIME; the three REACTIONS_ kinds and REACTIONS_ANSWERED_IN_A_WEEK.
     */
    static String dossier(String monthEnds, long shift) {
        String published = day("cp.published_at", shift);
        return """
                SELECT CASE k.i WHEN 1 THEN 'PPE_COVERAGE' ELSE 'PPE_UP_TO_DATE' END AS indicator,
                       x.young_person_id, x.on_day,
                       CASE k.i WHEN 1 THEN x.last_ppe IS NOT NULL
                                ELSE x.last_ppe > DATE_SUB(x.on_day, INTERVAL
                                     (CASE WHEN TIMESTAMPDIFF(YEAR, x.birth_date, x.on_day) < 2 THEN 6 ELSE 12 END)
                                     MONTH) END AS counted,
                       1 AS cohort
                FROM (SELECT yp.id AS young_person_id, yp.birth_date, me.on_day,
                             (SELECT MAX(%1$s) FROM dossier_care_plan_publication_view cp
                              WHERE cp.young_person_id = yp.id AND %1$s <= me.on_day) AS last_ppe
                      FROM dossier_young_person_view yp
                      JOIN (%2$s) me
                      WHERE yp.departement_id = :dep
                        AND EXISTS (SELECT 1 FROM dossier_placement_view pm
                                    WHERE pm.young_person_id = yp.id AND pm.kind <> 'MJIE'
                                      AND pm.starts_on <= me.on_day
                                      AND (pm.ends_on IS NULL OR pm.ends_on >= me.on_day))) x
                JOIN (SELECT 1 AS i UNION ALL SELECT 2) k ON k.i = 1 OR x.last_ppe IS NOT NULL
                UNION ALL
                SELECT 'SYNTHESIS_NOTES_IN_TIME', mt.young_person_id, MIN(DATE(mt.starts_at)),
                       MIN(mt.notes_published_at IS NOT NULL
                           AND %3$s <= DATE_ADD(mt.starts_at, INTERVAL 8 DAY)), 1
                FROM dossier_meeting_notes_view mt
                JOIN dossier_young_person_view yp ON yp.id = mt.young_person_id
                WHERE yp.departement_id = :dep AND mt.kind = 'SYNTHESE'
                  AND mt.starts_at >= :first AND mt.starts_at < DATE_ADD(:last, INTERVAL 1 DAY)
                GROUP BY mt.young_person_id, EXTRACT(YEAR_MONTH FROM mt.starts_at)
                UNION ALL
                SELECT CONCAT('REACTIONS_', r.kind), r.young_person_id, MIN(%4$s), 1, 0
                FROM dossier_reaction_view r
                JOIN dossier_young_person_view yp ON yp.id = r.young_person_id
                WHERE yp.departement_id = :dep AND r.kind IN ('READ', 'DISAGREE', 'WANT_TO_TALK')
                  AND r.author_role IN ('JEUNE', 'PARENT')
                  AND r.created_at >= :lo AND r.created_at < :hi AND %4$s BETWEEN :first AND :last
                GROUP BY r.kind, r.young_person_id, EXTRACT(YEAR_MONTH FROM %4$s)
                UNION ALL
                SELECT 'REACTIONS_ANSWERED_IN_A_WEEK', r.young_person_id, MIN(%4$s),
                       MIN(r.answered_at IS NOT NULL AND r.answered_at <= DATE_ADD(r.created_at, INTERVAL 7 DAY)), 1
                FROM dossier_reaction_view r
                JOIN dossier_young_person_view yp ON yp.id = r.young_person_id
                WHERE yp.departement_id = :dep AND r.kind IN ('DISAGREE', 'WANT_TO_TALK')
                  AND r.author_role IN ('JEUNE', 'PARENT')
                  AND r.created_at >= :lo AND r.created_at < :hi AND %4$s BETWEEN :first AND :last
                GROUP BY r.young_person_id, EXTRACT(YEAR_MONTH FROM %4$s)""".formatted(
                        published, monthEnds, wallTime("mt.notes_published_at", shift), day("r.created_at", shift));
    }

    /** The figures of AutonomyIndicators, person by person, with the same definitions. */
    static String autonomy() {
        return """
                SELECT 'INTERVIEW_BEFORE_17_AND_HALF' AS indicator, c.id AS young_person_id, c.on_day,
                       (i.held_on IS NOT NULL AND i.held_on <= c.on_day) AS counted, 1 AS cohort
                FROM (SELECT id, %1$s AS on_day FROM dossier_young_person_view WHERE departement_id = :dep) c
                LEFT JOIN autonomy_interview_view i ON i.young_person_id = c.id
                WHERE c.on_day BETWEEN :first AND :last
                UNION ALL
                SELECT CASE k.i WHEN 1 THEN 'REQUEST_BEFORE_18' ELSE 'LEFT_AT_18_WITH_NOTHING' END, c.id, c.on_day,
                       CASE k.i WHEN 1 THEN r.first_submitted IS NOT NULL AND r.first_submitted < c.on_day
                                ELSE (r.first_submitted IS NULL OR r.first_submitted > c.on_day)
                                     AND (f.first_start IS NULL OR f.first_start > c.on_day) END, 1
                FROM (SELECT id, %2$s AS on_day FROM dossier_young_person_view WHERE departement_id = :dep) c
                LEFT JOIN (SELECT young_person_id, MIN(submitted_on) AS first_submitted
                           FROM autonomy_request_view
                           WHERE status <> 'DRAFT' AND submitted_on IS NOT NULL
                           GROUP BY young_person_id) r ON r.young_person_id = c.id
                LEFT JOIN (SELECT young_person_id, MIN(starts_on) AS first_start
                           FROM autonomy_contract_view
                           GROUP BY young_person_id) f ON f.young_person_id = c.id
                JOIN (SELECT 1 AS i UNION ALL SELECT 2) k
                WHERE c.on_day BETWEEN :first AND :last
                UNION ALL
                SELECT CONCAT('REQUESTS_', r.status), r.young_person_id, MIN(r.decided_on), 1, 0
                FROM autonomy_request_view r JOIN dossier_young_person_view yp ON yp.id = r.young_person_id
                WHERE yp.departement_id = :dep AND r.status IN ('GRANTED', 'REFUSED')
                  AND r.decided_on BETWEEN :first AND :last
                GROUP BY r.status, r.young_person_id, EXTRACT(YEAR_MONTH FROM r.decided_on)
                UNION ALL
                SELECT 'CONTRACTS_RENEWED', k.young_person_id, MIN(k.starts_on), 1, 0
                FROM autonomy_contract_view k JOIN dossier_young_person_view yp ON yp.id = k.young_person_id
                WHERE yp.departement_id = :dep AND k.renews_contract_id IS NOT NULL
                  AND k.starts_on BETWEEN :first AND :last
                GROUP BY k.young_person_id, EXTRACT(YEAR_MONTH FROM k.starts_on)""".formatted(SEVENTEEN_AND_A_HALF, EIGHTEEN);
    }

    /** SURVEY_PARTICIPATION and the three PROPOSALS_ counts. */
    static String participation(long shift) {
        return """
                SELECT 'SURVEY_PARTICIPATION' AS indicator, a.young_person_id, MIN(a.closes_on) AS on_day,
                       MIN(a.answered) AS counted, 1 AS cohort
                FROM participation_survey_young_audience_view a
                WHERE a.departement_id = :dep AND a.closes_on BETWEEN :first AND :last
                GROUP BY a.young_person_id, EXTRACT(YEAR_MONTH FROM a.closes_on)
                UNION ALL
                SELECT 'PROPOSALS_MADE', p.young_person_id, MIN(%1$s), 1, 0
                FROM participation_proposal_view p
                WHERE p.departement_id = :dep AND p.published_at >= :lo AND p.published_at < :hi
                  AND %1$s BETWEEN :first AND :last
                GROUP BY p.young_person_id, EXTRACT(YEAR_MONTH FROM %1$s)
                UNION ALL
                SELECT 'PROPOSALS_ADOPTED', p.young_person_id, MIN(%2$s), 1, 0
                FROM participation_proposal_view p
                WHERE p.departement_id = :dep AND p.status = 'ADOPTED' AND p.decided_at >= :lo AND p.decided_at < :hi
                  AND %2$s BETWEEN :first AND :last
                GROUP BY p.young_person_id, EXTRACT(YEAR_MONTH FROM %2$s)
                UNION ALL
                SELECT 'PROPOSALS_ANSWERED', p.young_person_id, MIN(a.first_answer), 1, 0
                FROM participation_proposal_view p
                JOIN (SELECT proposal_id, MIN(answered_on) AS first_answer
                      FROM participation_proposal_answer_view GROUP BY proposal_id) a ON a.proposal_id = p.id
                WHERE p.departement_id = :dep AND a.first_answer BETWEEN :first AND :last
                GROUP BY p.young_person_id, EXTRACT(YEAR_MONTH FROM a.first_answer)""".formatted(day("p.published_at", shift), day("p.decided_at", shift));
    }

    /** LIVRET_ACKNOWLEDGED_IN_A_MONTH. */
    static String content(long shift) {
        return """
                SELECT 'LIVRET_ACKNOWLEDGED_IN_A_MONTH' AS indicator, ms.young_person_id, MIN(ms.starts_on) AS on_day,
                       MIN(EXISTS (SELECT 1 FROM content_livret_acknowledgement_view a
                                   WHERE a.measure_id = ms.id
                                     AND %s <= DATE_ADD(ms.starts_on, INTERVAL 30 DAY))) AS counted,
                       1 AS cohort
                FROM dossier_measure_start_view ms
                JOIN dossier_young_person_view yp ON yp.id = ms.young_person_id
                WHERE yp.departement_id = :dep AND ms.starts_on BETWEEN :first AND :last
                GROUP BY ms.young_person_id, EXTRACT(YEAR_MONTH FROM ms.starts_on)""".formatted(day("a.acknowledged_at", shift));
    }
}
