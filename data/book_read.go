package data

import (
	"context"
	"database/sql"

	"talktrack/model"
)

// Book reads the whole book of business for publishing to the team hub:
// the playbook, accounts, contacts, holdings and pain points (calls are
// the reps' and travel by sync). Pain points without a global id get one
// first, so that publishing twice names the same pain the same way.
func (s *Store) Book(ctx context.Context) (model.Dataset, error) {
	var ds model.Dataset
	err := s.write(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM pain_points WHERE global_id = ''`)
		if err != nil {
			return err
		}
		var ids []int64
		err = eachRow(rows, func() error {
			var id int64
			ids = append(ids, id)
			return rows.Scan(&ids[len(ids)-1])
		})
		if err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE pain_points SET global_id = ? WHERE id = ?`, NewGlobalID(), id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return ds, internalf(err, "give pain points global ids")
	}
	err = s.view(ctx, func(tx *sql.Tx) error {
		var err error
		if ds.Playbook, err = loadPlaybook(ctx, tx); err != nil {
			return err
		}
		if ds.Accounts, err = readRows(ctx, tx, `SELECT `+accountColumns+` FROM accounts a ORDER BY a.id`, func(sc scanner) (model.Account, error) { return scanAccount(sc) }); err != nil {
			return err
		}
		if ds.Contacts, err = readRows(ctx, tx, `SELECT id, account_id, name, title, email, phone, is_primary FROM contacts ORDER BY id`,
			func(sc scanner) (model.Contact, error) {
				var c model.Contact
				err := sc.Scan(&c.ID, &c.AccountID, &c.Name, &c.Title, &c.Email, &c.Phone, &c.Primary)
				return c, err
			}); err != nil {
			return err
		}
		if ds.Holdings, err = readRows(ctx, tx, `SELECT account_id, product_id, quantity, seats_used, since FROM holdings`,
			func(sc scanner) (model.Holding, error) {
				var h model.Holding
				var since string
				if err := sc.Scan(&h.AccountID, &h.ProductID, &h.Quantity, &h.SeatsUsed, &since); err != nil {
					return h, err
				}
				var err error
				h.Since, err = parseDate("holding start", since)
				return h, err
			}); err != nil {
			return err
		}
		ds.Pains, err = readRows(ctx, tx, `SELECT id, account_id, category, title, severity, status, noted_at, global_id FROM pain_points ORDER BY id`,
			func(sc scanner) (model.PainPoint, error) {
				var p model.PainPoint
				var noted string
				if err := sc.Scan(&p.ID, &p.AccountID, &p.Category, &p.Title, &p.Severity, &p.Status, &noted, &p.GlobalID); err != nil {
					return p, err
				}
				var err error
				p.NotedAt, err = parseDate("pain noted", noted)
				return p, err
			})
		return err
	})
	return ds, internalf(err, "read the book")
}

// scanner is a row to scan: *sql.Row or *sql.Rows.
type scanner interface{ Scan(...any) error }

// readRows runs query and turns every row into a T with scan.
func readRows[T any](ctx context.Context, q queryer, query string, scan func(scanner) (T, error)) ([]T, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	var out []T
	err = eachRow(rows, func() error {
		v, err := scan(rows)
		out = append(out, v)
		return err
	})
	return out, err
}
