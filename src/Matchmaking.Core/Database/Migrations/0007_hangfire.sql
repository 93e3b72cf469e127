-- Background jobs move from Quartz.NET to Hangfire (its own tables live in the "hangfire" schema, installed by the
-- migrator under the same advisory lock). Quartz's tables and the task rows' Quartz columns go.
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'qrtz\_%' LOOP
        EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', t);
    END LOOP;
END $$;

ALTER TABLE follow_ups DROP COLUMN IF EXISTS quartz_job;
-- The Hangfire job that wakes the task now; a wake-up by any other job (an old one, a duplicate) is ignored.
ALTER TABLE follow_ups ADD COLUMN job_id text NULL;
-- When the task last needed a wake-up that has not been recorded yet; the sweep schedules tasks left without one.
ALTER TABLE follow_ups ADD COLUMN job_requested_at timestamptz NULL;
-- Tasks still scheduled under Quartz have no Hangfire job yet: the sweep gives them one at their due or retry time.
UPDATE follow_ups SET job_requested_at = now() - interval '1 day' WHERE state = 'scheduled';
CREATE INDEX follow_ups_without_job ON follow_ups (job_requested_at) WHERE state = 'scheduled' AND job_id IS NULL;

ALTER TABLE rounds ADD COLUMN job_id text NULL;
-- Each claim of a round gets a token; only the run holding the latest claim may store the round's result.
ALTER TABLE rounds ADD COLUMN claim_token uuid NULL;
