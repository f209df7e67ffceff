-- What a briefing needs of the whole book, kept in one row and written
-- with the peer statistics in the same transaction, so that a briefing in a
-- new process reads one row instead of grouping every segment's pairs and
-- walking every account (about 1 s at 100,000 accounts):
--   counts: how many accounts hold each product and each pair of products,
--           summed over the segments (model.Evidence's item model);
--   pool:   what a fixed sample of at most 5,000 accounts holds and since
--           when (look-alikes and the trend, model.Evidence.WithHistory).
-- No row: briefings read the peer statistics and the holdings themselves.
CREATE TABLE book_evidence (
    step   INTEGER NOT NULL,   -- the pool is every step-th account (model.PoolStep)
    pool   BLOB NOT NULL,      -- see data/lookalike_pool.go
    counts BLOB NOT NULL       -- see data/book_counts.go
);
