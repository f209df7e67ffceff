package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"talktrack/model"
)

// Meta keys of the stored health scores: the day and accounts version they
// were computed for, and the last call they took into account.
const (
	metaHealthStamp = "health_stamp"
	metaHealthCalls = "health_calls"
)

// healthSeatWindow is how far back seat history is compared for the trend.
const healthSeatWindow = 90 * 24 * time.Hour

// healthScope picks the accounts whose health inputs are read and the
// moment they are read at: only what happened up to asOf counts.
type healthScope struct {
	asOf time.Time
	// ids are the accounts to read; nil means all.
	ids []string
}

// filter is the SQL condition restricting col to the scope's accounts, and
// its argument; empty for all accounts.
func (hs healthScope) filter(col string) (string, []any) {
	if hs.ids == nil {
		return "", nil
	}
	idJSON, _ := json.Marshal(hs.ids)
	return ` AND ` + col + ` IN (SELECT value FROM json_each(?))`, []any{string(idJSON)}
}

// healthInputs reads what ComputeHealth needs for the accounts in scope,
// with a handful of grouped queries whatever their number.
func healthInputs(ctx context.Context, q queryer, hs healthScope) (map[string]*model.HealthInput, error) {
	asOfDay, asOfInstant := FormatDay(hs.asOf), FormatInstant(hs.asOf)
	windowStart := FormatInstant(hs.asOf.Add(-model.HealthOfferWindow))
	in := map[string]*model.HealthInput{}

	where, args := hs.filter("a.id")
	rows, err := q.QueryContext(ctx, `SELECT `+accountColumns+` FROM accounts a WHERE 1`+where, args...)
	if err != nil {
		return nil, internalf(err, "read accounts for health")
	}
	err = eachRow(rows, func() error {
		a, err := scanAccount(rows)
		in[a.ID] = &model.HealthInput{Account: a, Now: hs.asOf}
		return err
	})
	if err != nil {
		return nil, internalf(err, "read accounts for health")
	}

	each := func(what, query string, scan func(h *model.HealthInput, rows *sql.Rows) error, qargs ...any) error {
		rows, err := q.QueryContext(ctx, query, qargs...)
		if err != nil {
			return internalf(err, "read %s for health", what)
		}
		return internalf(eachRow(rows, func() error {
			var id string
			h := &model.HealthInput{}
			if err := scan(h, rows); err != nil {
				return err
			}
			id = h.Account.ID
			if t, ok := in[id]; ok {
				mergeHealthInput(t, h)
			}
			return nil
		}), "read %s for health", what)
	}

	where, args = hs.filter("h.account_id")
	// Seat use counts where the account tracks it (model.TracksSeatUse):
	// then a seated holding with no seat in use is idle, not untracked.
	err = each("seat use", `SELECT h.account_id, sum(h.quantity), sum(h.seats_used)
		  FROM holdings h JOIN products p ON p.id = h.product_id
		 WHERE p.seated = 1 AND h.quantity > 0 AND (h.since = '' OR h.since <= ?)`+where+`
		 GROUP BY h.account_id HAVING max(h.seats_used) > 0`, func(h *model.HealthInput, rows *sql.Rows) error {
		return rows.Scan(&h.Account.ID, &h.SeatsBought, &h.SeatsUsed)
	}, append([]any{asOfDay}, args...)...)
	if err != nil {
		return nil, err
	}

	// The trend compares today's use with the earliest snapshot of each
	// holding in the window that tracked use: a holding first given its
	// seat use (purchases imported before holdings) did not grow.
	where, args = hs.filter("s.account_id")
	err = each("seat history", `SELECT s.account_id, min(s.day), sum(s.seats_used - h.seats_used)
		  FROM seat_history s
		  JOIN holdings h ON h.account_id = s.account_id AND h.product_id = s.product_id
		  JOIN products p ON p.id = h.product_id
		 WHERE p.seated = 1 AND h.seats_used > 0 AND s.seats_used > 0 AND s.day >= ?1 AND s.day <= ?2
		   AND s.day = (SELECT min(day) FROM seat_history f
		                 WHERE f.account_id = s.account_id AND f.product_id = s.product_id AND f.day >= ?1)`+
		numbered(where, 3)+`
		 GROUP BY s.account_id`, func(h *model.HealthInput, rows *sql.Rows) error {
		var day string
		var delta int
		if err := rows.Scan(&h.Account.ID, &day, &delta); err != nil {
			return err
		}
		h.SeatsUsedBefore = delta
		var err error
		h.SeatsBefore, err = parseDate("seat history day", day)
		return err
	}, append([]any{FormatDay(hs.asOf.Add(-healthSeatWindow)), asOfDay}, args...)...)
	if err != nil {
		return nil, err
	}

	where, args = hs.filter("account_id")
	err = each("pain points", `SELECT account_id, severity, count(*) FROM pain_points
		 WHERE status = 'open' AND (noted_at = '' OR noted_at <= ?)`+where+`
		 GROUP BY account_id, severity`, func(h *model.HealthInput, rows *sql.Rows) error {
		var sev, n int
		if err := rows.Scan(&h.Account.ID, &sev, &n); err != nil {
			return err
		}
		h.OpenPains[min(max(sev, 1), 3)] += n
		return nil
	}, append([]any{asOfInstant}, args...)...)
	if err != nil {
		return nil, err
	}

	where, args = hs.filter("c.account_id")
	err = each("conversations", `SELECT c.account_id, max(c.started_at) FROM calls c
		 WHERE c.outcome = 'connected' AND c.started_at <= ?`+where+`
		 GROUP BY c.account_id`, func(h *model.HealthInput, rows *sql.Rows) error {
		var at string
		if err := rows.Scan(&h.Account.ID, &at); err != nil {
			return err
		}
		var err error
		h.LastConversation, err = parseDate("call start", at)
		return err
	}, append([]any{asOfInstant}, args...)...)
	if err != nil {
		return nil, err
	}

	err = each("call attempts", `SELECT c.account_id, count(*) FROM calls c
		 WHERE c.outcome != 'connected' AND c.started_at <= ?1
		   AND c.started_at > coalesce((SELECT max(l.started_at) FROM calls l
		        WHERE l.account_id = c.account_id AND l.outcome = 'connected' AND l.started_at <= ?1), '')`+
		numbered(where, 2)+`
		 GROUP BY c.account_id`, func(h *model.HealthInput, rows *sql.Rows) error {
		return rows.Scan(&h.Account.ID, &h.AttemptsSince)
	}, append([]any{asOfInstant}, args...)...)
	if err != nil {
		return nil, err
	}

	err = each("offer answers", `SELECT c.account_id, count(*),
		       sum(o.response = 'declined'), sum(o.response = 'not_now')
		  FROM call_offers o JOIN calls c ON c.id = o.call_id
		 WHERE c.started_at > ?1 AND c.started_at <= ?2`+
		numbered(where, 3)+`
		 GROUP BY c.account_id`, func(h *model.HealthInput, rows *sql.Rows) error {
		return rows.Scan(&h.Account.ID, &h.Offered, &h.Declined, &h.NotNow)
	}, append([]any{windowStart, asOfInstant}, args...)...)
	if err != nil {
		return nil, err
	}

	where, args = hs.filter("account_id")
	err = each("closed deals", `SELECT account_id, count(*), sum(stage = 'lost') FROM purchases
		 WHERE stage IN ('won', 'lost') AND date != '' AND date > ?1 AND date <= ?2`+numbered(where, 3)+`
		 GROUP BY account_id`, func(h *model.HealthInput, rows *sql.Rows) error {
		return rows.Scan(&h.Account.ID, &h.DealsClosed, &h.LostDeals)
	}, append([]any{FormatDay(hs.asOf.Add(-model.HealthOfferWindow)), asOfDay}, args...)...)
	if err != nil {
		return nil, err
	}
	// Churn-risk cues heard on calls in the window, oldest first, each a
	// penalty in ComputeHealth.
	where, args = hs.filter("c.account_id")
	// For a few accounts their calls lead (CROSS JOIN keeps them first):
	// their calls in the window are few, while the book's churn-risk cues
	// are many. For the whole book the cues lead.
	from := `call_cues k JOIN calls c ON c.id = k.call_id`
	if where != "" {
		from = `calls c CROSS JOIN call_cues k ON k.call_id = c.id`
	}
	err = each("churn-risk cues", `SELECT DISTINCT c.account_id, k.text, c.started_at
		  FROM `+from+`
		 WHERE k.kind = 'churn_risk' AND c.started_at > ?1 AND c.started_at <= ?2`+
		numbered(where, 3)+`
		 ORDER BY c.started_at, k.call_id, k.position`, func(h *model.HealthInput, rows *sql.Rows) error {
		var cue model.HealthCue
		var at string
		if err := rows.Scan(&h.Account.ID, &cue.Text, &at); err != nil {
			return err
		}
		var err error
		cue.HeardAt, err = parseDate("call start", at)
		h.Cues = append(h.Cues, cue)
		return err
	}, append([]any{FormatInstant(hs.asOf.Add(-model.HealthCueWindow)), asOfInstant}, args...)...)
	if err != nil {
		return nil, err
	}
	if err := liftDeniedChurn(ctx, q, in, hs.asOf); err != nil {
		return nil, err
	}
	// Price objections and freezes heard on connected calls in the window;
	// ComputeHealth weighs the one heard on the latest conversation. The
	// last row wins: the latest call, and on it a freeze over an objection.
	err = each("price objections", `SELECT c.account_id, k.text, k.severity, c.started_at
		  FROM `+from+`
		 WHERE k.kind = 'price' AND c.outcome = 'connected' AND c.started_at > ?1 AND c.started_at <= ?2`+
		numbered(where, 3)+`
		 ORDER BY c.started_at, k.severity, k.call_id, k.position`, func(h *model.HealthInput, rows *sql.Rows) error {
		var o model.HealthObjection
		var severity int
		var at string
		if err := rows.Scan(&h.Account.ID, &o.Text, &severity, &at); err != nil {
			return err
		}
		var err error
		o.HeardAt, err = parseDate("call start", at)
		o.Freeze = severity >= 3
		h.Objection = &o
		return err
	}, append([]any{FormatInstant(hs.asOf.Add(-model.HealthCueWindow)), asOfInstant}, args...)...)
	if err != nil {
		return nil, err
	}
	return in, nil
}

