package hub

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
	"talktrack/model"
)

// pullSince reads everything this login may read that changed after
// from: the playbook, accounts and contacts are sent as one part, then the
// holdings; the calls, pain changes and the team's offer statistics
// (whole) are returned as the last part, for the caller to complete.
func (h *Hub) pullSince(ctx context.Context, tx pgx.Tx, from time.Time, send func(data.Pulled) error) (data.Pulled, error) {
	p := &data.Pulled{}
	var doc []byte
	err := tx.QueryRow(ctx, `SELECT doc FROM playbook WHERE changed_at > $1`, from).Scan(&doc)
	switch {
	case err == pgx.ErrNoRows:
	case err != nil:
		return data.Pulled{}, err
	default:
		pb, err := decodePlaybook(doc)
		if err != nil {
			return data.Pulled{}, err
		}
		p.Playbook = &pb
	}
	steps := []func() error{
		func() (err error) {
			p.Accounts, err = collect(ctx, tx, `SELECT id, name, industry, size_band, employees, region, locale, arr, owner,
				renewal_date, stage, stage_since, stage_inferred FROM accounts WHERE changed_at > $1`, from,
				func(row pgx.CollectableRow) (model.Account, error) {
					var a model.Account
					var renewal, since string
					var emp int32
					err := row.Scan(&a.ID, &a.Name, &a.Industry, &a.SizeBand, &emp, &a.Region, &a.Locale, &a.ARR,
						&a.Owner, &renewal, &a.Stage, &since, &a.StageInferred)
					a.Employees = int(emp)
					a.RenewalDate, a.StageSince = day(renewal), day(since)
					return a, err
				})
			return err
		},
		func() (err error) {
			p.Contacts, err = collect(ctx, tx, `SELECT id, account_id, name, title, email, phone, is_primary
				FROM contacts WHERE changed_at > $1`, from,
				func(row pgx.CollectableRow) (model.Contact, error) {
					var c model.Contact
					err := row.Scan(&c.ID, &c.AccountID, &c.Name, &c.Title, &c.Email, &c.Phone, &c.Primary)
					return c, err
				})
			return err
		},
		func() error {
			// Accounts and contacts are stored while holdings are read.
			if err := send(*p); err != nil {
				return err
			}
			*p = data.Pulled{}
			return nil
		},
		func() (err error) {
			p.Holdings, err = collect(ctx, tx, `SELECT account_id, product_id, quantity, seats_used, since
				FROM holdings WHERE changed_at > $1`, from,
				func(row pgx.CollectableRow) (model.Holding, error) {
					var hd model.Holding
					var qty, used int32
					var since string
					err := row.Scan(&hd.AccountID, &hd.ProductID, &qty, &used, &since)
					hd.Quantity, hd.SeatsUsed, hd.Since = int(qty), int(used), day(since)
					return hd, err
				})
			return err
		},
		func() error {
			if err := send(*p); err != nil {
				return err
			}
			*p = data.Pulled{}
			return nil
		},
		func() (err error) {
			p.Calls, err = collect(ctx, tx, `SELECT c.id::text, c.account_id, coalesce(r.name, c.logged_by), c.contact_id,
				c.started_at, c.duration_s, c.outcome, c.notes, c.follow_up, c.offers, c.cues
				FROM calls c LEFT JOIN reps r ON r.login = c.logged_by WHERE c.received_at > $1`, from,
				func(row pgx.CollectableRow) (model.Call, error) {
					var c model.Call
					var secs int32
					var follow string
					var offers []offerJSON
					err := row.Scan(&c.GlobalID, &c.AccountID, &c.LoggedBy, &c.ContactID, &c.StartedAt, &secs,
						&c.Outcome, &c.Notes, &follow, &offers, &c.Cues)
					c.Duration, c.FollowUp = time.Duration(secs)*time.Second, day(follow)
					for _, o := range offers {
						c.Offers = append(c.Offers, model.Offer{ProductID: o.ProductID, Response: model.Response(o.Response), Quantity: o.Quantity})
					}
					return c, err
				})
			return err
		},
		func() (err error) {
			p.PainChanges, err = collect(ctx, tx, `SELECT c.id::text, c.pain_id::text, c.account_id, c.category, c.title,
				c.severity, c.status, c.noted_at, c.changed_at, coalesce(r.name, c.changed_by)
				FROM pain_changes c LEFT JOIN reps r ON r.login = c.changed_by WHERE c.received_at > $1`, from,
				func(row pgx.CollectableRow) (model.PainChange, error) {
					var ch model.PainChange
					var sev int32
					var noted string
					err := row.Scan(&ch.ID, &ch.PainID, &ch.AccountID, &ch.Category, &ch.Title, &sev, &ch.Status,
						&noted, &ch.ChangedAt, &ch.ChangedBy)
					ch.Severity, ch.NotedAt = int(sev), instant(noted)
					return ch, err
				})
			return err
		},
		func() (err error) {
			p.TeamStats, err = collect(ctx, tx, `SELECT product_id, segment, response, answers FROM team_offer_stats
				WHERE $1::timestamptz IS NOT NULL`, from,
				func(row pgx.CollectableRow) (model.TeamOfferStat, error) {
					var st model.TeamOfferStat
					var n int64
					err := row.Scan(&st.ProductID, &st.Segment, &st.Response, &n)
					st.Answers = int(n)
					return st, err
				})
			if err == nil && p.TeamStats == nil {
				p.TeamStats = []model.TeamOfferStat{}
			}
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return data.Pulled{}, err
		}
	}
	return *p, nil
}

// collect runs query with the argument from and turns each row into a T.
func collect[T any](ctx context.Context, tx pgx.Tx, query string, from time.Time, fn pgx.RowToFunc[T]) ([]T, error) {
	rows, err := tx.Query(ctx, query, from)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, fn)
}

// day reads a stored YYYY-MM-DD, zero for "" or anything else.
func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

// instant reads a stored RFC 3339 instant, zero for "" or anything else.
func instant(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}
