-- How this profile shares (one row): the time-stamping authority the customer chose for proof of
-- when (RFC 3161), or NULL for none — off by default.

CREATE TABLE share_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    timestamp_url   TEXT,                 -- http(s) address of the TSA, or NULL
    updated_at      TEXT NOT NULL         -- RFC 3339
);
