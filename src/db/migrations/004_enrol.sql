-- Guided 2FA enrolments (src/enrol/): the wizard's whole state as JSON, so it resumes after a
-- restart. Nothing secret is in it (see src/enrol/model.rs); changes are also appended to the
-- hash-chained event log, on the enrolment's case when it has one.

CREATE TABLE enrolments (
    id          TEXT PRIMARY KEY,                  -- UUIDv7
    service     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('in_progress', 'done', 'abandoned')),
    state       TEXT NOT NULL,                     -- JSON: enrol::Enrolment
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX enrolments_updated ON enrolments (updated_at);
