-- What only the customer knows and every brief needs (asked by the share flow when missing,
-- remembered on the case): the concrete request, by when, whether the problem is still
-- happening (and when that was last confirmed), app or web, and the team that should own it.

CREATE TABLE case_briefs (
    case_id             TEXT PRIMARY KEY REFERENCES cases (id),
    request             TEXT,             -- the action asked of the agent ("Remove the hold…")
    request_by          TEXT,             -- RFC 3339, when it is needed by
    still_happening     INTEGER,          -- 1 yes, 0 no, NULL not asked
    still_happening_at  TEXT,             -- when the customer last said so
    access              TEXT,             -- app | web | both
    owner_team          TEXT,             -- the team the customer asks to own it
    updated_at          TEXT NOT NULL
);
