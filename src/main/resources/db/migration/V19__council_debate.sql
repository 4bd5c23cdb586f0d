-- Issue 11, proposals and debate (participation module): a proposal's PDF attachments, the comments and their
-- answers (one level), supports, reports of comments, what each member has read, and the routing of a text that
-- reveals a danger to a child to a professional.

-- PDF only (checked by content), joined by the author while the proposal is theirs to edit.
CREATE TABLE proposal_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL REFERENCES proposal (id),
    file_name    VARCHAR(255) NOT NULL,
    size_bytes   INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  TIMESTAMP(6) NOT NULL,
    INDEX ix_attachment_proposal (proposal_id)
);

-- A comment on a published proposal, or an answer to one (reply_to_id names a comment with no reply_to_id itself:
-- one level of answers, checked by the service). Hidden by the animateur with a reason its author sees; a redacted
-- passage is replaced in body, and no copy of it is kept anywhere.
CREATE TABLE proposal_comment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id        BIGINT       NOT NULL REFERENCES proposal (id),
    reply_to_id        BIGINT       NULL REFERENCES proposal_comment (id),
    author_mandate_id  BIGINT       NOT NULL REFERENCES council_mandate (id),
    body               TEXT         NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    hidden_reason      VARCHAR(500) NULL,
    hidden_at          TIMESTAMP(6) NULL,
    redacted_at        TIMESTAMP(6) NULL,
    INDEX ix_comment_proposal (proposal_id, created_at),
    INDEX ix_comment_reply (reply_to_id)
);

-- One support per member and proposal (the key makes a double click or two servers count once).
CREATE TABLE proposal_support (
    proposal_id  BIGINT       NOT NULL REFERENCES proposal (id),
    mandate_id   BIGINT       NOT NULL REFERENCES council_mandate (id),
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (proposal_id, mandate_id)
);

-- A member reports a comment to the animateur, once, with an optional reason; closed when the animateur acts.
CREATE TABLE comment_report (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    comment_id           BIGINT       NOT NULL REFERENCES proposal_comment (id),
    reporter_mandate_id  BIGINT       NOT NULL REFERENCES council_mandate (id),
    reason               VARCHAR(500) NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    closed_at            TIMESTAMP(6) NULL,
    UNIQUE (comment_id, reporter_mandate_id),
    INDEX ix_report_open (closed_at)
);

-- When a member last opened a published proposal: "proposals to read" on their home.
CREATE TABLE proposal_read (
    proposal_id  BIGINT       NOT NULL REFERENCES proposal (id),
    mandate_id   BIGINT       NOT NULL REFERENCES council_mandate (id),
    read_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (mandate_id, proposal_id)
);

-- A proposal or a comment the animateur judged to reveal a danger to a child: hidden and routed at once to the
-- author's référent (recipient REFERENT, through the bell) or to the département's duty address (DUTY_ADDRESS, by
-- mail with the text). Who was told, when, by whom. The text itself stays in its proposal or comment.
CREATE TABLE council_danger_routing (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id              BIGINT       NOT NULL REFERENCES council (id),
    proposal_id             BIGINT       NULL REFERENCES proposal (id),
    comment_id              BIGINT       NULL REFERENCES proposal_comment (id),
    author_mandate_id       BIGINT       NOT NULL REFERENCES council_mandate (id),
    -- The author's young person, when the author is one (null for a parent).
    young_person_id         BIGINT       NULL,
    recipient               VARCHAR(20)  NOT NULL,  -- REFERENT, DUTY_ADDRESS
    referent_account_id     BIGINT       NULL,
    told_name               VARCHAR(200) NOT NULL,  -- the référent's name, or the duty address
    routed_by_account_id    BIGINT       NOT NULL,
    routed_by_name          VARCHAR(200) NOT NULL,
    routed_at               TIMESTAMP(6) NOT NULL,
    mailed_at               TIMESTAMP(6) NULL,
    read_at                 TIMESTAMP(6) NULL,
    CHECK ((proposal_id IS NULL) <> (comment_id IS NULL)),
    INDEX ix_routing_young_person (young_person_id, routed_at),
    INDEX ix_routing_author (author_mandate_id)
);
