-- Content the département writes and publishes for the people it follows (content module): the livret d'accueil
-- of each kind of measure, the rights guide, the evaluation leaflet and the lexique. Books hold pages; each page
-- has, per language (standard French, FALC, English, Arabic...), at most one draft and a history of published
-- versions. A published version is only ever inserted, never updated or deleted: readers and referents can always
-- read what was published, by whom and when.

CREATE TABLE content_book (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT       NOT NULL REFERENCES departement (id),
    -- WELCOME_<measure group> (WELCOME_PLACEMENT, WELCOME_AEMO, WELCOME_ACCUEIL_PROVISOIRE...), RIGHTS, EVALUATION,
    -- GLOSSARY, or a name of the département's own
    code            VARCHAR(40)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,  -- WELCOME, RIGHTS, EVALUATION, GLOSSARY, OTHER
    position        INT          NOT NULL,
    UNIQUE (departement_id, code)
);

-- A book's title in each language; a title is a label, edited in place (the pages carry the versions).
CREATE TABLE content_book_title (
    book_id   BIGINT       NOT NULL REFERENCES content_book (id),
    language  VARCHAR(8)   NOT NULL,        -- FR, FALC, EN, AR
    title     VARCHAR(200) NOT NULL,
    PRIMARY KEY (book_id, language)
);

CREATE TABLE content_page (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    book_id       BIGINT       NOT NULL REFERENCES content_book (id),
    -- Stable name: what links from the PPE and the measures point to, what the code's rules choose (the rights
    -- guide's CALL_119, LAWYER...), the lexique's term (PPE, AEMO...)
    slug          VARCHAR(60)  NOT NULL,
    position      INT          NOT NULL,
    audience      VARCHAR(10)  NOT NULL,    -- ALL, YOUNG, PARENT: whom the page speaks to
    withdrawn_at  TIMESTAMP(6) NULL,        -- no longer shown; its versions stay readable in the history
    UNIQUE (book_id, slug)
);

-- Published versions: immutable. number counts per (page, language) from 1. A FALC version or a translation says
-- which French version it follows, so that a reader and the editor see when it lags behind.
CREATE TABLE content_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    page_id            BIGINT       NOT NULL REFERENCES content_page (id),
    language           VARCHAR(8)   NOT NULL,
    number             INT          NOT NULL,
    title              VARCHAR(200) NOT NULL,
    body               MEDIUMTEXT   NOT NULL,   -- Markdown, rendered and sanitised at reading
    follows_number     INT          NULL,       -- the FR version this one renders; NULL for FR itself
    published_at       TIMESTAMP(6) NOT NULL,
    published_by       BIGINT       NULL REFERENCES account (id),  -- NULL: shipped with Repères
    published_by_name  VARCHAR(160) NOT NULL,
    UNIQUE (page_id, language, number)
);

-- The one draft of a page in a language, until it is published (then deleted: the version holds it).
CREATE TABLE content_draft (
    page_id          BIGINT       NOT NULL REFERENCES content_page (id),
    language         VARCHAR(8)   NOT NULL,
    title            VARCHAR(200) NOT NULL,
    body             MEDIUMTEXT   NOT NULL,
    follows_number   INT          NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    updated_by_name  VARCHAR(160) NOT NULL,
    PRIMARY KEY (page_id, language)
);

-- The language a reader chose for the département's content; the portal remembers it.
CREATE TABLE content_reading_language (
    account_id  BIGINT      PRIMARY KEY REFERENCES account (id),
    language    VARCHAR(8)  NOT NULL
);

-- The livret offered to a young person or a parent at their first sign-in after a measure began, and whether they
-- said "j'ai reçu et lu le livret". One row per measure and reader.
CREATE TABLE livret_offer (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    measure_id            BIGINT       NOT NULL REFERENCES measure (id),
    young_person_id       BIGINT       NOT NULL REFERENCES young_person (id),
    reader_key            VARCHAR(24)  NOT NULL,  -- 'Y:<young person id>' or 'P:<parent id>'
    book_id               BIGINT       NOT NULL REFERENCES content_book (id),
    offered_at            TIMESTAMP(6) NOT NULL,
    acknowledged_at       TIMESTAMP(6) NULL,
    acknowledged_language VARCHAR(8)   NULL,
    UNIQUE (measure_id, reader_key),
    INDEX ix_livret_offer_young_person (young_person_id),
    INDEX ix_livret_offer_pending (acknowledged_at, offered_at)
);

-- The reminder sent when nobody acknowledged a measure's livret in time: once per measure, whichever instance runs.
CREATE TABLE livret_reminder (
    measure_id   BIGINT       PRIMARY KEY REFERENCES measure (id),
    reminded_at  TIMESTAMP(6) NOT NULL
);

-- Owned by dossier: each measure with its id, kind and dates, for the livret offered at its start. No place, no
-- decision, no visiting rights.
CREATE ALGORITHM = MERGE VIEW dossier_measure_start_view AS
SELECT id, young_person_id, kind, starts_on, ends_on
FROM measure;

-- Owned by dossier: which départements exist, for the content each one starts from.
CREATE ALGORITHM = MERGE VIEW dossier_departement_view AS
SELECT id, code
FROM departement;