// numbered gives a scope filter's placeholder the number n, for queries
// whose other parameters are numbered.
func numbered(where string, n int) string {
	if where == "" {
		return ""
	}
	i := strings.LastIndexByte(where, '?')
	return where[:i+1] + strconv.Itoa(n) + where[i+1:]
}

// mergeHealthInput copies what one grouped query found (the non-zero
// fields of from) into to.
func mergeHealthInput(to, from *model.HealthInput) {
	if from.SeatsBought != 0 {
		to.SeatsBought, to.SeatsUsed = from.SeatsBought, from.SeatsUsed
	}
	if !from.SeatsBefore.IsZero() {
		// The query gave the change back in time; turn it into the use then.
		to.SeatsBefore, to.SeatsUsedBefore = from.SeatsBefore, to.SeatsUsed+from.SeatsUsedBefore
	}
	for i, n := range from.OpenPains {
		to.OpenPains[i] += n
	}
	if !from.LastConversation.IsZero() {
		to.LastConversation = from.LastConversation
	}
	to.AttemptsSince += from.AttemptsSince
	to.Offered += from.Offered
	to.Declined += from.Declined
	to.NotNow += from.NotNow
	to.DealsClosed += from.DealsClosed
	to.LostDeals += from.LostDeals
	to.Cues = append(to.Cues, from.Cues...)
	if from.Objection != nil {
		to.Objection = from.Objection
	}
}

