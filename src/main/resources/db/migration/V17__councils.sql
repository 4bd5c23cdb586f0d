-- The conseil des jeunes and the conseil des parents (participation module): councils, their members' mandates,
-- and the proposals members write. Votes, debate, sessions and the département's answers come in later migrations.

CREATE TABLE council (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT       NOT NULL REFERENCES departement (id),
    -- Null for the département's council; set for a territory's.
    territory_id    BIGINT       NULL REFERENCES territory (id),
    kind            VARCHAR(10)  NOT NULL,   -- YOUTH, PARENTS
    name            VARCHAR(120) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE (departement_id, name)
);

-- A member's mandate: a young person (conseil des jeunes) or a parent (conseil des parents). A mandate is active on
-- a day d when starts_on <= d <= ends_on and it was not resigned on or before d. A renewal is a new row pointing at
-- the mandate it renews; a mandate may be renewed once (checked by the service).
CREATE TABLE council_mandate (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id         BIGINT      NOT NULL REFERENCES council (id),
    young_person_id    BIGINT      NULL REFERENCES young_person (id),
    parent_id          BIGINT      NULL REFERENCES parent (id),
    -- The name the council knows the member by: first name only, in minutes and debate.
    first_name         VARCHAR(80) NOT NULL,
    -- Declared by the member, for the council's balance (CNPE rules); UNSAID when they prefer not to say.
    sex                VARCHAR(10) NOT NULL,  -- GIRL, BOY, OTHER, UNSAID
    starts_on          DATE        NOT NULL,
    ends_on            DATE        NOT NULL,
    renews_mandate_id  BIGINT      NULL REFERENCES council_mandate (id),
    resigned_on        DATE        NULL,
    CHECK ((young_person_id IS NULL) <> (parent_id IS NULL)),
    CHECK (starts_on <= ends_on),
    INDEX ix_mandate_young_person (young_person_id, council_id),
    INDEX ix_mandate_parent (parent_id, council_id),
    INDEX ix_mandate_council (council_id, ends_on)
);

CREATE TABLE proposal (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id         BIGINT       NOT NULL REFERENCES council (id),
    author_mandate_id  BIGINT       NOT NULL REFERENCES council_mandate (id),
    title              VARCHAR(160) NOT NULL,
    body               TEXT         NOT NULL,
    theme              VARCHAR(30)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,  -- DRAFT, PUBLISHED, IN_VOTE, ADOPTED, REJECTED
    created_at         TIMESTAMP(6) NOT NULL,
    published_at       TIMESTAMP(6) NULL,
    decided_at         TIMESTAMP(6) NULL,
    -- Set by the animateur's moderation; the author sees the reason.
    hidden_reason      VARCHAR(500) NULL,
    hidden_at          TIMESTAMP(6) NULL,
    INDEX ix_proposal_council (council_id, status, published_at),
    INDEX ix_proposal_author (author_mandate_id)
);
