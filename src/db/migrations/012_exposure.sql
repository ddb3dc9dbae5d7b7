-- The exposure chain (issue 22): what each account holds and its support accepts to check who
-- is calling (the customer's answers; the curated rules are read from the rules file, not stored
-- here), what an impostor asked for and got in an alert (confirmed by the customer), and the
-- lock-down steps done per account. Values are kept only as far as needed to match: a card's
-- last four digits, a phone number's last four, an e-mail address in its masked form; nothing
-- else. Forgetting a detail deletes its row, value and all.

-- Per account: what is at stake there and where the questionnaire is.
CREATE TABLE account_knowledge (
    account_id     TEXT PRIMARY KEY REFERENCES accounts (id),
    stake          TEXT,                      -- money | email | phone | shopping | other; NULL = not said
    questionnaire  TEXT NOT NULL CHECK (questionnaire IN ('answered', 'skipped')),
    updated_at     TEXT NOT NULL
);

-- Per account and detail: the customer's answer (it wins over the rule's).
CREATE TABLE account_details (
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    detail      TEXT NOT NULL,                -- address | phone | email | card_last_four | …
    holds       INTEGER NOT NULL CHECK (holds IN (0, 1)),
    checks      INTEGER NOT NULL CHECK (checks IN (0, 1)),
    value       TEXT,                         -- the minimal value (see above), or NULL
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (account_id, detail)
);

-- Per alert and detail: what the impostor asked for and what they got.
CREATE TABLE alert_disclosures (
    alert_id         TEXT NOT NULL REFERENCES alerts (id),
    detail           TEXT NOT NULL,
    asked            INTEGER NOT NULL CHECK (asked IN (0, 1)),
    given            INTEGER NOT NULL CHECK (given IN (0, 1)),
    value            TEXT,                    -- the minimal value given away, or NULL
    from_transcript  INTEGER NOT NULL DEFAULT 0 CHECK (from_transcript IN (0, 1)),
    confirmed_at     TEXT NOT NULL,
    PRIMARY KEY (alert_id, detail)
);

-- Per account and step of its lock-down plan: when the customer said it was done.
CREATE TABLE lockdown_steps (
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    step        TEXT NOT NULL,                -- support_pin | verification_note | two_step | …
    done_at     TEXT NOT NULL,
    PRIMARY KEY (account_id, step)
);
