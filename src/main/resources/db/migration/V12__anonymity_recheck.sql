-- Under an anonymity order, texts a parent can read that name the placement are withheld from the parents until the
-- référent reviews them. They are found when the order is made or the placement changes: the triggers below mark
-- the young person due for a recheck whatever wrote the change (a service, an import, a fix in the database), and
-- the application checks every parent-readable text again (AnonymityRecheck).

CREATE TABLE withheld_text (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id   BIGINT       NOT NULL REFERENCES young_person (id),
    source            VARCHAR(80)  NOT NULL,   -- table.column, e.g. meeting.notes
    row_key           VARCHAR(80)  NOT NULL,   -- the row's id (version.domain for a PPE domain)
    withheld_at       TIMESTAMP(6) NOT NULL,
    reviewed_at       TIMESTAMP(6) NULL,       -- the référent confirmed it safe: parents read it again
    reviewed_by_name  VARCHAR(160) NULL,
    -- Per young person: some keys (a grid domain) are only unique within one file.
    UNIQUE KEY uq_withheld_text (young_person_id, source, row_key)
);

CREATE TABLE anonymity_recheck (
    young_person_id  BIGINT       PRIMARY KEY REFERENCES young_person (id),
    due_since        TIMESTAMP(6) NOT NULL
);

DELIMITER //

CREATE TRIGGER young_person_anonymity_ordered AFTER UPDATE ON young_person FOR EACH ROW
BEGIN
    IF NEW.placement_anonymity_ordered AND NOT OLD.placement_anonymity_ordered THEN
        INSERT INTO anonymity_recheck (young_person_id, due_since) VALUES (NEW.id, NOW(6))
        ON DUPLICATE KEY UPDATE due_since = due_since;
    END IF;
END//

CREATE TRIGGER measure_placement_added AFTER INSERT ON measure FOR EACH ROW
BEGIN
    IF NEW.placement_kind IS NOT NULL
            AND (SELECT placement_anonymity_ordered FROM young_person WHERE id = NEW.young_person_id) THEN
        INSERT INTO anonymity_recheck (young_person_id, due_since) VALUES (NEW.young_person_id, NOW(6))
        ON DUPLICATE KEY UPDATE due_since = due_since;
    END IF;
END//

CREATE TRIGGER measure_placement_changed AFTER UPDATE ON measure FOR EACH ROW
BEGIN
    IF (NOT (OLD.placement_name <=> NEW.placement_name) OR NOT (OLD.placement_address <=> NEW.placement_address)
            OR NOT (OLD.placement_phone <=> NEW.placement_phone) OR NOT (OLD.placement_kind <=> NEW.placement_kind))
            AND (SELECT placement_anonymity_ordered FROM young_person WHERE id = NEW.young_person_id) THEN
        INSERT INTO anonymity_recheck (young_person_id, due_since) VALUES (NEW.young_person_id, NOW(6))
        ON DUPLICATE KEY UPDATE due_since = due_since;
    END IF;
END//

CREATE TRIGGER contact_placement_added AFTER INSERT ON contact FOR EACH ROW
BEGIN
    IF NEW.part_of_placement
            AND (SELECT placement_anonymity_ordered FROM young_person WHERE id = NEW.young_person_id) THEN
        INSERT INTO anonymity_recheck (young_person_id, due_since) VALUES (NEW.young_person_id, NOW(6))
        ON DUPLICATE KEY UPDATE due_since = due_since;
    END IF;
END//

CREATE TRIGGER contact_placement_changed AFTER UPDATE ON contact FOR EACH ROW
BEGIN
    IF (NEW.part_of_placement OR OLD.part_of_placement)
            AND (SELECT placement_anonymity_ordered FROM young_person WHERE id = NEW.young_person_id) THEN
        INSERT INTO anonymity_recheck (young_person_id, due_since) VALUES (NEW.young_person_id, NOW(6))
        ON DUPLICATE KEY UPDATE due_since = due_since;
    END IF;
END//

DELIMITER ;
