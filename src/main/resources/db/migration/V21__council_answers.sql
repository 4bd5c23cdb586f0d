-- The département's answer to each proposal its council adopted (participation module), like Decidim's
-- accountability: an answer (accepted, under study, refused with reasons) by a responsible service, then dated
-- progress updates. Append-only: a new answer or update is a new row and no row is ever rewritten, so the history
-- members follow is the one that was written. The answer in force is the proposal's latest ANSWER row.
CREATE TABLE council_answer_entry (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id            BIGINT       NOT NULL REFERENCES proposal (id),
    kind                   VARCHAR(10)  NOT NULL,  -- ANSWER, PROGRESS
    -- ANSWER rows only.
    status                 VARCHAR(12)  NULL,      -- ACCEPTED, UNDER_STUDY, REFUSED
    responsible_service    VARCHAR(160) NULL,
    answered_on            DATE         NULL,
    expected_by            DATE         NULL,
    -- An answer's text (its reasons, required when REFUSED) or an update's text (required).
    body                   TEXT         NULL,
    -- PROGRESS rows only, both optional.
    percent_done           TINYINT      NULL,
    step                   VARCHAR(160) NULL,
    written_by_account_id  BIGINT       NOT NULL REFERENCES account (id),
    written_at             TIMESTAMP(6) NOT NULL,
    CHECK (kind IN ('ANSWER', 'PROGRESS')),
    CHECK ((kind = 'ANSWER') = (status IS NOT NULL)),
    CHECK (percent_done IS NULL OR percent_done BETWEEN 0 AND 100),
    INDEX ix_answer_entry_proposal (proposal_id, written_at, id)
);

-- A council's members are told in the bell that an answer changed: such a line is about the reader's council, not
-- about a young person's file, so it names none.
ALTER TABLE notification MODIFY young_person_id BIGINT NULL;
