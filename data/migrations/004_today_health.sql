-- The day's queue and account health.

-- Health (0-100) is stored so that the portfolio sorts 100k accounts by it
-- through an index, like every other column; -1 until first computed.
-- Store.RefreshHealth keeps it current.
ALTER TABLE accounts ADD COLUMN health INTEGER NOT NULL DEFAULT -1;
CREATE INDEX accounts_health ON accounts (health, name_key, id);
CREATE INDEX accounts_health_desc ON accounts (health DESC, name_key, id);

-- Follow-ups a rep marked done without a later connected call. A call is
-- never rewritten, so the mark lives beside it.
CREATE TABLE follow_ups_done (
    call_id INTEGER PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
    done_at TEXT NOT NULL                 -- RFC 3339 UTC
);
-- The queue reads only calls with a follow-up date.
CREATE INDEX calls_follow_up ON calls (follow_up) WHERE follow_up != '';

-- Seat use as it was before it changed: one row per holding and day, the
-- first value of that day, so health can say whether use is growing or
-- falling. Written by the trigger below whenever an import changes it.
CREATE TABLE seat_history (
    account_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    day        TEXT NOT NULL,             -- YYYY-MM-DD, the day of the change
    quantity   INTEGER NOT NULL,
    seats_used INTEGER NOT NULL,
    PRIMARY KEY (account_id, product_id, day)
) WITHOUT ROWID;
CREATE TRIGGER holdings_seats_au AFTER UPDATE OF seats_used ON holdings
WHEN OLD.seats_used != NEW.seats_used
BEGIN
    INSERT OR IGNORE INTO seat_history (account_id, product_id, day, quantity, seats_used)
    VALUES (OLD.account_id, OLD.product_id, date('now'), OLD.quantity, OLD.seats_used);
END;
