-- Documents about a young person (judgments, rapports de situation, reports): PDF only, shared with the family or not.

CREATE TABLE document (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id   BIGINT       NOT NULL REFERENCES young_person (id),
    kind              VARCHAR(30)  NOT NULL,   -- JUDGMENT, SITUATION_REPORT, REPORT, OTHER
    title             VARCHAR(160) NOT NULL,
    document_date     DATE         NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    size_bytes        INT          NOT NULL,
    content           MEDIUMBLOB   NOT NULL,
    shared            BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by_name  VARCHAR(160) NOT NULL,
    uploaded_at       TIMESTAMP(6) NOT NULL,
    INDEX ix_document_young_person (young_person_id, document_date)
);