// HealthAsOf computes the health of the given accounts (all when ids is
// nil) from what the book held at asOf: calls, pain points, offers and
// deals up to then. Seat use, open pains' status and the stage are as
// stored now: the book keeps no history of them, so a backtest should leave
// the stage's reason out. It does not write anything.
func (s *Store) HealthAsOf(ctx context.Context, ids []string, asOf time.Time) (map[string]model.Health, error) {
	out := map[string]model.Health{}
	err := s.view(ctx, func(tx *sql.Tx) error {
		ins, err := healthInputs(ctx, tx, healthScope{asOf: asOf, ids: ids})
		if err != nil {
			return err
		}
		for id, in := range ins {
			out[id] = model.ComputeHealth(*in)
		}
		return nil
	})
	return out, err
}

// healthStamp is what stored health scores are valid for: the day and the
// accounts version (every bulk write bumps it).
func healthStamp(ctx context.Context, q queryer, now time.Time) (string, error) {
	v, err := metaOrEmpty(ctx, q, metaAccountsVersion)
	return FormatDay(now.Local()) + "|" + v, internalf(err, "read the accounts' version")
}

// RefreshHealth brings the stored health scores up to date for now. Scores
// computed for the same day and the same accounts version are kept, and
// then only the accounts called since the last refresh are scored again;
// otherwise every account is (about a second at 100k accounts). It returns
// how many accounts were scored.
func (s *Store) RefreshHealth(ctx context.Context, now time.Time) (int, error) {
	scored := 0
	err := s.write(ctx, func(tx *sql.Tx) error {
		stamp, err := healthStamp(ctx, tx, now)
		if err != nil {
			return err
		}
		old, err := metaOrEmpty(ctx, tx, metaHealthStamp)
		if err != nil {
			return internalf(err, "read the health stamp")
		}
		lastCall, err := metaOrEmpty(ctx, tx, metaHealthCalls)
		if err != nil {
			return internalf(err, "read the health stamp")
		}
		var maxCall int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM calls`).Scan(&maxCall); err != nil {
			return internalf(err, "read the calls")
		}
		scope := healthScope{asOf: now}
		if old == stamp {
			if lastCall == strconv.FormatInt(maxCall, 10) {
				return nil
			}
			scope.ids = []string{}
			rows, err := tx.QueryContext(ctx, `SELECT DISTINCT account_id FROM calls WHERE id > ?`, lastCall)
			if err != nil {
				return internalf(err, "read the calls")
			}
			err = eachRow(rows, func() error {
				var id string
				err := rows.Scan(&id)
				scope.ids = append(scope.ids, id)
				return err
			})
			if err != nil {
				return internalf(err, "read the calls")
			}
		}
		if scored, err = storeHealth(ctx, tx, scope); err != nil {
			return err
		}
		if err := setMeta(ctx, tx, metaHealthStamp, stamp); err != nil {
			return internalf(err, "record the health stamp")
		}
		return internalf(setMeta(ctx, tx, metaHealthCalls, strconv.FormatInt(maxCall, 10)), "record the health stamp")
	})
	return scored, err
}

// storeHealth scores the accounts in scope and writes the scores that
// changed.
func storeHealth(ctx context.Context, tx *sql.Tx, scope healthScope) (int, error) {
	ins, err := healthInputs(ctx, tx, scope)
	if err != nil {
		return 0, err
	}
	// Most scores do not move from one day to the next: compare with the
	// stored ones and write only those that changed.
	where, args := scope.filter("a.id")
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.health FROM accounts a WHERE 1`+where, args...)
	if err != nil {
		return 0, internalf(err, "read stored health")
	}
	stored := make(map[string]int, len(ins))
	err = eachRow(rows, func() error {
		var id string
		var score int
		err := rows.Scan(&id, &score)
		stored[id] = score
		return err
	})
	if err != nil {
		return 0, internalf(err, "read stored health")
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE accounts SET health = ? WHERE id = ?`)
	if err != nil {
		return 0, internalf(err, "store health")
	}
	defer upd.Close()
	for id, in := range ins {
		h := model.ComputeHealth(*in)
		if old, ok := stored[id]; ok && old == h.Score {
			continue
		}
		if _, err := upd.ExecContext(ctx, h.Score, id); err != nil {
			return 0, internalf(err, "store the health of %s", id)
		}
	}
	return len(ins), nil
}

// accountHealth computes one account's health at now.
func accountHealth(ctx context.Context, q queryer, id string, now time.Time) (model.Health, error) {
	ins, err := healthInputs(ctx, q, healthScope{asOf: now, ids: []string{id}})
	if err != nil {
		return model.Health{}, err
	}
	in, ok := ins[id]
	if !ok {
		return model.Health{}, model.Errorf(model.ENOTFOUND, "no account with id %q", id)
	}
	return model.ComputeHealth(*in), nil
}
