-- The ground every capability stands on: départements, the people followed and their professionals,
-- local accounts linked to OpenID Connect identities, invitation codes, and the append-only audit journal.

CREATE TABLE departement (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(10)  NOT NULL UNIQUE,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
);

CREATE TABLE territory (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT       NOT NULL REFERENCES departement (id),
    name            VARCHAR(120) NOT NULL,
    UNIQUE (departement_id, name)
);

CREATE TABLE professional (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT       NOT NULL REFERENCES departement (id),
    service_id      BIGINT       NULL,
    first_name      VARCHAR(80)  NOT NULL,
    last_name       VARCHAR(80)  NOT NULL,
    job_title       VARCHAR(120) NOT NULL,
    email           VARCHAR(160) NULL,
    phone           VARCHAR(30)  NULL
);

-- A service (team) of the ASE on a territory, led by a head who may see the files of the whole service.
CREATE TABLE service_team (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id        BIGINT       NOT NULL REFERENCES departement (id),
    territory_id          BIGINT       NOT NULL REFERENCES territory (id),
    name                  VARCHAR(160) NOT NULL,
    phone                 VARCHAR(30)  NULL,
    head_professional_id  BIGINT       NULL REFERENCES professional (id)
);

ALTER TABLE professional ADD CONSTRAINT fk_professional_service FOREIGN KEY (service_id) REFERENCES service_team (id);

CREATE TABLE young_person (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id              BIGINT      NOT NULL REFERENCES departement (id),
    territory_id                BIGINT      NOT NULL REFERENCES territory (id),
    first_name                  VARCHAR(80) NOT NULL,
    last_name                   VARCHAR(80) NOT NULL,
    birth_date                  DATE        NOT NULL,
    referent_id                 BIGINT      NULL REFERENCES professional (id),
    -- Art. 375-7 Code civil: the judge ordered that the parents are not told where the child lives.
    placement_anonymity_ordered BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at                  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    INDEX ix_young_person_caseload (referent_id, last_name, first_name),
    INDEX ix_young_person_name (departement_id, last_name, first_name)
);

CREATE TABLE parent (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT       NOT NULL REFERENCES departement (id),
    first_name      VARCHAR(80)  NOT NULL,
    last_name       VARCHAR(80)  NOT NULL,
    email           VARCHAR(160) NULL,
    phone           VARCHAR(30)  NULL
);

CREATE TABLE parent_link (
    young_person_id  BIGINT      NOT NULL REFERENCES young_person (id),
    parent_id        BIGINT      NOT NULL REFERENCES parent (id),
    kinship          VARCHAR(20) NOT NULL,   -- MOTHER, FATHER, GUARDIAN
    authority        VARCHAR(20) NOT NULL,   -- HOLDS, WITHDRAWN, DELEGATED
    -- After 18 a parent sees nothing unless the young adult grants it.
    granted_by_young_adult BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (young_person_id, parent_id),
    INDEX ix_parent_link_parent (parent_id)
);

CREATE TABLE account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id   BIGINT       NOT NULL REFERENCES departement (id),
    role             VARCHAR(20)  NOT NULL,  -- JEUNE, PARENT, REFERENT, ANIMATEUR, OBSERVATOIRE, ADMIN
    display_name     VARCHAR(160) NOT NULL,
    young_person_id  BIGINT       NULL UNIQUE REFERENCES young_person (id),
    parent_id        BIGINT       NULL UNIQUE REFERENCES parent (id),
    professional_id  BIGINT       NULL UNIQUE REFERENCES professional (id),
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
);

-- The OpenID Connect subject ("sub") that signs in as an account. One deployment trusts one provider.
CREATE TABLE account_identity (
    subject     VARCHAR(255) PRIMARY KEY,
    account_id  BIGINT       NOT NULL UNIQUE REFERENCES account (id),
    linked_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
);

-- Single-use codes a référent gives to a young person or a parent; only a hash of the code is kept.
CREATE TABLE invitation (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id             BIGINT       NOT NULL REFERENCES account (id),
    code_hash              CHAR(64)     NOT NULL UNIQUE,
    created_by_account_id  BIGINT       NOT NULL REFERENCES account (id),
    created_at             TIMESTAMP(6) NOT NULL,
    expires_at             TIMESTAMP(6) NOT NULL,
    used_at                TIMESTAMP(6) NULL,
    used_by_subject        VARCHAR(255) NULL,
    INDEX ix_invitation_account (account_id)
);

-- Wrong invitation codes typed in a row by an identity, and until when it is locked out.
CREATE TABLE redemption_lock (
    subject               VARCHAR(255) PRIMARY KEY,
    consecutive_failures  INT          NOT NULL,
    locked_until          TIMESTAMP(6) NULL
);

-- Who read what about whom, and why they were allowed to. Append-only (see the triggers below).
CREATE TABLE audit_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at       TIMESTAMP(6) NOT NULL,
    actor_account_id  BIGINT       NOT NULL,
    actor_name        VARCHAR(160) NOT NULL,
    actor_role        VARCHAR(20)  NOT NULL,
    young_person_id   BIGINT       NOT NULL,
    information_kind  VARCHAR(30)  NOT NULL,
    access_reason     VARCHAR(40)  NOT NULL,
    action            VARCHAR(20)  NOT NULL,
    INDEX ix_audit_young_person (young_person_id, occurred_at),
    INDEX ix_audit_actor (actor_account_id, occurred_at)
);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
