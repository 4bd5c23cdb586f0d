-- The ODPE's figures as published, frozen (SmallCellSuppression, AutonomyIndicators). A month is counted and protected
-- once, when it has been over for a month, and every later request gets the same cells back: recounted after late
-- records, a month published twice could be compared with itself and give a withheld number back.
CREATE TABLE observatory_publication (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT NOT NULL REFERENCES departement (id),
    month_start     DATE   NOT NULL,   -- the first day of the month published
    published_on    DATE   NOT NULL,
    UNIQUE (departement_id, month_start)
);

-- Only what was shown: a withheld number is NULL here as it is absent from the figures; no raw count is kept.
CREATE TABLE observatory_published_cell (
    publication_id  BIGINT      NOT NULL REFERENCES observatory_publication (id),
    indicator       VARCHAR(40) NOT NULL,   -- AutonomyIndicator
    territory_id    BIGINT      NULL REFERENCES territory (id),   -- NULL: the département's total
    shown_count     INT         NULL,
    shown_cohort    INT         NULL,
    INDEX ix_observatory_published_cell (publication_id)
);
