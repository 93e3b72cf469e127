-- Issue 22: text models learned from the coordinators' decisions. Each trained candidate is kept with its artifact (the
-- zip TextModel.Save writes), what it learned from and its evaluation beside the model it was compared with. At most one
-- version is active; none active means the model shipped with the engine (or the one Model__Path names).
CREATE TABLE model_versions (
    id                 bigserial PRIMARY KEY,
    version            text NOT NULL,
    -- The stored version that was current when this one was trained; null when it was the shipped model.
    parent_id          bigint NULL REFERENCES model_versions (id),
    parent_version     text NOT NULL,
    artifact           bytea NOT NULL,
    group_weights      double precision[] NOT NULL,
    trained_by         text NOT NULL,
    trained_at         timestamptz NOT NULL,
    decisions          int NOT NULL,
    held_out_decisions int NOT NULL,
    held_out_call      int NULL,
    evaluation         jsonb NOT NULL,
    parent_evaluation  jsonb NOT NULL,
    verdict            text NOT NULL CHECK (verdict IN ('promoted', 'unchanged', 'worse_on_decisions', 'worse_on_development_call')),
    active             boolean NOT NULL DEFAULT false,
    activated_by       text NULL,
    activated_at       timestamptz NULL
);
CREATE UNIQUE INDEX model_versions_one_active ON model_versions (active) WHERE active;

-- A request to train a candidate (the secretariat's page and API): it runs as a Hangfire job; its outcome stays here.
CREATE TABLE model_trainings (
    id               bigserial PRIMARY KEY,
    requested_by     text NOT NULL,
    requested_at     timestamptz NOT NULL,
    status           text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
    completed_at     timestamptz NULL,
    model_version_id bigint NULL REFERENCES model_versions (id),
    error            text NULL
);

-- The stored version a round ran with (null: the shipped or configured model, named by model_version).
ALTER TABLE rounds ADD COLUMN model_version_id bigint NULL REFERENCES model_versions (id);
