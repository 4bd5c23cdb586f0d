-- Issue 14, the observatory's raw monthly counts (observatory.counting.FrozenMonths): every indicator of a month,
-- by territory and by each category of each dimension, counted once when the month has been over for a month and
-- then frozen. Raw numbers: never shown, only read by the observatory to build its protected tables.

-- One row per département and month counted: the claim two instances race for (INSERT IGNORE; the loser waits for
-- the winner's commit, then reads its rows), and the proof a month is frozen even when all its counts are zero.
CREATE TABLE observatory_counted_month (
    departement_id  BIGINT NOT NULL REFERENCES departement (id),
    month_start     DATE   NOT NULL,   -- the first day of the month counted
    counted_on      DATE   NOT NULL,
    PRIMARY KEY (departement_id, month_start)
);

-- Only non-zero cells are kept; a counted month without a row for a cell counted zero there.
CREATE TABLE observatory_monthly_count (
    departement_id  BIGINT      NOT NULL REFERENCES departement (id),
    month_start     DATE        NOT NULL,
    indicator       VARCHAR(40) NOT NULL,   -- fr.reperes.observatory.Indicator
    dimension       VARCHAR(20) NOT NULL,   -- fr.reperes.observatory.Dimension
    territory_id    BIGINT      NOT NULL,
    category        VARCHAR(40) NOT NULL,   -- the territory id again for TERRITORY
    counted         INT         NOT NULL,   -- people counted (a share's numerator)
    cohort          INT         NOT NULL,   -- a share's cohort; 0 for a plain count
    PRIMARY KEY (departement_id, indicator, dimension, month_start, territory_id, category)
);

-- Read-only views the owning modules publish for the observatory's counts: facts and dates, never a text.

-- Owned by dossier: when each published PPE version was published.
CREATE ALGORITHM = MERGE VIEW dossier_care_plan_publication_view AS
SELECT young_person_id, published_at
FROM care_plan_version
WHERE status = 'PUBLISHED';

-- Owned by dossier: when a meeting was held and when its notes were published; no notes, no place.
CREATE ALGORITHM = MERGE VIEW dossier_meeting_notes_view AS
SELECT young_person_id, kind, starts_at, notes_published_at
FROM meeting;

-- Owned by dossier: a family's reaction as a fact (its kind, who reacted as a role, when; when it was answered). No
-- comment, no answer, no name.
CREATE ALGORITHM = MERGE VIEW dossier_reaction_view AS
SELECT young_person_id, kind, author_role, created_at, answered_at
FROM reaction;

-- Owned by participation: each proposal of a conseil des jeunes with its author young person and its dates; no
-- title, no body. Proposals of a conseil des parents have no young person and are left out.
CREATE ALGORITHM = MERGE VIEW participation_proposal_view AS
SELECT p.id, c.departement_id, cm.young_person_id, p.status, p.published_at, p.decided_at
FROM proposal p
JOIN council c ON c.id = p.council_id
JOIN council_mandate cm ON cm.id = p.author_mandate_id
WHERE cm.young_person_id IS NOT NULL;

-- Owned by participation: the days the département answered a proposal (its ANSWER rows); no text.
CREATE ALGORITHM = MERGE VIEW participation_proposal_answer_view AS
SELECT proposal_id, answered_on
FROM council_answer_entry
WHERE kind = 'ANSWER' AND answered_on IS NOT NULL;

-- Owned by participation: the young people a closed survey asked, as participation.SurveyAudience.asksYoungPerson
-- decides with today = its closing day (the last day one could answer), and whether each finished it. A survey's
-- answers are not here: only "has answered", which survey_participation already says to the survey's authors.
CREATE ALGORITHM = MERGE VIEW participation_survey_young_audience_view AS
SELECT s.id AS survey_id, s.departement_id, s.closes_on, yp.id AS young_person_id,
       sp.survey_id IS NOT NULL AS answered
FROM survey s
JOIN dossier_young_person_view yp ON yp.departement_id = s.departement_id
LEFT JOIN survey_participation sp ON sp.survey_id = s.id AND sp.person_key = CONCAT('Y:', yp.id)
WHERE s.status = 'CLOSED' AND s.closes_on IS NOT NULL
  AND EXISTS (SELECT 1 FROM survey_variant v
              WHERE v.band = (CASE WHEN TIMESTAMPDIFF(YEAR, yp.birth_date, s.closes_on) BETWEEN 8 AND 11 THEN 'CHILD_8_11'
                                   WHEN TIMESTAMPDIFF(YEAR, yp.birth_date, s.closes_on) BETWEEN 12 AND 15 THEN 'TEEN_12_15'
                                   WHEN TIMESTAMPDIFF(YEAR, yp.birth_date, s.closes_on) BETWEEN 16 AND 21 THEN 'YOUNG_16_21'
                              END)
                AND v.version_id = (SELECT MAX(sv.id) FROM survey_version sv
                                    WHERE sv.survey_id = s.id AND sv.published_at IS NOT NULL))
  AND (NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = s.id AND a.dimension = 'TERRITORY')
       OR EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = s.id AND a.dimension = 'TERRITORY'
                  AND CAST(a.value AS UNSIGNED) = yp.territory_id))
  AND (NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = s.id AND a.dimension = 'MEASURE_KIND')
       OR EXISTS (SELECT 1 FROM dossier_placement_view m
                  WHERE m.young_person_id = yp.id
                    AND m.starts_on <= s.closes_on AND (m.ends_on IS NULL OR m.ends_on >= s.closes_on)
                    AND m.kind IN (SELECT a.value FROM survey_audience a
                                   WHERE a.survey_id = s.id AND a.dimension = 'MEASURE_KIND')))
  AND (NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = s.id AND a.dimension = 'PLACEMENT_KIND')
       OR EXISTS (SELECT 1 FROM dossier_placement_view m
                  WHERE m.young_person_id = yp.id
                    AND m.starts_on <= s.closes_on AND (m.ends_on IS NULL OR m.ends_on >= s.closes_on)
                    AND m.placement_kind IN (SELECT a.value FROM survey_audience a
                                             WHERE a.survey_id = s.id AND a.dimension = 'PLACEMENT_KIND')))
  AND (NOT EXISTS (SELECT 1 FROM survey_audience a WHERE a.survey_id = s.id AND a.dimension = 'COUNCIL')
       OR EXISTS (SELECT 1 FROM survey_audience a
                  JOIN council_mandate cm ON cm.council_id = CAST(a.value AS UNSIGNED)
                  WHERE a.survey_id = s.id AND a.dimension = 'COUNCIL' AND cm.young_person_id = yp.id
                    AND cm.starts_on <= s.closes_on AND s.closes_on <= cm.ends_on
                    AND (cm.resigned_on IS NULL OR cm.resigned_on > s.closes_on)));

-- Owned by content: when a livret offered for a measure was acknowledged (by the young person or a parent); no
-- reader, no language.
CREATE ALGORITHM = MERGE VIEW content_livret_acknowledgement_view AS
SELECT measure_id, young_person_id, acknowledged_at
FROM livret_offer
WHERE acknowledged_at IS NOT NULL;
