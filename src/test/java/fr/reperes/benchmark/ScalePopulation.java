package fr.reperes.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A national-scale population in a département of its own ({@link #CODE}), generated set-based on the server
 * (INSERT ... SELECT over MariaDB's sequence engine, no row through the JVM) so that 400,000 young people take minutes:
 * every row the observatory's views read (V15, V28), with a realistic spread and every indicator fed.
 *
 * <ul>
 *   <li>12 territories of unequal size; ages 0 to 21, more teenagers than toddlers.</li>
 *   <li>Measures of every kind and lieu d'accueil kind: a current (or, for a young adult, childhood) measure for
 *       everyone, an earlier help at home for 40 %, a contrat jeune majeur for half the young adults.</li>
 *   <li>PPE versions (1 to 3) for 85 % of those under a measure other than an MJIE; synthèse meetings every six months
 *       with notes published late or never for some; reactions of the family to 35 % of the notes, answered or not.</li>
 *   <li>Autonomy pathway from 17: interviews (before 17½ or not), requests (before 18 or not; granted, refused,
 *       pending), contracts and their renewals.</li>
 *   <li>24 closed surveys (one a month, half for two territories only) answered by 22 % of those 8 and over; a
 *       conseil des jeunes per territory with 80 mandates over two terms, proposals, votes' outcomes and the
 *       département's answers; the welcome livret offered for every measure started since three years, acknowledged
 *       by 60 %.</li>
 * </ul>
 *
 * <p>Deterministic: every choice is a CRC32 of the row's id and a salt. Dates relative to {@code today}.
 */
final class ScalePopulation {

    static final String CODE = "SCALE";
    static final String SUBJECT = "odpe-scale";
    static final int TERRITORIES = 12;

    private ScalePopulation() {}

    /** What was generated: the département, row counts per table and the time of each step (ms). */
    record Generated(long departementId, Map<String, Long> rows, Map<String, Long> stepMillis, long totalMillis) {}

    static Generated generate(DataSource dataSource, int youngPeople, LocalDate today) throws SQLException {
        String t = "DATE '" + today + "'";
        Map<String, Long> steps = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("SET SESSION unique_checks = 0");
            step(
                    steps,
                    "département, territories, observatory account",
                    sql,
                    List.of("""
                    INSERT INTO departement (code, name) VALUES ('SCALE', 'Banc d''essai national')""", """
                    SET @dep = LAST_INSERT_ID()""", """
                    INSERT INTO territory (departement_id, name)
                    SELECT @dep, CONCAT('Territoire ', LPAD(seq, 2, '0')) FROM seq_1_to_%d""".formatted(TERRITORIES), """
                    INSERT INTO account (departement_id, role, display_name)
                    VALUES (@dep, 'OBSERVATOIRE', 'Observatoire (banc d''essai)')""", """
                    SET @acc = LAST_INSERT_ID()""", """
                    INSERT INTO account_identity (subject, account_id) VALUES ('%s', @acc)""".formatted(SUBJECT), """
                    INSERT INTO content_book (departement_id, code, kind, position)
                    VALUES (@dep, 'WELCOME_PLACEMENT', 'WELCOME', 1)""", """
                    SET @book = LAST_INSERT_ID()"""));
            // Territory k of 12 takes a share falling with k; ages skewed to the older (sqrt of a uniform).
            step(steps, "young people", sql, List.of("""
                    INSERT INTO young_person (departement_id, territory_id, first_name, last_name, birth_date)
                    SELECT @dep, t.id, 'Jeune', CONCAT('Banc ', s.seq),
                           DATE_SUB(%1$s, INTERVAL FLOOR(7950 * SQRT((CRC32(CONCAT('b', s.seq)) %% 10000) / 10000)) DAY)
                    FROM seq_1_to_%2$d s
                    JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM territory
                          WHERE departement_id = @dep) t
                      ON t.k = FLOOR(%3$d * POW((CRC32(CONCAT('t', s.seq)) %% 10000) / 10000, 1.5))""".formatted(t, youngPeople, TERRITORIES)));
            // The childhood measure (A) of everyone: kind, start, end (at 18 for a young adult), lieu d'accueil.
            String people = """
                    (SELECT y.id, y.birth_date, DATE_ADD(y.birth_date, INTERVAL 18 YEAR) AS eighteen,
                            DATE_ADD(y.birth_date, INTERVAL 18 YEAR) <= %1$s AS adult,
                            CRC32(CONCAT('k', y.id)) %% 100 AS u
                     FROM young_person y WHERE y.departement_id = @dep)""".formatted(t);
            String measureA = """
                    (SELECT p.id, p.birth_date, p.eighteen, p.adult,
                            CASE WHEN p.u < 3 THEN 'OPP' WHEN p.u < 33 THEN 'PLACEMENT_JUDICIAIRE'
                                 WHEN p.u < 38 THEN 'TDC' WHEN p.u < 50 THEN 'ACCUEIL_PROVISOIRE'
                                 WHEN p.u < 52 THEN 'DAP' WHEN p.u < 60 THEN 'AEMO_RENFORCEE'
                                 WHEN p.u < 80 THEN 'AEMO' WHEN p.u < 92 THEN 'AED' WHEN p.u < 97 THEN 'MJIE'
                                 ELSE 'AED' END AS kind,
                            CASE WHEN p.adult
                                 THEN LEAST(GREATEST(p.birth_date, DATE_SUB(%1$s, INTERVAL CRC32(CONCAT('s', p.id)) %% 1800 DAY)),
                                            DATE_SUB(p.eighteen, INTERVAL 200 + CRC32(CONCAT('a', p.id)) %% 600 DAY))
                                 ELSE GREATEST(p.birth_date, DATE_SUB(%1$s, INTERVAL CRC32(CONCAT('s', p.id)) %% 1800 DAY))
                            END AS starts_on,
                            CRC32(CONCAT('e', p.id)) %% 100 AS ue, CRC32(CONCAT('f', p.id)) %% 900 AS uf,
                            CRC32(CONCAT('p', p.id)) %% 100 AS up
                     FROM %2$s p)""".formatted(t, people);
            step(steps, "measures", sql, List.of("""
                    INSERT INTO measure (young_person_id, kind, decided_by, decided_on, starts_on, ends_on, placement_kind)
                    SELECT a.id, a.kind,
                           IF(a.kind IN ('ACCUEIL_PROVISOIRE', 'AED'), 'PRESIDENT_DEPARTEMENT', 'JUGE_DES_ENFANTS'),
                           a.starts_on, a.starts_on,
                           CASE WHEN a.adult THEN LEAST(DATE_SUB(a.eighteen, INTERVAL 1 DAY),
                                                        IF(a.ue < 60, DATE_SUB(a.eighteen, INTERVAL 1 DAY),
                                                           DATE_ADD(a.starts_on, INTERVAL 180 + a.uf DAY)))
                                WHEN a.ue < 60 THEN NULL
                                ELSE DATE_ADD(a.starts_on, INTERVAL 180 + a.uf DAY) END,
                           CASE WHEN a.kind = 'TDC' THEN 'TIERS_DIGNE_DE_CONFIANCE'
                                WHEN a.kind NOT IN ('OPP', 'PLACEMENT_JUDICIAIRE', 'ACCUEIL_PROVISOIRE', 'DAP') THEN NULL
                                WHEN a.up < 45 THEN 'FAMILLE_ACCUEIL' WHEN a.up < 70 THEN 'MECS'
                                WHEN a.up < 80 THEN 'FOYER_ENFANCE' WHEN a.up < 85 THEN 'LIEU_DE_VIE'
                                WHEN a.up < 88 THEN 'VILLAGE_ENFANTS' WHEN a.up < 93 THEN 'PLACEMENT_DOMICILE'
                                WHEN a.up < 97 THEN 'SEMI_AUTONOMIE' ELSE 'FJT' END
                    FROM %s a""".formatted(measureA), """
                    INSERT INTO measure (young_person_id, kind, decided_by, decided_on, starts_on, ends_on)
                    SELECT m.young_person_id,
                           ELT(1 + CRC32(CONCAT('bk', m.id)) % 3, 'AED', 'AEMO', 'MJIE'), 'JUGE_DES_ENFANTS',
                           DATE_SUB(m.starts_on, INTERVAL 200 + CRC32(CONCAT('bs', m.id)) % 700 DAY),
                           DATE_SUB(m.starts_on, INTERVAL 200 + CRC32(CONCAT('bs', m.id)) % 700 DAY),
                           DATE_SUB(m.starts_on, INTERVAL 1 DAY)
                    FROM measure m JOIN young_person y ON y.id = m.young_person_id
                    WHERE y.departement_id = @dep AND CRC32(CONCAT('b2', m.id)) % 100 < 40
                      AND DATE_SUB(m.starts_on, INTERVAL 200 + CRC32(CONCAT('bs', m.id)) % 700 DAY) > y.birth_date""", """
                    INSERT INTO measure (young_person_id, kind, decided_by, decided_on, starts_on, ends_on, placement_kind)
                    SELECT p.id, 'ACCOMPAGNEMENT_JEUNE_MAJEUR', 'PRESIDENT_DEPARTEMENT', p.eighteen, p.eighteen,
                           IF(DATE_ADD(p.eighteen, INTERVAL 1 YEAR) < %2$s, DATE_ADD(p.eighteen, INTERVAL 1 YEAR), NULL),
                           ELT(1 + CRC32(CONCAT('jp', p.id)) %% 4, 'SEMI_AUTONOMIE', 'FJT', NULL, NULL)
                    FROM %1$s p WHERE p.adult AND CRC32(CONCAT('j', p.id)) %% 100 < 55""".formatted(people, t)));
            step(steps, "PPE versions", sql, List.of("""
                    INSERT INTO care_plan_version (young_person_id, status, version_number, next_review_on,
                                                   author_account_id, author_name, created_at, published_at)
                    SELECT x.young_person_id, 'PUBLISHED' AS status, x.seq,
                           DATE(DATE_ADD(x.published_at, INTERVAL 1 YEAR)) AS next_review_on, @acc AS author,
                           'Référente' AS author_name, x.published_at AS created_at, x.published_at
                    FROM (SELECT m.young_person_id,
                                 -- the earlier measure's versions 1-3, the later one's from 4
                                 v.seq + 3 * (m.starts_on > (SELECT MIN(m2.starts_on) FROM measure m2
                                                             WHERE m2.young_person_id = m.young_person_id
                                                               AND m2.kind NOT IN ('MJIE', 'ACCOMPAGNEMENT_JEUNE_MAJEUR')))
                                     AS seq,
                                 TIMESTAMP(DATE_ADD(m.starts_on, INTERVAL 45 + (v.seq - 1)
                                                    * (250 + CRC32(CONCAT('g', m.young_person_id)) %% 200) DAY),
                                           '10:00:00') AS published_at
                          FROM measure m JOIN young_person y ON y.id = m.young_person_id
                          JOIN (SELECT 1 AS seq UNION ALL SELECT 2 UNION ALL SELECT 3) v ON v.seq <= 1 + CRC32(CONCAT('n', m.young_person_id)) %% 3
                          WHERE y.departement_id = @dep AND m.kind NOT IN ('MJIE', 'ACCOMPAGNEMENT_JEUNE_MAJEUR')
                            AND (m.ends_on IS NULL OR m.ends_on > DATE_ADD(m.starts_on, INTERVAL 60 DAY))
                            AND CRC32(CONCAT('c', m.id)) %% 100 < 85) x
                    WHERE x.published_at < %s""".formatted(t)));
            step(steps, "synthèse meetings", sql, List.of("""
                    INSERT INTO meeting (young_person_id, kind, starts_at, place, notes, notes_published_at,
                                         notes_author_name, created_by_account_id)
                    SELECT x.young_person_id, 'SYNTHESE', x.starts_at, 'Maison départementale des solidarités',
                           IF(x.notes_at IS NULL, NULL, 'Compte rendu'), x.notes_at,
                           IF(x.notes_at IS NULL, NULL, 'Référente'), @acc
                    FROM (SELECT s.young_person_id, s.starts_at,
                                 IF(CRC32(CONCAT('q', s.id, '-', s.seq)) %% 100 < 85
                                        AND DATE_ADD(s.starts_at, INTERVAL CRC32(CONCAT('r', s.id, '-', s.seq)) %% 20 DAY) < %1$s,
                                    DATE_ADD(s.starts_at, INTERVAL CRC32(CONCAT('r', s.id, '-', s.seq)) %% 20 DAY), NULL)
                                     AS notes_at
                          FROM (SELECT m.id, m.young_person_id, j.seq,
                                       TIMESTAMP(DATE_ADD(m.starts_on, INTERVAL j.seq * 182 DAY),
                                                 MAKETIME(9 + CRC32(CONCAT('h', m.id, j.seq)) %% 8, 0, 0)) AS starts_at,
                                       m.ends_on
                                FROM measure m JOIN young_person y ON y.id = m.young_person_id
                                JOIN (SELECT 1 AS seq UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8) j
                                WHERE y.departement_id = @dep AND m.kind <> 'MJIE') s
                          WHERE s.starts_at < %1$s AND (s.ends_on IS NULL OR DATE(s.starts_at) <= s.ends_on)) x""".formatted(t)));
            step(steps, "reactions", sql, List.of("""
                    INSERT INTO reaction (young_person_id, subject_kind, subject_id, kind, comment, author_account_id,
                                          author_name, author_role, created_at, answered_at, answered_by_name, answer)
                    SELECT x.young_person_id, 'MEETING_NOTES', x.id, x.kind,
                           IF(x.kind = 'READ', NULL, 'Commentaire'), @acc, 'Famille',
                           IF(CRC32(CONCAT('ra', x.id)) %% 2 = 0, 'JEUNE', 'PARENT'), x.created_at,
                           x.answered_at, IF(x.answered_at IS NULL, NULL, 'Référente'),
                           IF(x.answered_at IS NULL, NULL, 'Réponse')
                    FROM (SELECT mt.id, mt.young_person_id,
                                 ELT(1 + FLOOR((CRC32(CONCAT('rk', mt.id)) %% 100) / 20), 'READ', 'READ', 'READ',
                                     'DISAGREE', 'WANT_TO_TALK') AS kind,
                                 DATE_ADD(mt.notes_published_at, INTERVAL CRC32(CONCAT('rd', mt.id)) %% 10 DAY)
                                     AS created_at,
                                 IF(CRC32(CONCAT('rn', mt.id)) %% 100 < 75
                                        AND DATE_ADD(mt.notes_published_at,
                                                     INTERVAL CRC32(CONCAT('rd', mt.id)) %% 10
                                                              + CRC32(CONCAT('rw', mt.id)) %% 14 DAY) < %1$s,
                                    DATE_ADD(mt.notes_published_at, INTERVAL CRC32(CONCAT('rd', mt.id)) %% 10
                                                                           + CRC32(CONCAT('rw', mt.id)) %% 14 DAY),
                                    NULL) AS answered_at
                          FROM meeting mt JOIN young_person y ON y.id = mt.young_person_id
                          WHERE y.departement_id = @dep AND mt.kind = 'SYNTHESE' AND mt.notes_published_at IS NOT NULL
                            AND CRC32(CONCAT('re', mt.id)) %% 100 < 35) x
                    WHERE x.created_at < %1$s""".formatted(t), """
                    UPDATE reaction r JOIN young_person y ON y.id = r.young_person_id
                    SET r.answered_at = NULL, r.answered_by_name = NULL, r.answer = NULL
                    WHERE y.departement_id = @dep AND r.kind = 'READ'"""));
            // From 17: the interview (a meeting), the young adult's requests, contracts and renewals.
            String seventeen = """
                    (SELECT y.id, y.birth_date, DATE_ADD(y.birth_date, INTERVAL 17 YEAR) AS seventeen,
                            DATE_ADD(DATE_ADD(y.birth_date, INTERVAL 17 YEAR), INTERVAL 6 MONTH) AS seventeen_half,
                            DATE_ADD(y.birth_date, INTERVAL 18 YEAR) AS eighteen
                     FROM young_person y
                     WHERE y.departement_id = @dep AND DATE_ADD(y.birth_date, INTERVAL 17 YEAR) <= %s)""".formatted(t);
            step(
                    steps,
                    "autonomy pathway",
                    sql,
                    List.of(
                            """
                    INSERT INTO meeting (young_person_id, kind, starts_at, place, created_by_account_id)
                    SELECT p.id, 'INTERVIEW',
                           TIMESTAMP(DATE_ADD(p.seventeen, INTERVAL CAST(CRC32(CONCAT('iv', p.id)) %% 330 AS SIGNED) - 60 DAY),
                                     '14:00:00'),
                           'Maison départementale des solidarités', @acc
                    FROM %s p WHERE CRC32(CONCAT('i', p.id)) %% 100 < 75""".formatted(seventeen),
                            """
                    INSERT INTO autonomy_interview (young_person_id, meeting_id, scheduled_by_account_id,
                                                    scheduled_by_name, scheduled_at, held_on, held_recorded_by_name)
                    SELECT mt.young_person_id, mt.id, @acc, 'Référente', DATE_SUB(mt.starts_at, INTERVAL 30 DAY),
                           IF(DATE(mt.starts_at) < %1$s, DATE(mt.starts_at), NULL),
                           IF(DATE(mt.starts_at) < %1$s, 'Référente', NULL)
                    FROM meeting mt JOIN young_person y ON y.id = mt.young_person_id
                    WHERE y.departement_id = @dep AND mt.kind = 'INTERVIEW'""".formatted(t),
                            """
                    INSERT INTO young_adult_request (young_person_id, status, plans, created_at, updated_at,
                                                     submitted_on, commission_on, decided_on)
                    SELECT x.id,
                           CASE WHEN x.decided > %1$s THEN 'UNDER_REVIEW' WHEN x.u < 70 THEN 'GRANTED'
                                WHEN x.u < 85 THEN 'REFUSED' ELSE 'IN_COMMISSION' END,
                           'Mes projets', x.submitted, x.submitted, x.submitted,
                           IF(x.decided > %1$s, NULL, DATE_SUB(x.decided, INTERVAL 5 DAY)),
                           IF(x.decided > %1$s OR x.u >= 85, NULL, x.decided)
                    FROM (SELECT p.id, CRC32(CONCAT('qs', p.id)) %% 100 AS u,
                                 DATE_ADD(p.seventeen_half, INTERVAL CAST(CRC32(CONCAT('qd', p.id)) %% 270 AS SIGNED) - 90 DAY)
                                     AS submitted,
                                 DATE_ADD(p.seventeen_half, INTERVAL CAST(CRC32(CONCAT('qd', p.id)) %% 270 AS SIGNED) - 50 DAY)
                                     AS decided
                          FROM %2$s p
                          WHERE p.seventeen_half <= %1$s AND CRC32(CONCAT('q', p.id)) %% 100 < 65) x
                    WHERE x.submitted < %1$s""".formatted(t, seventeen),
                            """
                    INSERT INTO young_adult_contract (young_person_id, request_id, objectives, starts_on, ends_on,
                                                      next_review_on, recorded_by_name, recorded_at)
                    SELECT x.young_person_id, x.id, 'Objectifs', x.starts_on, DATE_ADD(x.starts_on, INTERVAL 6 MONTH),
                           DATE_ADD(x.starts_on, INTERVAL 5 MONTH), 'Référente', x.decided_on
                    FROM (SELECT r.young_person_id, r.id, r.decided_on,
                                 GREATEST(r.decided_on, DATE_ADD(y.birth_date, INTERVAL 18 YEAR)) AS starts_on
                          FROM young_adult_request r JOIN young_person y ON y.id = r.young_person_id
                          WHERE y.departement_id = @dep AND r.status = 'GRANTED') x""",
                            """
                    INSERT INTO young_adult_request (young_person_id, renewal_of_contract_id, status, plans, created_at,
                                                     updated_at, submitted_on, commission_on, decided_on)
                    SELECT k.young_person_id, k.id, 'GRANTED', 'Suite', DATE_SUB(k.ends_on, INTERVAL 45 DAY),
                           DATE_SUB(k.ends_on, INTERVAL 15 DAY), DATE_SUB(k.ends_on, INTERVAL 45 DAY),
                           DATE_SUB(k.ends_on, INTERVAL 20 DAY), DATE_SUB(k.ends_on, INTERVAL 15 DAY)
                    FROM young_adult_contract k JOIN young_person y ON y.id = k.young_person_id
                    WHERE y.departement_id = @dep AND k.ends_on < %s AND CRC32(CONCAT('kr', k.id)) %% 100 < 50""".formatted(t),
                            """
                    INSERT INTO young_adult_contract (young_person_id, request_id, renews_contract_id, objectives,
                                                      starts_on, ends_on, next_review_on, recorded_by_name, recorded_at)
                    SELECT r.young_person_id, r.id, r.renewal_of_contract_id, 'Objectifs',
                           DATE_ADD(k.ends_on, INTERVAL 1 DAY), DATE_ADD(k.ends_on, INTERVAL 6 MONTH),
                           DATE_ADD(k.ends_on, INTERVAL 5 MONTH), 'Référente', r.decided_on
                    FROM young_adult_request r JOIN young_adult_contract k ON k.id = r.renewal_of_contract_id
                    JOIN young_person y ON y.id = r.young_person_id
                    WHERE y.departement_id = @dep"""));
            // One survey closing on the 15th of each of the last 24 months; odd ones for two territories only.
            step(
                    steps,
                    "surveys and answers",
                    sql,
                    List.of("""
                    INSERT INTO survey (departement_id, title, anonymous, changes_allowed, opens_on, closes_on, status,
                                        created_by_account_id, created_at, published_at, results_published_at)
                    SELECT @dep, CONCAT('Enquête ', s.seq), s.seq %% 2 = 0, FALSE,
                           DATE_SUB(s.closes_on, INTERVAL 30 DAY), s.closes_on, 'CLOSED', @acc,
                           DATE_SUB(s.closes_on, INTERVAL 40 DAY), DATE_SUB(s.closes_on, INTERVAL 30 DAY),
                           DATE_ADD(s.closes_on, INTERVAL 10 DAY)
                    FROM (SELECT seq, DATE_ADD(LAST_DAY(DATE_SUB(%s, INTERVAL seq + 1 MONTH)), INTERVAL 15 DAY)
                                          AS closes_on
                          FROM seq_1_to_24) s""".formatted(t), """
                    INSERT INTO survey_version (survey_id, number, published_at)
                    SELECT id, 1, published_at FROM survey WHERE departement_id = @dep""", """
                    INSERT INTO survey_variant (version_id, band, title, introduction)
                    SELECT v.id, b.band, 'Ton avis', 'Dis-nous'
                    FROM survey_version v JOIN survey s ON s.id = v.survey_id
                    JOIN (SELECT 'CHILD_8_11' AS band UNION ALL SELECT 'TEEN_12_15' UNION ALL SELECT 'YOUNG_16_21') b
                    WHERE s.departement_id = @dep""", """
                    INSERT INTO survey_audience (survey_id, dimension, value)
                    SELECT s.id, 'TERRITORY', t.id
                    FROM survey s
                    JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM territory
                          WHERE departement_id = @dep) t
                    WHERE s.departement_id = @dep AND s.id %% 2 = 1
                      AND (t.k = s.id %% %1$d OR t.k = (s.id + 5) %% %1$d)""".formatted(TERRITORIES), """
                    INSERT INTO survey_participation (survey_id, person_key)
                    SELECT s.id, CONCAT('Y:', y.id)
                    FROM survey s JOIN young_person y ON y.departement_id = s.departement_id
                    WHERE s.departement_id = @dep AND y.birth_date <= DATE_SUB(s.closes_on, INTERVAL 8 YEAR)
                      AND CRC32(CONCAT(s.id, '-', y.id)) % 100 < 22"""));
            // A conseil des jeunes per territory, 40 members a term over two terms, their proposals and answers.
            step(
                    steps,
                    "councils, proposals, answers",
                    sql,
                    List.of("""
                    INSERT INTO council (departement_id, territory_id, kind, name)
                    SELECT @dep, id, 'YOUTH', CONCAT('Conseil des jeunes ', name) FROM territory
                    WHERE departement_id = @dep""", """
                    INSERT INTO council_mandate (council_id, young_person_id, first_name, sex, starts_on, ends_on)
                    SELECT x.council_id, x.id, 'Jeune', ELT(1 + CRC32(CONCAT('sx', x.id)) %% 4, 'GIRL', 'BOY', 'OTHER',
                                                            'UNSAID'),
                           IF(x.rn <= 40, DATE_SUB(%1$s, INTERVAL 730 DAY), DATE_SUB(%1$s, INTERVAL 365 DAY)),
                           IF(x.rn <= 40, DATE_SUB(%1$s, INTERVAL 366 DAY), DATE_ADD(%1$s, INTERVAL 365 DAY))
                    FROM (SELECT y.id, c.id AS council_id,
                                 ROW_NUMBER() OVER (PARTITION BY c.id ORDER BY CRC32(CONCAT('cm', y.id))) AS rn
                          FROM young_person y JOIN council c ON c.territory_id = y.territory_id
                          WHERE y.departement_id = @dep AND c.departement_id = @dep
                            AND y.birth_date BETWEEN DATE_SUB(%1$s, INTERVAL 20 YEAR)
                                                 AND DATE_SUB(%1$s, INTERVAL 12 YEAR)) x
                    WHERE x.rn <= 80""".formatted(t), """
                    INSERT INTO proposal (council_id, author_mandate_id, title, body, theme, status, created_at,
                                          published_at, decided_at)
                    SELECT x.council_id, x.id, 'Proposition', 'Texte',
                           ELT(1 + CRC32(CONCAT('th', x.id, x.seq)) %% 9, 'DAILY_LIFE', 'SCHOOL_AND_WORK', 'HOUSING',
                               'HEALTH', 'LEISURE_AND_SPORT', 'FAMILY_TIES', 'RIGHTS_AND_PARTICIPATION', 'AUTONOMY',
                               'OTHER'),
                           CASE WHEN x.decided_at >= %1$s THEN 'IN_VOTE' WHEN x.u < 45 THEN 'ADOPTED'
                                WHEN x.u < 65 THEN 'REJECTED' ELSE 'PUBLISHED' END,
                           x.published_at, x.published_at,
                           IF(x.decided_at >= %1$s OR x.u >= 65, NULL, x.decided_at)
                    FROM (SELECT cm.id, cm.council_id, p.seq, CRC32(CONCAT('pu', cm.id, '-', p.seq)) %% 100 AS u,
                                 TIMESTAMP(DATE_ADD(cm.starts_on, INTERVAL p.seq * 70 + CRC32(CONCAT('pd', cm.id)) %% 40 DAY),
                                           '18:00:00') AS published_at,
                                 TIMESTAMP(DATE_ADD(cm.starts_on, INTERVAL p.seq * 70 + CRC32(CONCAT('pd', cm.id)) %% 40
                                                                           + 21 DAY), '20:00:00') AS decided_at
                          FROM council_mandate cm JOIN council c ON c.id = cm.council_id
                          JOIN (SELECT 1 AS seq UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) p ON p.seq <= CRC32(CONCAT('pn', cm.id)) %% 5
                          WHERE c.departement_id = @dep) x
                    WHERE x.published_at < %1$s""".formatted(t), """
                    INSERT INTO council_answer_entry (proposal_id, kind, status, responsible_service, answered_on, body,
                                                      written_by_account_id, written_at)
                    SELECT p.id, 'ANSWER', ELT(1 + CRC32(CONCAT('as', p.id)) %% 3, 'ACCEPTED', 'UNDER_STUDY', 'REFUSED'),
                           'Direction enfance famille', DATE_ADD(DATE(p.decided_at), INTERVAL 30 DAY), 'Réponse', @acc,
                           DATE_ADD(p.decided_at, INTERVAL 30 DAY)
                    FROM proposal p JOIN council c ON c.id = p.council_id
                    WHERE c.departement_id = @dep AND p.status = 'ADOPTED' AND CRC32(CONCAT('an', p.id)) %% 100 < 75
                      AND DATE_ADD(DATE(p.decided_at), INTERVAL 30 DAY) < %s""".formatted(t)));
            step(steps, "livret offers", sql, List.of("""
                    INSERT INTO livret_offer (measure_id, young_person_id, reader_key, book_id, offered_at,
                                              acknowledged_at, acknowledged_language)
                    SELECT m.id, m.young_person_id, CONCAT('Y:', m.young_person_id), @book,
                           TIMESTAMP(DATE_ADD(m.starts_on, INTERVAL 1 DAY), '10:00:00'),
                           IF(CRC32(CONCAT('la', m.id)) %% 100 < 60
                                  AND DATE_ADD(m.starts_on, INTERVAL 1 + CRC32(CONCAT('ld', m.id)) %% 50 DAY) < %1$s,
                              TIMESTAMP(DATE_ADD(m.starts_on, INTERVAL 1 + CRC32(CONCAT('ld', m.id)) %% 50 DAY),
                                        '18:00:00'), NULL),
                           IF(CRC32(CONCAT('la', m.id)) %% 100 < 60, 'fr', NULL)
                    FROM measure m JOIN young_person y ON y.id = m.young_person_id
                    WHERE y.departement_id = @dep AND m.starts_on >= DATE_SUB(%1$s, INTERVAL 3 YEAR)
                      AND m.starts_on < %1$s AND m.starts_on >= DATE_ADD(y.birth_date, INTERVAL 6 YEAR)""".formatted(t), """
                    UPDATE livret_offer o JOIN young_person y ON y.id = o.young_person_id
                    SET o.acknowledged_language = NULL
                    WHERE y.departement_id = @dep AND o.acknowledged_at IS NULL"""));
            step(steps, "statistics (ANALYZE TABLE)", sql, List.of("""
                    ANALYZE TABLE young_person, measure, care_plan_version, meeting, reaction, autonomy_interview,
                                  young_adult_request, young_adult_contract, survey, survey_participation,
                                  council_mandate, proposal, council_answer_entry, livret_offer"""));
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        long dep;
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            var rs = sql.executeQuery("SELECT id FROM departement WHERE code = '" + CODE + "'");
            rs.next();
            dep = rs.getLong(1);
            for (String[] count : counts(dep)) {
                var r = sql.executeQuery(count[1]);
                r.next();
                rows.put(count[0], r.getLong(1));
            }
        }
        return new Generated(dep, rows, steps, total);
    }

    private static List<String[]> counts(long dep) {
        String yp = "JOIN young_person y ON y.id = x.young_person_id WHERE y.departement_id = " + dep;
        List<String[]> counts = new ArrayList<>();
        counts.add(new String[] {"young_person", "SELECT COUNT(*) FROM young_person WHERE departement_id = " + dep});
        for (String table : List.of(
                "measure",
                "care_plan_version",
                "meeting",
                "reaction",
                "autonomy_interview",
                "young_adult_request",
                "young_adult_contract",
                "livret_offer")) {
            counts.add(new String[] {table, "SELECT COUNT(*) FROM " + table + " x " + yp});
        }
        counts.add(new String[] {
            "survey_participation",
            "SELECT COUNT(*) FROM survey_participation x JOIN survey s ON s.id = x.survey_id WHERE s.departement_id = "
                    + dep
        });
        counts.add(new String[] {"council_mandate", "SELECT COUNT(*) FROM council_mandate x " + yp});
        counts.add(new String[] {
            "proposal",
            "SELECT COUNT(*) FROM proposal x JOIN council c ON c.id = x.council_id WHERE c.departement_id = " + dep
        });
        return counts;
    }

    /**
     * An INSERT ... SELECT again as multi-row INSERT ... VALUES of 2,000 rows, its rows read through the JVM: MariaDB
     * 11.4.5 refuses any multi-row INSERT ... SELECT into care_plan_version ("Column 'young_person_id' cannot be null",
     * every column of the rows after the first read as NULL, though each row alone goes in and so does a multi-row
     * VALUES).
     */
    private static void staged(Statement sql, String statement) throws SQLException {
        int columnsEnd = statement.indexOf(')');
        String insert = statement.substring(0, columnsEnd + 1);
        String select = statement.substring(columnsEnd + 1);
        List<Object[]> rows = new ArrayList<>();
        int columns;
        try (ResultSet rs = sql.executeQuery(select)) {
            columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        String one = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += 2000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 2000));
            try (PreparedStatement values = sql.getConnection()
                    .prepareStatement(
                            insert + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), one)))) {
                int p = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        values.setObject(p++, value);
                    }
                }
                values.executeUpdate();
            }
        }
    }

    private static void step(Map<String, Long> steps, String name, Statement sql, List<String> statements)
            throws SQLException {
        long started = System.nanoTime();
        for (String statement : statements) {
            try {
                try {
                    sql.execute(statement);
                } catch (SQLException e) {
                    if (e.getErrorCode() != 1048) {
                        throw e;
                    }
                    staged(sql, statement);
                }
            } catch (SQLException e) {
                throw new SQLException(name + ": " + e.getMessage() + "\n" + statement, e);
            }
        }
        steps.put(name, (System.nanoTime() - started) / 1_000_000);
    }
}
