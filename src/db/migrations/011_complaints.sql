-- Complaints (issue 19): what a contact was ("formal complaint made", "final response received")
-- and, per case, the complaint Steward counts deadlines for: which contact, where (jurisdiction,
-- sector, time zone, part of the UK for bank holidays), which rule of
-- src/complaints/rules/rules.toml (NULL = no rule known), when the firm received it (a local
-- date there) and the firm's reference.

ALTER TABLE interactions ADD COLUMN kind TEXT NOT NULL DEFAULT 'ordinary'
    CHECK (kind IN ('ordinary', 'complaint_made', 'final_response'));

CREATE TABLE complaints (
    case_id         TEXT PRIMARY KEY REFERENCES cases (id),
    interaction_id  TEXT NOT NULL REFERENCES interactions (id),
    jurisdiction    TEXT,
    sector          TEXT,
    rule_id         TEXT,
    rule_chosen     INTEGER NOT NULL DEFAULT 0 CHECK (rule_chosen IN (0, 1)),
    received_on     TEXT NOT NULL,            -- YYYY-MM-DD, local to time_zone
    firm_reference  TEXT,
    time_zone       TEXT NOT NULL,
    region          TEXT,
    marked_at       TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
