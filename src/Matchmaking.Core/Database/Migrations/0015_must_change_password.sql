-- A temporary password (given by the secretariat when it creates an account or resets its password) is seen by two
-- people: its owner must replace it before using the pages. Set with each temporary password, cleared when the owner
-- sets their own.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
