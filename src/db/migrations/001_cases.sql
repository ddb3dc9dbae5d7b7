-- The case history: accounts, cases, interactions, promises, and the append-only event log.
-- Times are RFC 3339 UTC text; ids are UUIDv7 text (sortable).

CREATE TABLE accounts (
    id          TEXT PRIMARY KEY,
    service     TEXT NOT NULL,
    domain      TEXT,
    identifier  TEXT,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX accounts_service ON accounts (service COLLATE NOCASE);

CREATE TABLE cases (
    id               TEXT PRIMARY KEY,
    number           INTEGER NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    account_id       TEXT REFERENCES accounts (id),
    status           TEXT NOT NULL,
    desired_outcome  TEXT,
    opened_at        TEXT NOT NULL,
    closed_at        TEXT,
    updated_at       TEXT NOT NULL,
    resolution       TEXT
);

CREATE TABLE interactions (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases (id),
    started_at         TEXT NOT NULL,
    ended_at           TEXT,
    wait_minutes       INTEGER,
    channel            TEXT NOT NULL,
    direction          TEXT NOT NULL,
    team               TEXT,
    agent              TEXT,
    refs               TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    summary            TEXT NOT NULL,
    error_texts        TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings, verbatim
    quotes             TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings, verbatim
    outcome            TEXT,
    identity_verified  INTEGER,                       -- NULL = unknown, 0 = no, 1 = yes
    identity_method    TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX interactions_case ON interactions (case_id, started_at);

CREATE TABLE promises (
    id              TEXT PRIMARY KEY,
    interaction_id  TEXT NOT NULL REFERENCES interactions (id),
    case_id         TEXT NOT NULL REFERENCES cases (id),
    text            TEXT NOT NULL,
    due_at          TEXT,
    status          TEXT NOT NULL DEFAULT 'pending'
);
CREATE INDEX promises_case ON promises (case_id);
CREATE INDEX promises_due ON promises (status, due_at);

-- Full-text index over what people remember of a contact. rowid = interactions.rowid; kept in
-- step by the store in the same transaction as the row itself.
CREATE VIRTUAL TABLE interactions_fts USING fts5 (
    summary, error_texts, quotes, team, agent, refs, outcome,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Every change appends one event. Events of one case form a hash chain (prev_hash -> hash), so an
-- export can prove nothing was edited after the fact. Events without a case chain among themselves.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    at         TEXT NOT NULL,
    case_id    TEXT,
    kind       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    payload    TEXT NOT NULL,     -- JSON of the change
    prev_hash  TEXT NOT NULL,     -- hex SHA-256 of the previous event in the chain, or 64 zeros
    hash       TEXT NOT NULL      -- hex SHA-256 over prev_hash, at, case_id, kind, entity_id, payload
);
CREATE INDEX events_case ON events (case_id, seq);
