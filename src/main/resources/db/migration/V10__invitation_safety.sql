-- Issue 8, accounts and invitations: revoked codes, replacement codes, disabled accounts, and the wrong-code lock
-- counted per key (the identity, the source address, the account an unusable code points at).

-- A code is revoked when a newer one is issued for the same account. A replacement code is the référent's explicit
-- "remplacer l'accès": only such a code may unlink the identity an account already has (recorded on redemption).
ALTER TABLE invitation
    ADD COLUMN revoked_at        TIMESTAMP(6) NULL,
    ADD COLUMN replaces_identity BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN replaced_subject  VARCHAR(255) NULL;

-- Codes issued before this rule: only the newest unused one per account stays usable, and none for an account that
-- already has an identity (those could silently replace it).
UPDATE invitation i
SET i.revoked_at = CURRENT_TIMESTAMP(6)
WHERE i.used_at IS NULL
  AND (i.account_id IN (SELECT ai.account_id FROM account_identity ai)
       OR EXISTS (SELECT 1 FROM (SELECT id, account_id FROM invitation WHERE used_at IS NULL) newer
                  WHERE newer.account_id = i.account_id AND newer.id > i.id));

-- A disabled account signs in as no one, and its open sessions end at their next request.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP(6) NULL;

-- The lock was per identity ("subject"); it is now per key: SUBJECT, ADDRESS or TARGET (an account id).
ALTER TABLE redemption_lock
    ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'SUBJECT' FIRST,
    CHANGE COLUMN subject lock_key VARCHAR(255) NOT NULL,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (kind, lock_key);
ALTER TABLE redemption_lock ALTER COLUMN kind DROP DEFAULT;
