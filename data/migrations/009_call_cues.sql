-- Cues heard on a call (price, timing, competitor, …), saved with the call
-- in the order they were heard, for the CRM export and for learning which
-- responses came before an accepted offer.
CREATE TABLE call_cues (
    call_id    INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    number     INTEGER NOT NULL DEFAULT 0,
    unit       TEXT NOT NULL DEFAULT '',
    category   TEXT NOT NULL DEFAULT '',
    competitor TEXT NOT NULL DEFAULT '',
    severity   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (call_id, position)
) WITHOUT ROWID;
CREATE INDEX call_cues_kind ON call_cues (kind);

-- The quantity the rep offered (0: the suggestion's own).
ALTER TABLE call_offers ADD COLUMN quantity INTEGER NOT NULL DEFAULT 0;

-- Competitors the account uses or weighs, noted from a call's cue.
CREATE TABLE account_competitors (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    competitor TEXT NOT NULL,
    words      TEXT NOT NULL DEFAULT '',   -- the customer's words
    noted_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, competitor)
) WITHOUT ROWID;
