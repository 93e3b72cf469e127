-- English or French, per person: a user's pages and mail follow users.language (unset: the browser's, then English); an
-- applicant's or mentor city's mail follows the first of its languages that is English or French. Each notification keeps
-- the language it was written in.
ALTER TABLE users ADD COLUMN language text NULL CHECK (language IN ('en', 'fr'));
ALTER TABLE notifications ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr'));
