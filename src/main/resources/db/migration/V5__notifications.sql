-- In-portal notifications (the bell) and the e-mail that says only "something new is waiting for you".

ALTER TABLE account ADD COLUMN email VARCHAR(160) NULL;

CREATE TABLE notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT       NOT NULL REFERENCES account (id),
    kind             VARCHAR(40)  NOT NULL,   -- CARE_PLAN_PUBLISHED, MEETING_NOTES_PUBLISHED, MEETING_SOON
    young_person_id  BIGINT       NOT NULL,
    first_name       VARCHAR(80)  NOT NULL,   -- shown in the portal only, never mailed
    link             VARCHAR(120) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    read_at          TIMESTAMP(6) NULL,
    mailed_at        TIMESTAMP(6) NULL,
    INDEX ix_notification_account (account_id, read_at, created_at)
);

-- A meeting reminder goes out once per meeting, whatever the number of scheduler runs or servers.
CREATE TABLE meeting_reminder (
    meeting_id  BIGINT       PRIMARY KEY REFERENCES meeting (id),
    sent_at     TIMESTAMP(6) NOT NULL
);
