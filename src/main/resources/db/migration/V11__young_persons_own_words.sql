-- The young person's own words written for their référent are theirs: their parents read them only if the young
-- person ticks "partager avec mes parents" where they write them (default: not shared). See AccessPolicy.

ALTER TABLE autonomy_assessment
    ADD COLUMN comment_shared_with_parents BOOLEAN NOT NULL DEFAULT FALSE AFTER comment;

ALTER TABLE autonomy_interview
    ADD COLUMN shared_with_parents BOOLEAN NOT NULL DEFAULT FALSE AFTER questions;

ALTER TABLE young_adult_request
    ADD COLUMN shared_with_parents BOOLEAN NOT NULL DEFAULT FALSE AFTER other_support;
