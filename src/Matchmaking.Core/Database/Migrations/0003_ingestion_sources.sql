-- Where each feed of the remote applications portal stands, per call and kind. A sync sends the validators of each page it
-- fetched last time (If-None-Match / If-Modified-Since); they are replaced only after the sync's import has committed,
-- so a failed sync fetches the same pages again instead of mistaking them for unchanged.
CREATE TABLE portal_sync_state (
    call_year       int NOT NULL REFERENCES calls (year),
    kind            text NOT NULL CHECK (kind IN ('applicants', 'mentors')),
    -- [{ "page": 1, "etag": "\"a1\"", "last_modified": "Tue, 02 Mar 2027 10:00:00 GMT", "next_page": 2 }, ...]
    pages           jsonb NOT NULL DEFAULT '[]',
    last_run_at     timestamptz NULL,
    last_outcome    text NULL CHECK (last_outcome IN ('imported', 'not_modified', 'empty', 'failed')),
    last_error      text NULL,
    last_success_at timestamptz NULL,
    last_import_id  bigint NULL REFERENCES imports (id) ON DELETE SET NULL,
    PRIMARY KEY (call_year, kind)
);

-- Files taken from the inbox folder. The unique content hash is the claim: a worker inserts the row in a transaction that
-- stays open while it imports and moves the file, so a second worker seeing the same file (or the same content under another
-- name) never imports it again. Rows are inserted as 'claimed' and become 'processed' or 'failed' before that transaction
-- commits; other sessions only ever see the final state.
CREATE TABLE inbox_files (
    id             bigserial PRIMARY KEY,
    call_year      int NOT NULL REFERENCES calls (year),
    content_sha256 bytea NOT NULL,
    path           text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('applicants', 'mentors')),
    state          text NOT NULL CHECK (state IN ('claimed', 'processed', 'failed')),
    import_id      bigint NULL REFERENCES imports (id) ON DELETE SET NULL,
    error          text NULL,
    moved_to       text NULL,
    claimed_by     text NOT NULL,
    claimed_at     timestamptz NOT NULL,
    finished_at    timestamptz NULL,
    UNIQUE (call_year, content_sha256)
);
