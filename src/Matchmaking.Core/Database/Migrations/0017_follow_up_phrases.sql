-- What the service writes for people about its background work is kept as a phrase (code and arguments, worded in each
-- reader's language), beside the English text that the API, the CSV exports and the logs keep reading. Rows written
-- before this script have only their English text, which the pages still show.
ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS outcome_phrase jsonb NULL;
ALTER TABLE follow_ups ADD COLUMN IF NOT EXISTS last_error_phrase jsonb NULL;
ALTER TABLE notifications ADD COLUMN IF NOT EXISTS last_error_phrase jsonb NULL;
