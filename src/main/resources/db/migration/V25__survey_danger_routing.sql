-- A free-text survey answer that reveals a danger to a child, passed to the CRIP (docs/survey-anonymity.md, "Danger
-- in free text"). A copy of what the CRIP is told: the text, the survey's title, and what the sheet carries (band,
-- territory's name, if any). No sheet id, no question id, no person: this row cannot be joined back to the sheet
-- other than by the text itself, which is already the CRIP's. routed_at is the moderator's time, not the writer's.
CREATE TABLE survey_danger_routing (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id              BIGINT        NOT NULL REFERENCES survey (id),
    survey_title           VARCHAR(160)  NOT NULL,
    question_text          VARCHAR(500)  NOT NULL,
    band                   VARCHAR(20)   NOT NULL,
    territory_name         VARCHAR(120)  NULL,
    text_value             TEXT          NOT NULL,
    -- Named surveys only: who wrote it, as the respondents were told before starting (the CRIP must be able to act).
    writer_name            VARCHAR(200)  NULL,
    routed_by_account_id   BIGINT        NOT NULL REFERENCES account (id),
    routed_by_name         VARCHAR(160)  NOT NULL,
    routed_at              TIMESTAMP(6)  NOT NULL,
    -- Claimed by the mailer before sending, once (as council_danger_routing.mailed_at).
    mailed_at              TIMESTAMP(6)  NULL
);
