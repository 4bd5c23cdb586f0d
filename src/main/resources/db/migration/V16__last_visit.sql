-- Issue 10, the home page's "what changed since your last visit": when an account signed in, and the time before.
-- Owned by identity (account). At each sign-in the previous time moves to previous_sign_in_at; the home shows what
-- the account was told since then. Both NULL until the first sign-in after this migration.
ALTER TABLE account
    ADD COLUMN signed_in_at        TIMESTAMP(6) NULL,
    ADD COLUMN previous_sign_in_at TIMESTAMP(6) NULL;
