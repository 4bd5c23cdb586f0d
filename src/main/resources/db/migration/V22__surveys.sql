-- Surveys (participation module). Design of anonymity: docs/survey-anonymity.md.
-- Three sides kept apart:
--   * the definition (survey, its audience, versions, age-banded variants, pages, questions, options, indicators);
--   * "has answered" (survey_participation): who finished which survey, nothing more;
--   * the answers (survey_sheet, survey_answer): random sheet ids, no person (unless the survey is named), no
--     timestamp, no ordering column, nothing shared with survey_participation.
-- Do not add a column to survey_participation, survey_sheet or survey_answer without reading that file.

CREATE TABLE survey (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id         BIGINT        NOT NULL REFERENCES departement (id),
    -- The authors' name for it; respondents read each variant's own title.
    title                  VARCHAR(160)  NOT NULL,
    -- Anonymous: nobody can link an answer to its respondent. Named: the sheet carries the person (told before start).
    anonymous              BOOLEAN       NOT NULL,
    -- Respondents may change their answers until the close.
    changes_allowed        BOOLEAN       NOT NULL,
    opens_on               DATE          NULL,
    closes_on              DATE          NULL,      -- inclusive: the last day one may answer
    status                 VARCHAR(20)   NOT NULL,  -- DRAFT, PUBLISHED (open between the dates), CLOSED
    -- Which shipped template it was made from, if any (LEAVING_CARE, PLACEMENT_SATISFACTION).
    template               VARCHAR(40)   NULL,
    created_by_account_id  BIGINT        NOT NULL REFERENCES account (id),
    created_at             TIMESTAMP(6)  NOT NULL,
    published_at           TIMESTAMP(6)  NULL,
    -- Results given back to those who were asked: when, and the département's response in its own words.
    results_published_at   TIMESTAMP(6)  NULL,
    departement_response   TEXT          NULL,
    INDEX ix_survey_departement (departement_id, status)
);

-- Who is asked, besides the age bands (which are the variants present): within a dimension any value matches, across
-- dimensions all must; no row for a dimension means everyone. Dimensions: MEASURE_KIND, PLACEMENT_KIND, TERRITORY,
-- COUNCIL (value: a council id; its members with a mandate active today).
CREATE TABLE survey_audience (
    survey_id  BIGINT       NOT NULL REFERENCES survey (id),
    dimension  VARCHAR(20)  NOT NULL,
    value      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (survey_id, dimension, value)
);

-- The indicators a survey measures, shared by its versions and variants so that their results combine.
CREATE TABLE survey_indicator (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id  BIGINT       NOT NULL REFERENCES survey (id),
    code       VARCHAR(40)  NOT NULL,
    label      VARCHAR(160) NOT NULL,
    UNIQUE (survey_id, code)
);

-- A version's questions never change once a sheet refers to it: changing them makes the next version.
CREATE TABLE survey_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id     BIGINT       NOT NULL REFERENCES survey (id),
    number        INT          NOT NULL,
    published_at  TIMESTAMP(6) NULL,
    UNIQUE (survey_id, number)
);

-- One wording of a version for an age band: CHILD_8_11, TEEN_12_15, YOUNG_16_21, PARENTS.
CREATE TABLE survey_variant (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id    BIGINT       NOT NULL REFERENCES survey_version (id),
    band          VARCHAR(20)  NOT NULL,
    title         VARCHAR(160) NOT NULL,
    introduction  TEXT         NOT NULL,
    UNIQUE (version_id, band)
);

CREATE TABLE survey_question (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    variant_id              BIGINT       NOT NULL REFERENCES survey_variant (id),
    page                    INT          NOT NULL,  -- from 1
    position                INT          NOT NULL,  -- from 1 within the page
    -- SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, RANKING, YES_NO, SHORT_TEXT, LONG_TEXT
    kind                    VARCHAR(20)  NOT NULL,
    text                    VARCHAR(500) NOT NULL,
    help                    VARCHAR(500) NULL,
    required                BOOLEAN      NOT NULL,
    -- MULTIPLE_CHOICE only: how many options at most.
    max_choices             INT          NULL,
    indicator_id            BIGINT       NULL REFERENCES survey_indicator (id),
    -- Shown only when an earlier question (same variant, earlier page or position) was answered with this option.
    shown_if_question_id    BIGINT       NULL REFERENCES survey_question (id),
    shown_if_option_code    VARCHAR(40)  NULL,
    UNIQUE (variant_id, page, position),
    CHECK ((shown_if_question_id IS NULL) = (shown_if_option_code IS NULL))
);

