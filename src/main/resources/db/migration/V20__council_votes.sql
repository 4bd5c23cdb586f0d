-- Secret votes of a council (participation module). Design: docs/secret-ballot.md.
-- "Has voted" (council_vote_roll) and "the ballot" (council_vote_tally counters, council_vote_receipt codes) are
-- kept apart: no shared id, no ordering column, no timestamp, nothing that says which roll row goes with which
-- counter increment or receipt. Do not add any column to the three ballot-side tables without reading that file.

CREATE TABLE council_vote (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    council_id       BIGINT       NOT NULL REFERENCES council (id),
    title            VARCHAR(160) NOT NULL,
    kind             VARCHAR(20)  NOT NULL,  -- FOR_AGAINST_ABSTAIN, APPROVAL
    -- APPROVAL only: how many proposals a member may approve at most.
    approval_limit   INT          NULL,
    opens_at         TIMESTAMP(6) NOT NULL,
    closes_at        TIMESTAMP(6) NOT NULL,
    quorum_percent   INT          NOT NULL,
    majority         VARCHAR(20)  NOT NULL,  -- SIMPLE, ABSOLUTE, TWO_THIRDS
    created_at       TIMESTAMP(6) NOT NULL,
    -- Set once, by the one conditional UPDATE that closes the vote (whichever instance gets there first).
    closed_at        TIMESTAMP(6) NULL,
    -- People (not mandates) with a mandate active on the opening day, plus anyone on the roll (who was a member when
    -- they cast, then resigned that day), counted when the vote closes: the ballots never exceed it.
    electorate       INT          NULL,
    CHECK (opens_at < closes_at),
    CHECK (quorum_percent BETWEEN 0 AND 100),
    INDEX ix_vote_council (council_id, closes_at),
    INDEX ix_vote_closing (closed_at, closes_at)
);

-- The proposals a vote is on, in the order the animateur listed them.
CREATE TABLE council_vote_proposal (
    vote_id      BIGINT NOT NULL REFERENCES council_vote (id),
    proposal_id  BIGINT NOT NULL REFERENCES proposal (id),
    position     INT    NOT NULL,
    PRIMARY KEY (vote_id, proposal_id)
);

-- The roll ("a voté"): who has cast, once per vote and per PERSON, not per mandate: 'Y:<young_person_id>' or
-- 'P:<parent_id>' (council_mandate's person), so that a member who resigns and is taken back, or whose mandate is
-- renewed, during the vote still has one ballot. No timestamp, no ballot reference.
CREATE TABLE council_vote_roll (
    vote_id    BIGINT      NOT NULL REFERENCES council_vote (id),
    member_key VARCHAR(24) NOT NULL,
    PRIMARY KEY (vote_id, member_key)
);

-- The ballots, as counters only: one row per proposal and choice, created at zero with the vote and incremented in
-- the casting transaction. An increment leaves nothing behind that says whose it was.
CREATE TABLE council_vote_tally (
    vote_id      BIGINT      NOT NULL REFERENCES council_vote (id),
    proposal_id  BIGINT      NOT NULL REFERENCES proposal (id),
    choice       VARCHAR(10) NOT NULL,  -- FOR, AGAINST, ABSTAIN (FOR_AGAINST_ABSTAIN); APPROVED (APPROVAL)
    ballots      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (vote_id, proposal_id, choice)
);

-- Receipts of counted ballots: a random code per ballot, no choice, no mandate, no time. The primary key is the
-- code itself, so rows are stored (and read) in the codes' random order, not the order they were cast in.
CREATE TABLE council_vote_receipt (
    vote_id  BIGINT   NOT NULL REFERENCES council_vote (id),
    code     CHAR(14) NOT NULL,
    PRIMARY KEY (vote_id, code)
);
