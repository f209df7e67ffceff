package data

import (
	"context"
	"database/sql"
	"time"

	"talktrack/model"
)

// BacktestInput reads the book as it stood before asOf, for model.Backtest,
// in one read transaction that writes nothing. A product counts as held
// before the date when its first won purchase or its holding's start is
// before it, or when the book knows neither (undated holdings are taken as
// old); it counts as bought when that first date is on or after. Pain
// points and offer answers count when noted before the date.
func (s *Store) BacktestInput(ctx context.Context, asOf time.Time, k int) (model.BacktestInput, error) {
	in := model.BacktestInput{AsOf: asOf, K: k}
	cat, err := s.Catalog(ctx)
	if err != nil {
		return in, err
	}
	in.Catalog = cat
	day := FormatDay(asOf)
	err = s.view(ctx, func(tx *sql.Tx) error {
		index := map[string]int{}
		rows, err := tx.QueryContext(ctx, `SELECT `+accountColumns+` FROM accounts a ORDER BY a.id`)
		if err != nil {
			return internalf(err, "read accounts")
		}
		err = eachRow(rows, func() error {
			a, err := scanAccount(rows)
			index[a.ID] = len(in.Accounts)
			in.Accounts = append(in.Accounts, model.BacktestAccount{Account: a})
			return err
		})
		if err != nil {
			return internalf(err, "read accounts")
		}

		rows, err = tx.QueryContext(ctx, `SELECT h.account_id, h.product_id, h.quantity, h.since,
			       coalesce((SELECT min(p.date) FROM purchases p
			                  WHERE p.account_id = h.account_id AND p.product_id = h.product_id
			                    AND p.stage = 'won' AND p.date <> ''), '')
			  FROM holdings h ORDER BY h.account_id, h.product_id`)
		if err != nil {
			return internalf(err, "read holdings")
		}
		err = eachRow(rows, func() error {
			var h model.Holding
			var since, bought string
			if err := rows.Scan(&h.AccountID, &h.ProductID, &h.Quantity, &since, &bought); err != nil {
				return err
			}
			first := bought
			if since != "" && (first == "" || since < first) {
				first = since
			}
			a := &in.Accounts[index[h.AccountID]]
			if first != "" {
				d, err := parseDate("first purchase", first)
				if err != nil {
					return err
				}
				if in.FirstDated.IsZero() || d.Before(in.FirstDated) {
					in.FirstDated = d
				}
				if d.After(in.LastDated) {
					in.LastDated = d
				}
			}
			if first != "" && first[:min(len(first), len(day))] >= day {
				a.Bought = append(a.Bought, h.ProductID)
				return nil
			}
			if first != "" {
				if h.Since, err = parseDate("first purchase", first); err != nil {
					return err
				}
			}
			a.Holdings = append(a.Holdings, h)
			return nil
		})
		if err != nil {
			return internalf(err, "read holdings")
		}

		rows, err = tx.QueryContext(ctx, `SELECT `+painPointColumns+`
			  FROM pain_points WHERE noted_at <> '' AND noted_at < ? ORDER BY account_id, id`, day)
		if err != nil {
			return internalf(err, "read pain points")
		}
		err = eachRow(rows, func() error {
			p, err := scanPainPoint(rows)
			if err != nil {
				return err
			}
			a := &in.Accounts[index[p.AccountID]]
			a.Pains = append(a.Pains, p)
			return nil
		})
		if err != nil {
			return internalf(err, "read pain points")
		}

		rows, err = tx.QueryContext(ctx, `SELECT c.account_id, o.product_id, o.response, c.started_at
			  FROM calls c JOIN call_offers o ON o.call_id = c.id
			 WHERE c.started_at < ? ORDER BY c.account_id, c.started_at, o.product_id`, day)
		if err != nil {
			return internalf(err, "read past offers")
		}
		return internalf(eachRow(rows, func() error {
			var accountID, at string
			var o model.PastOffer
			if err := rows.Scan(&accountID, &o.ProductID, &o.Response, &at); err != nil {
				return err
			}
			var err error
			if o.At, err = parseDate("call start", at); err != nil {
				return err
			}
			a := &in.Accounts[index[accountID]]
			a.PastOffers = append(a.PastOffers, o)
			return nil
		}), "read past offers")
	})
	return in, mapError(s.path, err)
}
