-- The autonomy pathway: the département's partners, the young person's self-assessment by domain, and their steps.

CREATE TABLE partner (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT       NOT NULL REFERENCES departement (id),
    kind            VARCHAR(30)  NOT NULL,   -- MISSION_LOCALE, CAF, CPAM, CLLAJ, FJT, FRANCE_TRAVAIL, ADEPAPE
    name            VARCHAR(160) NOT NULL,
    helps_with      VARCHAR(255) NOT NULL,
    address         VARCHAR(255) NULL,
    hours           VARCHAR(160) NULL,
    phone           VARCHAR(30)  NULL
);

CREATE TABLE autonomy_assessment (
    young_person_id  BIGINT       NOT NULL REFERENCES young_person (id),
    domain           VARCHAR(30)  NOT NULL,   -- HOUSING, MONEY, HEALTH, TRAINING_WORK, PAPERS, MOBILITY, DAILY_LIFE
    level            VARCHAR(20)  NOT NULL,   -- CAN_DO, LEARNING, NEED_HELP
    comment          VARCHAR(500) NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (young_person_id, domain)
);

CREATE TABLE autonomy_step (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id  BIGINT       NOT NULL REFERENCES young_person (id),
    domain           VARCHAR(30)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    status           VARCHAR(20)  NOT NULL,   -- TODO, IN_PROGRESS, DONE
    due_on           DATE         NULL,
    helper           VARCHAR(160) NULL,
    partner_id       BIGINT       NULL REFERENCES partner (id),
    created_at       TIMESTAMP(6) NOT NULL,
    INDEX ix_autonomy_step_young_person (young_person_id, domain)
);
