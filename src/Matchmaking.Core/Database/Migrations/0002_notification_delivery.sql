-- Delivery of the outbox (notifications) over SMTP: each row is pending until a worker sends it, retried with backoff
-- while the mail server fails, and dead-lettered after Smtp:MaxAttempts; the secretariat retries or cancels dead ones.
ALTER TABLE notifications
    ADD COLUMN IF NOT EXISTS state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead', 'cancelled')),
    ADD COLUMN IF NOT EXISTS attempts        int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- NULL means "due now": writers need not know the delivery clock, and an old row is due at once.
    ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz NULL,
    ADD COLUMN IF NOT EXISTS last_error      text NULL,
    -- The address, when the writer knows it; otherwise filled in at delivery with the address the mail went to.
    ADD COLUMN IF NOT EXISTS email           text NULL;

-- Rows written before delivery existed and already marked sent stay sent.
UPDATE notifications SET state = 'sent' WHERE sent_at IS NOT NULL;

-- The delivery worker's scan (pending, oldest first) and the secretariat's list by state.
CREATE INDEX notifications_state ON notifications (state, id);

-- Where a notification's recipient label ("mentor city Bologna", "applicant city Kumasi", "secretariat") is delivered.
-- Keyed by the label the outbox writes, so a writer needs no address; an unknown label goes to Smtp:FallbackRecipient.
CREATE TABLE contacts (
    recipient  text PRIMARY KEY,
    email      text NOT NULL,
    updated_at timestamptz NOT NULL
);

-- A person's own address; a notification whose recipient is the user's label ("coordinator:music-coordinator"), or,
-- for a mentor user, "mentor city <their city>", is delivered there when no contacts row names the label.
ALTER TABLE users ADD COLUMN IF NOT EXISTS email text NULL;

-- The same failure bookkeeping for follow-up tasks, which may now end dead-lettered.
ALTER TABLE follow_ups
    ADD COLUMN IF NOT EXISTS attempts        int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN IF NOT EXISTS last_error      text NULL,
    ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz NULL;
ALTER TABLE follow_ups DROP CONSTRAINT IF EXISTS follow_ups_state_check;
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_state_check
    CHECK (state IN ('scheduled', 'running', 'done', 'skipped', 'failed', 'cancelled', 'dead_lettered'));
