package data

import (
	"context"
	"database/sql"
	"errors"

	"talktrack/model"
)

// writeBookEvidence stores what a briefing needs of the whole book (table
// book_evidence): the book-wide counts and the pool of look-alikes, as tx
// sees them. It runs with every change of the peer statistics, before
// their version is bumped, and when migration 12 adds the table.
func writeBookEvidence(ctx context.Context, tx *sql.Tx) error {
	book, err := loadBookCounts(ctx, tx)
	if err != nil {
		return err
	}
	pool, step, err := loadBookHistory(ctx, tx)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM book_evidence`); err != nil {
		return internalf(err, "clear the book's evidence")
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO book_evidence (step, pool, counts) VALUES (?, ?, ?)`,
		step, encodePool(pool), encodeCounts(book))
	return internalf(err, "store the book's evidence")
}

// readBookEvidence reads the stored book-wide counts and pool of
// look-alikes, or computes them from the peer statistics and the holdings
// when none are stored (or they do not decode).
func readBookEvidence(ctx context.Context, q queryer) (model.PeerStats, []model.BookAccount, int, error) {
	var step int
	var pool, counts []byte
	err := q.QueryRowContext(ctx, `SELECT step, pool, counts FROM book_evidence`).Scan(&step, &pool, &counts)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return model.PeerStats{}, nil, 0, internalf(err, "read the book's evidence")
	}
	if err == nil {
		book, ok1 := decodeCounts(counts)
		accounts, ok2 := decodePool(pool)
		if ok1 && ok2 {
			return book, accounts, step, nil
		}
	}
	book, err := loadBookCounts(ctx, q)
	if err != nil {
		return book, nil, 0, err
	}
	accounts, step, err := loadBookHistory(ctx, q)
	return book, accounts, step, err
}
