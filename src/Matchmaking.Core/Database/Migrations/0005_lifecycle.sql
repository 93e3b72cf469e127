-- The pairing lifecycle: a coordinator approves, the mentor city accepts (established) or declines, or the offer
-- expires; declines and expiries trigger a re-run for the field.
ALTER TABLE proposals DROP CONSTRAINT IF EXISTS proposals_status_check;
ALTER TABLE proposals ADD CONSTRAINT proposals_status_check
    CHECK (status IN ('proposed', 'approved', 'established', 'rejected', 'declined', 'expired'));
ALTER TABLE proposals DROP CONSTRAINT IF EXISTS proposals_round_id_applicant_id_key;
ALTER TABLE proposals ADD CONSTRAINT proposals_round_pair_key UNIQUE (round_id, applicant_id, mentor_id);
ALTER TABLE proposals ADD COLUMN offer_expires_at timestamptz NULL;
ALTER TABLE proposals ADD COLUMN responded_by text NULL;
ALTER TABLE proposals ADD COLUMN responded_at timestamptz NULL;
ALTER TABLE proposals ADD COLUMN response_note text NULL;
CREATE INDEX proposals_pair ON proposals (call_year, applicant_id, mentor_id);

ALTER TABLE rounds ADD COLUMN creative_field text NULL;
ALTER TABLE rounds ADD COLUMN reason text NOT NULL DEFAULT 'requested';
ALTER TABLE rounds ADD COLUMN run_by text NULL;

ALTER TABLE applicants ADD COLUMN flagged_late_at timestamptz NULL;

-- Failure bookkeeping for follow-up tasks (also added by the delivery migration; both are idempotent).
ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS attempts int NOT NULL DEFAULT 0;
ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS last_error text NULL;
ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz NULL;
ALTER TABLE follow_ups DROP CONSTRAINT IF EXISTS follow_ups_state_check;
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_state_check
    CHECK (state IN ('scheduled', 'running', 'done', 'skipped', 'failed', 'cancelled', 'dead_lettered'));

-- The closing report, as it stood when the partnership deadline passed.
CREATE TABLE closing_reports (
    call_year    int PRIMARY KEY REFERENCES calls (year),
    generated_at timestamptz NOT NULL,
    report       jsonb NOT NULL
);
