-- The observatory's publication units (ObservatoryFigures, YearTables): one figure, one breakdown, one calendar year
-- of a département, published again each month with one more month, its pattern frozen: a number once shown stays
-- shown with the same value, once withheld stays withheld, so that the union of all publications over time is the
-- latest one, which the audit protects. Only what was shown is kept: a withheld number is NULL, no raw count here.
CREATE TABLE observatory_figure_unit (
    id              BIGINT      AUTO_INCREMENT PRIMARY KEY,
    departement_id  BIGINT      NOT NULL REFERENCES departement (id),
    indicator       VARCHAR(40) NOT NULL,   -- Indicator
    dimension       VARCHAR(20) NOT NULL,   -- Dimension
    year_number     INT         NOT NULL,
    months          INT         NOT NULL,   -- months of the year published so far (1 to 12)
    published_on    DATE        NOT NULL,   -- the day the last of them was published
    UNIQUE (departement_id, indicator, dimension, year_number)
);

CREATE TABLE observatory_figure_cell (
    unit_id       BIGINT      NOT NULL REFERENCES observatory_figure_unit (id),
    category      VARCHAR(40) NOT NULL,   -- a territory id, an age band, a measure or place kind; '' the total row
    period        VARCHAR(7)  NOT NULL,   -- 2026-03, 2026-T1, 2026
    shown_count   INT         NULL,
    shown_cohort  INT         NULL,
    PRIMARY KEY (unit_id, category, period)
);
