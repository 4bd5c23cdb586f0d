-- The autonomy pathway after the grid: the entretien des 17 ans, the projet d'accès à l'autonomie attached to a PPE
-- version, the request for a contrat jeune majeur (CJM) with every transition dated and attributed, the contract,
-- and the reminders, each sent once.

-- One entretien des 17 ans per young person (art. L222-5-1 CASF). It is also a meeting (kind INTERVIEW), so it shows
-- in "Mes rendez-vous" and is reminded two days before like any other.
CREATE TABLE autonomy_interview (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id          BIGINT       NOT NULL UNIQUE REFERENCES young_person (id),
    meeting_id               BIGINT       NOT NULL REFERENCES meeting (id),
    scheduled_by_account_id  BIGINT       NOT NULL,
    scheduled_by_name        VARCHAR(160) NOT NULL,
    scheduled_at             TIMESTAMP(6) NOT NULL,
    -- The young person's preparation: their wishes and their questions (the grid holds their answers by domain).
    wishes                   TEXT         NULL,
    questions                TEXT         NULL,
    prepared_at              TIMESTAMP(6) NULL,
    held_on                  DATE         NULL,
    held_recorded_by_name    VARCHAR(160) NULL
);

-- The projet d'accès à l'autonomie recorded after the entretien; it is published with a new PPE version and, like
-- it, never changes (triggers below).
CREATE TABLE autonomy_project (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id       BIGINT       NOT NULL REFERENCES young_person (id),
    care_plan_version_id  BIGINT       NOT NULL UNIQUE REFERENCES care_plan_version (id),
    author_account_id     BIGINT       NOT NULL,
    author_name           VARCHAR(160) NOT NULL,
    recorded_at           TIMESTAMP(6) NOT NULL,
    INDEX ix_autonomy_project_young_person (young_person_id, recorded_at)
);

CREATE TABLE autonomy_project_goal (
    project_id  BIGINT      NOT NULL REFERENCES autonomy_project (id),
    domain      VARCHAR(30) NOT NULL,   -- the grid's domains: HOUSING, MONEY, HEALTH...
    goals       TEXT        NOT NULL,
    PRIMARY KEY (project_id, domain)
);

CREATE TABLE autonomy_project_action (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL REFERENCES autonomy_project (id),
    domain      VARCHAR(30)  NOT NULL,
    position    INT          NOT NULL,
    what        VARCHAR(200) NOT NULL,
    who         VARCHAR(160) NOT NULL,
    due_on      DATE         NULL,
    INDEX ix_autonomy_project_action (project_id, domain, position)
);

-- The agreed steps of a projet join the young person's own list of steps.
ALTER TABLE autonomy_step ADD COLUMN project_id BIGINT NULL REFERENCES autonomy_project (id);

-- A contract of accompagnement jeune majeur: objectives, dates, next review; renewable until the day before 21.
CREATE TABLE young_adult_contract (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id     BIGINT       NOT NULL REFERENCES young_person (id),
    request_id          BIGINT       NOT NULL UNIQUE,
    renews_contract_id  BIGINT       NULL REFERENCES young_adult_contract (id),
    objectives          TEXT         NOT NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NOT NULL,
    next_review_on      DATE         NOT NULL,
    recorded_by_name    VARCHAR(160) NOT NULL,
    recorded_at         TIMESTAMP(6) NOT NULL,
    INDEX ix_young_adult_contract_young_person (young_person_id, ends_on),
    INDEX ix_young_adult_contract_ends (ends_on)
);

-- The young person's request, from draft to decision. status is the last transition's to_status.
CREATE TABLE young_adult_request (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id           BIGINT       NOT NULL REFERENCES young_person (id),
    renewal_of_contract_id    BIGINT       NULL REFERENCES young_adult_contract (id),
    status                    VARCHAR(20)  NOT NULL,  -- DRAFT, SUBMITTED, UNDER_REVIEW, IN_COMMISSION, GRANTED, REFUSED
    plans                     TEXT         NULL,      -- "mes projets"
    asks_housing              BOOLEAN      NOT NULL DEFAULT FALSE,
    asks_allowance            BOOLEAN      NOT NULL DEFAULT FALSE,
    asks_educational_support  BOOLEAN      NOT NULL DEFAULT FALSE,
    other_support             VARCHAR(500) NULL,
    created_at                TIMESTAMP(6) NOT NULL,
    updated_at                TIMESTAMP(6) NOT NULL,
    submitted_on              DATE         NULL,
    commission_on             DATE         NULL,
    decided_on                DATE         NULL,
    refusal_reasons           TEXT         NULL,
    INDEX ix_young_adult_request_young_person (young_person_id, status),
    INDEX ix_young_adult_request_decided (decided_on)
);

ALTER TABLE young_adult_contract
    ADD CONSTRAINT fk_young_adult_contract_request FOREIGN KEY (request_id) REFERENCES young_adult_request (id);

-- Every move of a request, dated and attributed; append-only like the audit journal.
CREATE TABLE young_adult_request_transition (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT       NOT NULL REFERENCES young_adult_request (id),
    from_status       VARCHAR(20)  NULL,
    to_status         VARCHAR(20)  NOT NULL,
    effective_on      DATE         NOT NULL,   -- the date of the step (submission, commission, decision)
    occurred_at       TIMESTAMP(6) NOT NULL,   -- when it was recorded
    actor_account_id  BIGINT       NOT NULL,
    actor_name        VARCHAR(160) NOT NULL,
    actor_role        VARCHAR(20)  NOT NULL,
    note              TEXT         NULL,
    INDEX ix_request_transition (request_id, occurred_at)
);

-- PDF files the young person joins to a request (identity card, certificate of schooling...).
CREATE TABLE young_adult_request_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT       NOT NULL REFERENCES young_adult_request (id),
    file_name    VARCHAR(255) NOT NULL,
    size_bytes   INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  TIMESTAMP(6) NOT NULL,
    INDEX ix_request_document (request_id)
);

-- A pathway reminder goes out once per young person, kind and subject (0 when there is none, else a contract id),
-- whatever the number of scheduler runs or servers: the primary key is the claim.
CREATE TABLE autonomy_reminder (
    young_person_id  BIGINT       NOT NULL REFERENCES young_person (id),
    kind             VARCHAR(40)  NOT NULL,   -- SPACE_OPEN, INTERVIEW_DUE, NO_REQUEST_6_MONTHS, ...
    subject_id       BIGINT       NOT NULL DEFAULT 0,
    sent_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (young_person_id, kind, subject_id)
);

CREATE TRIGGER young_adult_request_transition_no_update BEFORE UPDATE ON young_adult_request_transition
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'request transitions are append-only';

CREATE TRIGGER young_adult_request_transition_no_delete BEFORE DELETE ON young_adult_request_transition
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'request transitions are append-only';

CREATE TRIGGER autonomy_project_is_final BEFORE UPDATE ON autonomy_project
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded projet never changes';

CREATE TRIGGER autonomy_project_stays BEFORE DELETE ON autonomy_project
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded projet never changes';

CREATE TRIGGER autonomy_project_goal_is_final BEFORE UPDATE ON autonomy_project_goal
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded projet never changes';

CREATE TRIGGER autonomy_project_goal_stays BEFORE DELETE ON autonomy_project_goal
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded projet never changes';

CREATE TRIGGER autonomy_project_action_is_final BEFORE UPDATE ON autonomy_project_action
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded projet never changes';

CREATE TRIGGER autonomy_project_action_stays BEFORE DELETE ON autonomy_project_action
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded projet never changes';
