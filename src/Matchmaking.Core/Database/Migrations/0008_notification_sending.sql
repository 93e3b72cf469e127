-- A notification is marked 'sending' (committed) before the mail goes out, and its outcome is written after, in a
-- transaction of its own. The database going away between the two no longer costs a duplicate: the worker keeps the
-- outcome and writes it once the database is back, and no other worker takes a 'sending' row until Smtp:SendingLease
-- has passed (the worker that sent it is then presumed dead, and the message is sent again with the same Message-ID).
ALTER TABLE notifications ADD COLUMN IF NOT EXISTS sending_since timestamptz NULL;
ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_state_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_state_check
    CHECK (state IN ('pending', 'sending', 'sent', 'dead', 'cancelled'));
