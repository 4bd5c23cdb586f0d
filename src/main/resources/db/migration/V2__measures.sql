-- Measures decided for a young person (administrative by the PCD, judicial by the juge des enfants or the tribunal),
-- with, for a placement, where the young person lives and the parents' visiting rights.
-- Whether the parents may know the place is young_person.placement_anonymity_ordered (V1): the judge's order
-- concerns the child, whatever measure carries the placement.

CREATE TABLE measure (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id     BIGINT       NOT NULL REFERENCES young_person (id),
    kind                VARCHAR(40)  NOT NULL,
    decided_by          VARCHAR(40)  NOT NULL,  -- PRESIDENT_DEPARTEMENT, JUGE_DES_ENFANTS, TRIBUNAL
    decided_on          DATE         NOT NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NULL,      -- end, or next renewal
    placement_kind      VARCHAR(40)  NULL,
    placement_name      VARCHAR(160) NULL,
    placement_address   VARCHAR(255) NULL,
    placement_phone     VARCHAR(30)  NULL,
    visiting_rights     VARCHAR(20)  NULL,      -- FREE, ACCOMPANIED, MEDIATED
    visiting_frequency  VARCHAR(160) NULL,
    INDEX ix_measure_young_person (young_person_id, starts_on)
);
