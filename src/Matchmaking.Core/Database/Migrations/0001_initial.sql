-- Reference data: the network's member cities and UNESCO's Africa and Arab States groups.
CREATE TABLE member_cities (
    id              serial PRIMARY KEY,
    city            text NOT NULL,
    city_key        text NOT NULL,
    country         text NOT NULL,
    country_code    char(2) NOT NULL,
    creative_field  text NOT NULL,
    year_designated int NULL,
    UNIQUE (city_key, country_code, creative_field)
);

CREATE TABLE region_countries (
    country_code char(2) PRIMARY KEY,
    country      text NOT NULL,
    region       text NOT NULL CHECK (region IN ('Africa', 'Arab States'))
);

-- One call for applications; its dates are instants (timestamptz) computed from Europe/Paris local dates.
CREATE TABLE calls (
    year                   int PRIMARY KEY,
    interest_deadline      timestamptz NOT NULL,
    partnership_deadline   timestamptz NOT NULL,
    application_deadline   timestamptz NOT NULL,
    designations_announced timestamptz NOT NULL,
    time_zone              text NOT NULL DEFAULT 'Europe/Paris',
    is_sample              boolean NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL
);

CREATE TABLE applicants (
    call_year      int NOT NULL REFERENCES calls (year),
    id             text NOT NULL,
    city           text NOT NULL,
    country_code   char(2) NOT NULL,
    creative_field text NOT NULL,
    languages      text[] NOT NULL,
    submitted_at   timestamptz NOT NULL,
    needs          text NOT NULL,
    profile        text NOT NULL DEFAULT '',
    previous_calls int[] NOT NULL DEFAULT '{}',
    source         text NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (call_year, id)
);

CREATE TABLE mentor_offers (
    call_year      int NOT NULL REFERENCES calls (year),
    id             text NOT NULL,
    city           text NOT NULL,
    country_code   char(2) NOT NULL,
    creative_field text NOT NULL,
    languages      text[] NOT NULL,
    capacity       int NOT NULL CHECK (capacity >= 1),
    expertise      text NOT NULL,
    support_forms  text[] NOT NULL DEFAULT '{}',
    member_since   int NULL,
    source         text NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (call_year, id)
);

-- Every import, and each record it rejected with its reasons: nothing is lost.
CREATE TABLE imports (
    id          bigserial PRIMARY KEY,
    call_year   int NOT NULL REFERENCES calls (year),
    kind        text NOT NULL CHECK (kind IN ('applicants', 'mentors')),
    source      text NOT NULL,
    imported_by text NOT NULL,
    imported_at timestamptz NOT NULL,
    accepted    int NOT NULL,
    rejected    int NOT NULL
);

CREATE TABLE rejected_records (
    id         bigserial PRIMARY KEY,
    import_id  bigint NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row_number int NOT NULL,
    record_id  text NULL,
    raw        jsonb NOT NULL,
    errors     jsonb NOT NULL
);

CREATE TABLE rounds (
    id                  bigserial PRIMARY KEY,
    call_year           int NOT NULL REFERENCES calls (year),
    status              text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
    requested_by        text NOT NULL,
    requested_at        timestamptz NOT NULL,
    started_at          timestamptz NULL,
    completed_at        timestamptz NULL,
    model_version       text NULL,
    applicants_total    int NULL,
    mentors_total       int NULL,
    proposals_count     int NULL,
    unmatched_count     int NULL,
    rejected_mentors    int NULL,
    feasibility         jsonb NULL,
    error               text NULL
);

CREATE TABLE proposals (
    id             bigserial PRIMARY KEY,
    round_id       bigint NOT NULL REFERENCES rounds (id),
    call_year      int NOT NULL REFERENCES calls (year),
    applicant_id   text NOT NULL,
    mentor_id      text NOT NULL,
    creative_field text NOT NULL,
    score          double precision NOT NULL,
    similarity     double precision NOT NULL,
    explanation    jsonb NOT NULL,
    alternatives   jsonb NOT NULL,
    status         text NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
    decided_by     text NULL,
    decided_at     timestamptz NULL,
    note           text NULL,
    UNIQUE (round_id, applicant_id)
);
CREATE INDEX proposals_call ON proposals (call_year, creative_field, status);

CREATE TABLE unmatched_applicants (
    round_id     bigint NOT NULL REFERENCES rounds (id),
    applicant_id text NOT NULL,
    reasons      text[] NOT NULL,
    PRIMARY KEY (round_id, applicant_id)
);

CREATE TABLE rejected_mentors (
    round_id  bigint NOT NULL REFERENCES rounds (id),
    mentor_id text NOT NULL,
    reasons   text[] NOT NULL,
    PRIMARY KEY (round_id, mentor_id)
);

-- Follow-up tasks: our view of the Quartz jobs, with an idempotency key so that an effect happens once.
CREATE TABLE follow_ups (
    id              bigserial PRIMARY KEY,
    call_year       int NOT NULL REFERENCES calls (year),
    proposal_id     bigint NULL REFERENCES proposals (id),
    kind            text NOT NULL,
    subject         text NOT NULL,
    due_at          timestamptz NOT NULL,
    state           text NOT NULL CHECK (state IN ('scheduled', 'running', 'done', 'skipped', 'failed', 'cancelled')),
    idempotency_key text NOT NULL UNIQUE,
    quartz_job      text NOT NULL,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz NULL,
    outcome         text NULL
);
CREATE INDEX follow_ups_call ON follow_ups (call_year, due_at);

-- Messages to cities and people, written in the same transaction as the change that causes them.
CREATE TABLE notifications (
    id              bigserial PRIMARY KEY,
    follow_up_id    bigint NULL REFERENCES follow_ups (id),
    idempotency_key text NOT NULL UNIQUE,
    recipient       text NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz NULL
);

CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    role           text NOT NULL CHECK (role IN ('secretariat', 'coordinator', 'mentor')),
    creative_field text NULL,
    city           text NULL,
    country_code   char(2) NULL,
    token_hash     bytea NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL,
    CHECK (role <> 'coordinator' OR creative_field IS NOT NULL),
    CHECK (role <> 'mentor' OR city IS NOT NULL)
);

CREATE TABLE audit_log (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text NOT NULL,
    action    text NOT NULL,
    entity    text NOT NULL,
    entity_id text NOT NULL,
    details   jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
