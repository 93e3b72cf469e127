-- People managed from the pages: an account can be disabled (kept, with its history in the audit log, but no token or
-- password of it works) and enabled again. Who disabled it, and when, is shown on the users page.
ALTER TABLE users
    ADD COLUMN disabled_at timestamptz NULL,
    ADD COLUMN disabled_by text NULL;
