-- The observatory's yearly reports (ObservatoryReports): asked for by the ODPE, written in the background one
-- indicator at a time, then kept with their date. The PDF and the HTML are written once, with the status DONE, in
-- one statement: a report that failed keeps neither, only its line marked FAILED. running_year is the year while
-- the report is being written, NULL after: two requests for the same year of a département are one generation.
CREATE TABLE observatory_report (
    id                       BIGINT        AUTO_INCREMENT PRIMARY KEY,
    departement_id           BIGINT        NOT NULL REFERENCES departement (id),
    year_number              INT           NOT NULL,
    granularity              VARCHAR(10)   NOT NULL,   -- Granularity
    breakdowns               VARCHAR(100)  NOT NULL,   -- Dimension names, comma-separated, in order
    language                 VARCHAR(10)   NOT NULL,   -- the language it is written in (fr, en)
    introduction             TEXT          NOT NULL,   -- the département's foreword, may be empty
    requested_by_account_id  BIGINT        NOT NULL,   -- who asked (the account), with their name then
    requested_by_name        VARCHAR(160)  NOT NULL,
    requested_at             TIMESTAMP(6)  NOT NULL,
    finished_at              TIMESTAMP(6)  NULL,
    status                   VARCHAR(10)   NOT NULL,   -- RUNNING, DONE, FAILED
    indicators_done          INT           NOT NULL DEFAULT 0,
    indicators_total         INT           NOT NULL,
    running_year             INT           NULL,
    pdf                      LONGBLOB      NULL,
    pdf_size                 INT           NULL,
    html                     LONGTEXT      NULL,
    html_size                INT           NULL,
    UNIQUE (departement_id, running_year),
    INDEX observatory_report_by_departement (departement_id, requested_at)
);

-- The indicators chosen, in the report's order, each with the département's comment (may be empty).
CREATE TABLE observatory_report_indicator (
    report_id  BIGINT       NOT NULL REFERENCES observatory_report (id),
    position   INT          NOT NULL,
    indicator  VARCHAR(40)  NOT NULL,   -- Indicator
    comment    TEXT         NOT NULL,
    PRIMARY KEY (report_id, position)
);
