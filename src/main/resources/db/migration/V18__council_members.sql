-- Joining a council and meeting as one (participation module): invitations and requests to join, sessions with their
-- minutes and who attended. Two read-only views the dossier publishes for the council's balance and its parents.

-- An invitation of the animateur (asked_by ANIMATEUR) or a request to join (asked_by CANDIDATE): a young person for a
-- conseil des jeunes, a parent for a conseil des parents. Open while answer is null; the mandate starts on the day it
-- is accepted. A request carries the sex the candidate declared; an invitation gets it when accepted.
CREATE TABLE council_invitation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id       BIGINT       NOT NULL REFERENCES council (id),
    young_person_id  BIGINT       NULL REFERENCES young_person (id),
    parent_id        BIGINT       NULL REFERENCES parent (id),
    asked_by         VARCHAR(10)  NOT NULL,  -- ANIMATEUR, CANDIDATE
    sex              VARCHAR(10)  NULL,      -- GIRL, BOY, OTHER, UNSAID (a request's, declared by the candidate)
    created_at       TIMESTAMP(6) NOT NULL,
    answer           VARCHAR(10)  NULL,      -- ACCEPTED, DECLINED
    answered_on      DATE         NULL,
    CHECK ((young_person_id IS NULL) <> (parent_id IS NULL)),
    INDEX ix_invitation_young_person (young_person_id, answer),
    INDEX ix_invitation_parent (parent_id, answer),
    INDEX ix_invitation_council (council_id, answer)
);

-- A session of a council: when, where (a place, an online link or both), its agenda, and the minutes the animateur
-- publishes afterwards (members named by first name only).
CREATE TABLE council_session (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id            BIGINT       NOT NULL REFERENCES council (id),
    starts_at             TIMESTAMP(6) NOT NULL,
    place                 VARCHAR(200) NULL,
    online_link           VARCHAR(300) NULL,
    agenda                TEXT         NOT NULL,
    minutes               TEXT         NULL,
    minutes_published_at  TIMESTAMP(6) NULL,
    INDEX ix_session_council (council_id, starts_at)
);

-- Who attended a session, by mandate (the minutes show their first names).
CREATE TABLE council_attendance (
    session_id  BIGINT NOT NULL REFERENCES council_session (id),
    mandate_id  BIGINT NOT NULL REFERENCES council_mandate (id),
    PRIMARY KEY (session_id, mandate_id)
);

-- Owned by dossier: the kind of each measure and its dates, for a council's balance by kind of measure. No place, no
-- decision, no visiting rights.
CREATE ALGORITHM = MERGE VIEW dossier_measure_view AS
SELECT young_person_id, kind, starts_on, ends_on
FROM measure;

-- Owned by dossier: who a parent is, for a conseil des parents (names only; no e-mail, no phone).
CREATE ALGORITHM = MERGE VIEW dossier_parent_view AS
SELECT id, departement_id, first_name, last_name
FROM parent;
