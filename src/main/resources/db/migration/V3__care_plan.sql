-- The projet pour l'enfant (PPE) as versions: a référent drafts, then publishes; a published version never changes
-- (the triggers below refuse it), and the next one is published on top.

CREATE TABLE care_plan_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    young_person_id    BIGINT       NOT NULL REFERENCES young_person (id),
    status             VARCHAR(20)  NOT NULL,   -- DRAFT, PUBLISHED
    version_number     INT          NULL,       -- 1, 2, 3... given at publication
    next_review_on     DATE         NULL,
    youth_words        TEXT         NULL,       -- "ce que j'en dis"
    parents_words      TEXT         NULL,       -- "ce qu'en disent mes parents"
    author_account_id  BIGINT       NOT NULL,
    author_name        VARCHAR(160) NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    published_at       TIMESTAMP(6) NULL,
    UNIQUE KEY uq_care_plan_number (young_person_id, version_number),
    INDEX ix_care_plan_young_person (young_person_id, status)
);

CREATE TABLE care_plan_domain (
    version_id   BIGINT      NOT NULL REFERENCES care_plan_version (id),
    domain       VARCHAR(30) NOT NULL,   -- HEALTH, DEVELOPMENT, SCHOOLING, SOCIAL_LIFE, FAMILY
    needs        TEXT        NULL,
    objectives   TEXT        NULL,
    evaluation   TEXT        NULL,
    PRIMARY KEY (version_id, domain)
);

CREATE TABLE care_plan_action (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT       NOT NULL REFERENCES care_plan_version (id),
    domain      VARCHAR(30)  NOT NULL,
    position    INT          NOT NULL,
    what        VARCHAR(500) NOT NULL,
    who         VARCHAR(160) NOT NULL,
    due_on      DATE         NULL,
    INDEX ix_care_plan_action_version (version_id, domain, position)
);

DELIMITER //

CREATE TRIGGER care_plan_version_published_is_final BEFORE UPDATE ON care_plan_version FOR EACH ROW
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_version_published_stays BEFORE DELETE ON care_plan_version FOR EACH ROW
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_domain_published_is_final BEFORE UPDATE ON care_plan_domain FOR EACH ROW
BEGIN
    IF (SELECT status FROM care_plan_version WHERE id = OLD.version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_domain_published_stays BEFORE DELETE ON care_plan_domain FOR EACH ROW
BEGIN
    IF (SELECT status FROM care_plan_version WHERE id = OLD.version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_action_published_is_final BEFORE UPDATE ON care_plan_action FOR EACH ROW
BEGIN
    IF (SELECT status FROM care_plan_version WHERE id = OLD.version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_action_published_stays BEFORE DELETE ON care_plan_action FOR EACH ROW
BEGIN
    IF (SELECT status FROM care_plan_version WHERE id = OLD.version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_domain_published_is_closed BEFORE INSERT ON care_plan_domain FOR EACH ROW
BEGIN
    IF (SELECT status FROM care_plan_version WHERE id = NEW.version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

CREATE TRIGGER care_plan_action_published_is_closed BEFORE INSERT ON care_plan_action FOR EACH ROW
BEGIN
    IF (SELECT status FROM care_plan_version WHERE id = NEW.version_id) = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published care plan version never changes';
    END IF;
END//

DELIMITER ;
