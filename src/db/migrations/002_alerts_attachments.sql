-- Security alerts (possible impostors, exposed data) with their checklist, and attachments
-- (files, e-mails, pasted transcripts) stored inside the encrypted database, deduplicated by hash.

CREATE TABLE alerts (
    id              TEXT PRIMARY KEY,
    number          INTEGER NOT NULL UNIQUE,          -- short profile-wide number ("alert 2")
    case_id         TEXT NOT NULL REFERENCES cases (id),
    interaction_id  TEXT REFERENCES interactions (id),
    attachment_id   TEXT,                             -- the evidence, if any (attachments.id)
    account_id      TEXT REFERENCES accounts (id),    -- the case's account when raised
    kind            TEXT NOT NULL,                    -- unsolicited_contact | contact_not_made | data_exposed
    summary         TEXT NOT NULL,
    steps_done      TEXT NOT NULL DEFAULT '{}',       -- JSON {step id: RFC 3339 time done}
    created_at      TEXT NOT NULL,
    resolved_at     TEXT,
    resolution      TEXT
);
CREATE INDEX alerts_case ON alerts (case_id, number);
CREATE INDEX alerts_open ON alerts (resolved_at);

-- The bytes, once per content. SQLCipher encrypts BLOBs with the rest of the page.
CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY,                         -- lowercase hex
    size    INTEGER NOT NULL,
    data    BLOB NOT NULL
);

CREATE TABLE attachments (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (id),
    number          INTEGER NOT NULL,                 -- per case, from 1
    interaction_id  TEXT REFERENCES interactions (id),
    file_name       TEXT NOT NULL,                    -- a bare name, never a path
    media_type      TEXT NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT NOT NULL REFERENCES blobs (sha256),
    kind            TEXT NOT NULL,                    -- email | transcript | image | pdf | file
    meta            TEXT,                             -- JSON: what was read from it (e-mail headers)
    added_at        TEXT NOT NULL,
    UNIQUE (case_id, number)
);
CREATE INDEX attachments_sha ON attachments (sha256);
