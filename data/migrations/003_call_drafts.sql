-- A draft belongs to the call being written, not to the account: an account
-- may have several calls in progress (two windows, a teammate), and logging
-- one never deletes another's notes. Existing drafts get an id of their own.
CREATE TABLE call_drafts (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    started_at  TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    offers_json TEXT NOT NULL DEFAULT '[]',
    follow_up   TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);
INSERT INTO call_drafts (id, account_id, started_at, notes, offers_json, follow_up, updated_at)
SELECT lower(hex(randomblob(16))), account_id, started_at, notes, offers_json, follow_up, updated_at FROM drafts;
DROP TABLE drafts;
ALTER TABLE call_drafts RENAME TO drafts;
CREATE INDEX drafts_account ON drafts (account_id, updated_at);
