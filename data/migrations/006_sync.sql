-- Sync with a team hub (talktrack sync). Calls and pain points get global
-- ids (UUIDs made on the laptop), so that a call is the same call on every
-- laptop and on the hub however often a sync is repeated or interrupted.

ALTER TABLE calls ADD COLUMN global_id TEXT NOT NULL DEFAULT '';
-- The rep who logged the call, as the hub names them; '' for calls logged
-- on this laptop.
ALTER TABLE calls ADD COLUMN logged_by TEXT NOT NULL DEFAULT '';
UPDATE calls SET global_id = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX calls_global_id ON calls (global_id) WHERE global_id <> '';

ALTER TABLE pain_points ADD COLUMN global_id TEXT NOT NULL DEFAULT '';
UPDATE pain_points SET global_id = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX pain_points_global_id ON pain_points (global_id) WHERE global_id <> '';

-- Every change of a pain point, from this laptop or pulled from the hub.
-- A pain point shows its latest change (changed_at, then global_id); the
-- hub applies the same rule, so every laptop ends with the same pain.
CREATE TABLE pain_changes (
    global_id  TEXT PRIMARY KEY,
    pain_id    TEXT NOT NULL,          -- pain_points.global_id
    account_id TEXT NOT NULL,
    category   TEXT NOT NULL,
    title      TEXT NOT NULL,
    severity   INTEGER NOT NULL,
    status     TEXT NOT NULL,
    noted_at   TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,          -- UTC, fixed-width microseconds: sorts as text
    changed_by TEXT NOT NULL DEFAULT '' -- '' on this laptop, else the rep's name
);
CREATE INDEX pain_changes_pain ON pain_changes (pain_id, changed_at, global_id);

-- What this laptop recorded and the hub has not confirmed yet: one row per
-- logged call or pain change, deleted once the hub has it.
CREATE TABLE sync_outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id        INTEGER,            -- calls.id
    pain_change_id TEXT                -- pain_changes.global_id
);

-- The team's offer answers, counted by the hub over every rep's calls, for
-- the ranking. Replaced whole at every sync.
CREATE TABLE team_offer_stats (
    product_id TEXT NOT NULL,
    segment    TEXT NOT NULL,          -- industry|size_band, as peer statistics
    response   TEXT NOT NULL,
    answers    INTEGER NOT NULL,
    PRIMARY KEY (product_id, segment, response)
) WITHOUT ROWID;
