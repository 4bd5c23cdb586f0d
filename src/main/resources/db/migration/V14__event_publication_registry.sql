-- Notifications and mails leave the user's click: Spring Modulith's event publication registry records, in the
-- transaction of the change, every event an after-commit listener must handle; the listener runs afterwards, and a
-- publication it did not complete is handed to it again (failure, restart). The table is Spring Modulith 2.1's own
-- (spring-modulith-events-jdbc, schemas/v2/schema-mariadb.sql), created here rather than by the registry so that
-- Flyway owns the whole schema. Its name is upper case because the registry's statements spell it so.
CREATE TABLE EVENT_PUBLICATION
(
  ID                     VARCHAR(36) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6) DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6) DEFAULT NULL NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);

-- A listener handed the same event again must not tell anyone twice: the occasion names what happened (a PPE
-- version, a meeting's notes, a move of a request, a reminder), and one account is told of one occasion once.
-- Notifications recorded without an occasion (NULL) are not deduplicated, as before.
ALTER TABLE notification
    ADD COLUMN occasion VARCHAR(120) NULL AFTER link,
    ADD CONSTRAINT uq_notification_occasion UNIQUE (account_id, kind, young_person_id, occasion);
