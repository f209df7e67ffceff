package data

import (
	"context"
	"time"

	"talktrack/model"
)

// loadBookHistory reads what the pool of look-alikes (every step-th
// account in the order they were written, model.PoolStep) holds and since when, for
// model.Evidence.WithHistory, and returns the step.
func loadBookHistory(ctx context.Context, q queryer) ([]model.BookAccount, int, error) {
	var accounts int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM accounts`).Scan(&accounts); err != nil {
		return nil, 0, internalf(err, "count the book's accounts")
	}
	step := model.PoolStep(accounts)
	// CROSS JOIN keeps SQLite from scanning every holding: it walks the
	// accounts' id index and looks up the holdings of every step-th.
	rows, err := q.QueryContext(ctx, `SELECT h.account_id, h.product_id, h.since
		  FROM accounts a CROSS JOIN holdings h ON h.account_id = a.id
		 WHERE a.rowid % ? = 0`, step)
	if err != nil {
		return nil, 0, internalf(err, "read the book's holdings")
	}
	var out []model.BookAccount
	var last, account, product, since string
	err = eachRow(rows, func() error {
		if err := rows.Scan(&account, &product, &since); err != nil {
			return err
		}
		if len(out) == 0 || account != last {
			out = append(out, model.BookAccount{})
			last = account
		}
		a := &out[len(out)-1]
		var t time.Time
		if since != "" {
			var err error
			if t, err = parseDate("holding since", since); err != nil {
				return err
			}
		}
		a.ProductIDs = append(a.ProductIDs, product)
		a.Since = append(a.Since, t)
		return nil
	})
	return out, step, internalf(err, "read the book's holdings")
}
