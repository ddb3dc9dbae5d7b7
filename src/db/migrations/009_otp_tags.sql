-- Favourites and tags (groups) for authenticator accounts, as Aegis, Ente Auth and 2FAS have.
--
-- Tags are a table, not a JSON column: "every account with the tag Work" and "how many accounts
-- per tag" are plain indexed SQL, the case-insensitive uniqueness per account is a primary key
-- the database keeps (not code that has to remember it), and removing an account takes its tags
-- with it (ON DELETE CASCADE).

ALTER TABLE otp_accounts ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1));

CREATE TABLE otp_tags (
    account_id   TEXT NOT NULL REFERENCES otp_accounts (id) ON DELETE CASCADE,
    tag          TEXT NOT NULL,                    -- as shown ("Work")
    tag_key      TEXT NOT NULL,                    -- lowercased, for uniqueness and filtering
    added_at     TEXT NOT NULL,
    PRIMARY KEY (account_id, tag_key)
);
CREATE INDEX otp_tags_key ON otp_tags (tag_key);
