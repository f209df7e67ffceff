-- The pool of look-alikes and the trend (model.Evidence.WithHistory): what
-- a fixed sample of at most 5,000 accounts holds and since when, encoded
-- in one row, written with the peer statistics in the same transaction,
-- so that a briefing reads one row instead of walking every account (70 ms
-- at 100,000 accounts). No row: briefings read the holdings themselves.
CREATE TABLE lookalike_pool (
    step INTEGER NOT NULL,   -- every step-th account (model.PoolStep)
    body BLOB NOT NULL       -- see data/lookalike_pool.go
);
