package data

import (
	"context"
	"database/sql"
	"time"

	"talktrack/model"
)

// LogCall validates c, stores it with its offers and deletes the draft it
// was written in (c.DraftID), all in one transaction, and returns the new
// call's id. Other drafts, of this account or any other, are never touched.
func (s *Store) LogCall(ctx context.Context, c model.Call) (int64, error) {
	if err := c.Validate(); err != nil {
		return 0, err
	}
	var id int64
	var calls string
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := requireAccount(ctx, tx, c.AccountID); err != nil {
			return err
		}
		var err error
		id, err = insertCall(ctx, tx, c)
		if err != nil {
			return err
		}
		// A declined offer changes what the account is offered next.
		err = tx.QueryRowContext(ctx, `INSERT INTO meta (key, value) VALUES (?, '1')
			ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`, metaCallsVersion).Scan(&calls)
		if err != nil {
			return internalf(err, "record the calls' version")
		}
		// The call waits in the outbox until a sync has it on the hub.
		if _, err := tx.ExecContext(ctx, `INSERT INTO sync_outbox (call_id) VALUES (?)`, id); err != nil {
			return internalf(err, "queue the call for sync")
		}
		if c.DraftID == "" {
			return nil
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM drafts WHERE id = ? AND account_id = ?`, c.DraftID, c.AccountID)
		return internalf(err, "delete the draft")
	})
	if err == nil {
		s.briefs.forgetOffers(c.AccountID, calls)
	}
	return id, err
}

// write runs fn in one IMMEDIATE transaction, like Update, but keeps the
// cached catalog: for writes that never touch the playbook.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return mapError(s.path, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return mapError(s.path, err)
	}
	return mapError(s.path, tx.Commit())
}

// requireAccount fails with ENOTFOUND unless the account exists.
func requireAccount(ctx context.Context, q queryer, id string) error {
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM accounts WHERE id = ?`, id).Scan(&one)
	if err == sql.ErrNoRows {
		return model.Errorf(model.ENOTFOUND, "no account with id %q: run `talktrack accounts` to list them", id)
	}
	return internalf(err, "look up account %q", id)
}

// callInserter holds the prepared statements that store calls, so that a
// bulk seed prepares them once.
type callInserter struct {
	call, offer, cue *sql.Stmt
}

func prepareCallInserter(ctx context.Context, tx *sql.Tx) (*callInserter, error) {
	call, err := tx.PrepareContext(ctx, `INSERT INTO calls (id, account_id, contact_id, started_at, duration_s, outcome, notes, follow_up, global_id, logged_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, internalf(err, "prepare calls")
	}
	offer, err := tx.PrepareContext(ctx, `INSERT INTO call_offers (call_id, product_id, response, quantity) VALUES (?, ?, ?, ?)`)
	if err != nil {
		call.Close()
		return nil, internalf(err, "prepare offers")
	}
	cue, err := tx.PrepareContext(ctx, `INSERT INTO call_cues (call_id, position, kind, text, number, unit, category, competitor, severity)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		call.Close()
		offer.Close()
		return nil, internalf(err, "prepare cues")
	}
	return &callInserter{call: call, offer: offer, cue: cue}, nil
}

func (ci *callInserter) Close() {
	ci.call.Close()
	ci.offer.Close()
	ci.cue.Close()
}

// insert stores c and its offers; a zero c.ID lets SQLite choose the id,
// an empty c.GlobalID gets a new one.
func (ci *callInserter) insert(ctx context.Context, c model.Call) (int64, error) {
	var id any
	if c.ID != 0 {
		id = c.ID
	}
	if c.GlobalID == "" {
		c.GlobalID = NewGlobalID()
	}
	res, err := ci.call.ExecContext(ctx, id, c.AccountID, c.ContactID, FormatInstant(c.StartedAt),
		int64(c.Duration/time.Second), string(c.Outcome), c.Notes, FormatDay(c.FollowUp), c.GlobalID, c.LoggedBy)
	if err != nil {
		return 0, internalf(err, "store a call for %s", c.AccountID)
	}
	callID, err := res.LastInsertId()
	if err != nil {
		return 0, internalf(err, "store a call for %s", c.AccountID)
	}
	for _, o := range c.Offers {
		if _, err := ci.offer.ExecContext(ctx, callID, o.ProductID, string(o.Response), o.Quantity); err != nil {
			return 0, internalf(err, "store the offer of %s", o.ProductID)
		}
	}
	for i, q := range c.Cues {
		if _, err := ci.cue.ExecContext(ctx, callID, i, string(q.Kind), q.Text, q.Number, q.Unit, q.Category, q.Competitor, q.Severity); err != nil {
			return 0, internalf(err, "store the cues of the call")
		}
	}
	return callID, nil
}