-- A question's options, codes shared across variants for one indicator (SCALE: '1'..'5'; YES_NO: 'YES', 'NO').
CREATE TABLE survey_option (
    question_id  BIGINT       NOT NULL REFERENCES survey_question (id),
    position     INT          NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    PRIMARY KEY (question_id, position),
    UNIQUE (question_id, code)
);

-- "Has answered": one row per person who finished a survey ('Y:<young_person_id>' or 'P:<parent_id>'), written in
-- the transaction that finishes their sheet. No id, no timestamp, no version, no sheet reference.
CREATE TABLE survey_participation (
    survey_id   BIGINT       NOT NULL REFERENCES survey (id),
    person_key  VARCHAR(24)  NOT NULL,
    PRIMARY KEY (survey_id, person_key)
);

-- An answer sheet. Its id is 16 random bytes (no order of arrival); no person unless the survey is named; no time.
-- Unfinished sheets count for nothing and are deleted when the survey closes.
CREATE TABLE survey_sheet (
    id             BINARY(16)   NOT NULL PRIMARY KEY,
    variant_id     BIGINT       NOT NULL REFERENCES survey_variant (id),
    -- The respondent's territory at the start, for the results' filter; emptied at the close in groups of fewer
    -- than five finished sheets (docs/survey-anonymity.md).
    territory_id   BIGINT       NULL REFERENCES territory (id),
    -- Anonymous survey: SHA-256 of the resume code only the respondent holds (their browser, or written down).
    resume_hash    BINARY(32)   NULL,
    -- Named survey only: 'Y:<id>' or 'P:<id>'.
    person_key     VARCHAR(24)  NULL,
    finished       BOOLEAN      NOT NULL,
    UNIQUE (resume_hash),
    INDEX ix_sheet_variant (variant_id, finished, territory_id),
    INDEX ix_sheet_person (person_key)
);

-- One row per answered item: item 0 for one value (choice, scale, yes/no, text); for MULTIPLE_CHOICE one row per
-- option chosen (item = option position); for RANKING one row per option (item = rank, from 1).
-- text_review, text answers only: PENDING until an author reads it, then PUBLISHABLE, HIDDEN or ROUTED (a danger
-- to a child, passed to the CRIP without anything that names the writer).
CREATE TABLE survey_answer (
    sheet_id      BINARY(16)   NOT NULL REFERENCES survey_sheet (id) ON DELETE CASCADE,
    question_id   BIGINT       NOT NULL REFERENCES survey_question (id),
    item          INT          NOT NULL,
    option_code   VARCHAR(40)  NULL,
    text_value    TEXT         NULL,
    text_review   VARCHAR(20)  NULL,
    PRIMARY KEY (sheet_id, question_id, item),
    INDEX ix_answer_question (question_id, option_code, item),
    INDEX ix_answer_review (question_id, text_review)
);

-- Lieu d'accueil kinds (placement_kind) for the audience rule, which dossier_measure_view (V18) does not carry.
-- Owned by dossier.
CREATE ALGORITHM = MERGE VIEW dossier_placement_view AS
SELECT young_person_id, kind, placement_kind, starts_on, ends_on
FROM measure;

-- Which parent is linked to which young person, for the parents' audience of a survey: the parent is asked about a
-- child's lieu d'accueil kind only when no anonymity order hides where that child lives. Owned by dossier.
CREATE ALGORITHM = MERGE VIEW dossier_parent_link_view AS
SELECT pl.young_person_id, pl.parent_id, pl.authority, pl.granted_by_young_adult, yp.placement_anonymity_ordered
FROM parent_link pl
JOIN young_person yp ON yp.id = pl.young_person_id;
