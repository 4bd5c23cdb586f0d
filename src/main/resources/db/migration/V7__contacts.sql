-- The people around a young person besides the référent: educator, lawyer, juge des enfants, MDPH référent.
-- A contact that belongs to the lieu d'accueil (its educator) is placement information: hidden from parents under
-- an anonymity order, like the address.

CREATE TABLE contact (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id    BIGINT       NOT NULL REFERENCES young_person (id),
    kind               VARCHAR(30)  NOT NULL,   -- EDUCATOR, LAWYER, JUDGE, MDPH_REFERENT
    name               VARCHAR(160) NOT NULL,
    organisation       VARCHAR(160) NULL,
    phone              VARCHAR(30)  NULL,
    email              VARCHAR(160) NULL,
    part_of_placement  BOOLEAN      NOT NULL DEFAULT FALSE,
    INDEX ix_contact_young_person (young_person_id)
);
