-- Sign-in with a password for the web pages (the API keeps its bearer tokens). Only a PasswordHasher hash is stored;
-- repeated failures within a window lock the account for a while (SignIn options), counted here so that every web
-- process sees the same count.
ALTER TABLE users
    ADD COLUMN password_hash       text NULL,
    ADD COLUMN failed_sign_ins     int NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    ADD COLUMN last_failed_sign_in timestamptz NULL,
    ADD COLUMN locked_until        timestamptz NULL,
    -- 0002 may have added it already (notification delivery); both want the same optional column.
    ADD COLUMN IF NOT EXISTS email text NULL;
