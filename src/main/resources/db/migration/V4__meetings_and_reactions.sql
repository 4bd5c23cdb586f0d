-- Meetings about a young person (synthèse, PPE review, hearing, interview, visit) and their published notes; and
-- the reactions of young people and parents to a PPE version or to meeting notes, answered by the référent.

CREATE TABLE meeting (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id        BIGINT       NOT NULL REFERENCES young_person (id),
    kind                   VARCHAR(30)  NOT NULL,   -- SYNTHESE, PPE_REVIEW, HEARING, INTERVIEW, VISIT
    starts_at              DATETIME     NOT NULL,   -- local time in France
    place                  VARCHAR(255) NOT NULL,
    invited                VARCHAR(500) NULL,
    questions              TEXT         NULL,       -- to prepare
    notes                  TEXT         NULL,       -- compte rendu, once published
    notes_published_at     TIMESTAMP(6) NULL,
    notes_author_name      VARCHAR(160) NULL,
    created_by_account_id  BIGINT       NOT NULL,
    INDEX ix_meeting_young_person (young_person_id, starts_at)
);

CREATE TABLE reaction (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id    BIGINT       NOT NULL REFERENCES young_person (id),
    subject_kind       VARCHAR(30)  NOT NULL,   -- CARE_PLAN_VERSION, MEETING_NOTES
    subject_id         BIGINT       NOT NULL,
    kind               VARCHAR(20)  NOT NULL,   -- READ, DISAGREE, WANT_TO_TALK
    comment            TEXT         NULL,
    author_account_id  BIGINT       NOT NULL,
    author_name        VARCHAR(160) NOT NULL,
    author_role        VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    answered_at        TIMESTAMP(6) NULL,
    answered_by_name   VARCHAR(160) NULL,
    answer             TEXT         NULL,
    INDEX ix_reaction_young_person (young_person_id, created_at),
    INDEX ix_reaction_subject (subject_kind, subject_id)
);