func insertCall(ctx context.Context, tx *sql.Tx, c model.Call) (int64, error) {
	ci, err := prepareCallInserter(ctx, tx)
	if err != nil {
		return 0, err
	}
	defer ci.Close()
	return ci.insert(ctx, c)
}

// Calls lists calls newest first, of one account or, when accountID is
// empty, of all accounts.
func (s *Store) Calls(ctx context.Context, accountID string) ([]model.Call, error) {
	var calls []model.Call
	err := s.view(ctx, func(tx *sql.Tx) error {
		if accountID != "" {
			if err := requireAccount(ctx, tx, accountID); err != nil {
				return err
			}
		}
		var err error
		calls, err = loadCalls(ctx, tx, accountID, -1)
		return err
	})
	return calls, err
}

// callColumns are the calls columns scanCall reads, in order.
const callColumns = `c.id, c.account_id, c.contact_id, c.started_at, c.duration_s, c.outcome, c.notes, c.follow_up, c.global_id, c.logged_by`

// loadCalls reads calls newest first, with their offers: one account's or,
// for an empty accountID, everyone's; at most limit of them unless limit is
// negative.
func loadCalls(ctx context.Context, q queryer, accountID string, limit int) ([]model.Call, error) {
	query := `SELECT ` + callColumns + ` FROM calls c`
	var args []any
	if accountID != "" {
		query += ` WHERE c.account_id = ?`
		args = append(args, accountID)
	}
	query += ` ORDER BY c.started_at DESC, c.id DESC LIMIT ?`
	args = append(args, limit)
	calls, index, err := scanCalls(ctx, q, query, args...)
	if err != nil || len(calls) == 0 {
		return calls, err
	}
	// The offers of every call the filter matches, some of which the limit
	// may have cut: an account has a handful of calls, so this is cheaper
	// than shipping the ids of the kept ones.
	offers := `SELECT o.call_id, o.product_id, o.response, o.quantity FROM call_offers o`
	cues := `SELECT q.call_id, ` + cueColumns + ` FROM call_cues q`
	args = args[:0]
	if accountID != "" {
		offers += ` JOIN calls c ON c.id = o.call_id WHERE c.account_id = ?`
		cues += ` JOIN calls c ON c.id = q.call_id WHERE c.account_id = ?`
		args = append(args, accountID)
	}
	if err := addOffers(ctx, q, calls, index, offers+` ORDER BY o.call_id, o.product_id`, args...); err != nil {
		return calls, err
	}
	return calls, addCues(ctx, q, calls, index, cues+` ORDER BY q.call_id, q.position`, args...)
}

// scanCalls runs a query selecting callColumns and returns the calls (with
// empty offers) and each call's place in the slice by id.
func scanCalls(ctx context.Context, q queryer, query string, args ...any) ([]model.Call, map[int64]int, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, internalf(err, "read calls")
	}
	var calls []model.Call
	index := map[int64]int{}
	err = eachRow(rows, func() error {
		var c model.Call
		var started, follow string
		var secs int64
		if err := rows.Scan(&c.ID, &c.AccountID, &c.ContactID, &started, &secs, &c.Outcome, &c.Notes, &follow, &c.GlobalID, &c.LoggedBy); err != nil {
			return err
		}
		var err error
		if c.StartedAt, err = parseDate("call start", started); err != nil {
			return err
		}
		if c.FollowUp, err = parseDate("follow-up date", follow); err != nil {
			return err
		}
		c.Duration = time.Duration(secs) * time.Second
		c.Offers = []model.Offer{}
		index[c.ID] = len(calls)
		calls = append(calls, c)
		return nil
	})
	return calls, index, internalf(err, "read calls")
}

// addOffers runs a query selecting (call_id, product_id, response,
// quantity) and adds each offer to its call, when the call is in index.
func addOffers(ctx context.Context, q queryer, calls []model.Call, index map[int64]int, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return internalf(err, "read offers")
	}
	err = eachRow(rows, func() error {
		var id int64
		var o model.Offer
		if err := rows.Scan(&id, &o.ProductID, &o.Response, &o.Quantity); err != nil {
			return err
		}
		if i, ok := index[id]; ok {
			calls[i].Offers = append(calls[i].Offers, o)
		}
		return nil
	})
	return internalf(err, "read offers")
}
