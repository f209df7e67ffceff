package data

import (
	"context"
	"database/sql"
	"time"

	"talktrack/model"
)

// ChangePain records a change of a pain point made on this laptop at now:
// p with a GlobalID (or the local ID) of a stored pain point changes it,
// one with neither notes a new pain point. The change joins the pain's
// history and waits in the outbox for the next sync. It returns the pain
// point as stored.
func (s *Store) ChangePain(ctx context.Context, p model.PainPoint, now time.Time) (model.PainPoint, error) {
	if p.Status == "" {
		p.Status = model.PainOpen
	}
	if p.Title == "" {
		return p, model.Errorf(model.EINVALID, "a pain point needs a title")
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := resolvePain(ctx, tx, &p); err != nil {
			return err
		}
		if err := requireAccount(ctx, tx, p.AccountID); err != nil {
			return err
		}
		ch := model.PainChange{
			ID: NewGlobalID(), PainID: p.GlobalID, AccountID: p.AccountID,
			Category: p.Category, Title: p.Title, Severity: p.Severity, Status: p.Status, NotedAt: p.NotedAt,
			ChangedAt: now,
		}
		if _, err := applyPainChange(ctx, tx, ch); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sync_outbox (pain_change_id) VALUES (?)`, ch.ID)
		if err != nil {
			return internalf(err, "queue the pain change for sync")
		}
		return tx.QueryRowContext(ctx, `SELECT id FROM pain_points WHERE global_id = ?`, p.GlobalID).Scan(&p.ID)
	})
	return p, err
}

// resolvePain gives p the global id of the stored pain point it names (by
// local id), or a new one for a new pain point.
func resolvePain(ctx context.Context, tx *sql.Tx, p *model.PainPoint) error {
	switch {
	case p.GlobalID != "":
		return nil
	case p.ID != 0:
		err := tx.QueryRowContext(ctx, `SELECT global_id FROM pain_points WHERE id = ?`, p.ID).Scan(&p.GlobalID)
		if err == sql.ErrNoRows {
			return model.Errorf(model.ENOTFOUND, "no pain point with id %d", p.ID)
		}
		if err != nil {
			return internalf(err, "look up pain point %d", p.ID)
		}
		if p.GlobalID == "" {
			p.GlobalID = NewGlobalID()
			_, err = tx.ExecContext(ctx, `UPDATE pain_points SET global_id = ? WHERE id = ?`, p.GlobalID, p.ID)
		}
		return internalf(err, "give pain point %d a global id", p.ID)
	}
	p.GlobalID = NewGlobalID()
	if p.NotedAt.IsZero() {
		p.NotedAt = time.Now()
	}
	return nil
}

// applyPainChange adds ch to its pain's history, unless it is there
// already, and makes it the pain point's state when it is the latest
// change of that pain (by ChangedAt, then ID): the rule the hub applies
// too, so the order in which changes arrive does not matter. It reports
// whether ch was new here.
func applyPainChange(ctx context.Context, tx *sql.Tx, ch model.PainChange) (bool, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO pain_changes (global_id, pain_id, account_id, category, title,
		severity, status, noted_at, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (global_id) DO NOTHING`,
		ch.ID, ch.PainID, ch.AccountID, ch.Category, ch.Title, ch.Severity, string(ch.Status),
		FormatInstant(ch.NotedAt), formatChange(ch.ChangedAt), ch.ChangedBy)
	if err != nil {
		return false, internalf(err, "store a change of pain %s", ch.PainID)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, internalf(err, "store a change of pain %s", ch.PainID)
	}
	var latest string
	err = tx.QueryRowContext(ctx, `SELECT global_id FROM pain_changes WHERE pain_id = ?
		ORDER BY changed_at DESC, global_id DESC LIMIT 1`, ch.PainID).Scan(&latest)
	if err != nil {
		return false, internalf(err, "read the history of pain %s", ch.PainID)
	}
	if latest != ch.ID {
		return true, nil
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO pain_points (account_id, category, title, severity, status, noted_at, global_id)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (global_id) WHERE global_id <> '' DO UPDATE SET account_id = excluded.account_id,
		category = excluded.category, title = excluded.title, severity = excluded.severity,
		status = excluded.status, noted_at = excluded.noted_at`,
		ch.AccountID, ch.Category, ch.Title, ch.Severity, string(ch.Status), FormatInstant(ch.NotedAt), ch.PainID)
	return true, internalf(err, "apply a change of pain %s", ch.PainID)
}

// PainHistory lists every change of the pain point with global id painID,
// oldest first.
func (s *Store) PainHistory(ctx context.Context, painID string) ([]model.PainChange, error) {
	var out []model.PainChange
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = queryPainChanges(ctx, tx, `WHERE pain_id = ? ORDER BY changed_at, global_id`, painID)
		return err
	})
	return out, err
}

// painChangesByID reads the pain changes with the given global ids.
func painChangesByID(ctx context.Context, q queryer, ids []any) ([]model.PainChange, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return queryPainChanges(ctx, q, `WHERE global_id IN (`+placeholders(len(ids))+`) ORDER BY changed_at, global_id`, ids...)
}

// queryPainChanges reads pain changes; where filters and orders them.
func queryPainChanges(ctx context.Context, q queryer, where string, args ...any) ([]model.PainChange, error) {
	rows, err := q.QueryContext(ctx, `SELECT global_id, pain_id, account_id, category, title, severity, status,
		noted_at, changed_at, changed_by FROM pain_changes `+where, args...)
	if err != nil {
		return nil, internalf(err, "read pain changes")
	}
	var out []model.PainChange
	err = eachRow(rows, func() error {
		var ch model.PainChange
		var noted, changed string
		if err := rows.Scan(&ch.ID, &ch.PainID, &ch.AccountID, &ch.Category, &ch.Title, &ch.Severity,
			&ch.Status, &noted, &changed, &ch.ChangedBy); err != nil {
			return err
		}
		var err error
		if ch.NotedAt, err = parseDate("pain noted", noted); err != nil {
			return err
		}
		ch.ChangedAt, err = parseDate("pain change", changed)
		out = append(out, ch)
		return err
	})
	return out, internalf(err, "read pain changes")
}
