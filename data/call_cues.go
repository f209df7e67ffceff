package data

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"talktrack/model"
)

// cueColumns are the call_cues columns scanned into a model.Cue, in order.
const cueColumns = `q.kind, q.text, q.number, q.unit, q.category, q.competitor, q.severity`

// addCues runs a query selecting call_id and cueColumns and adds each cue
// to its call, when the call is in index. A call without cues keeps nil.
func addCues(ctx context.Context, q queryer, calls []model.Call, index map[int64]int, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return internalf(err, "read cues")
	}
	err = eachRow(rows, func() error {
		var id int64
		var c model.Cue
		if err := rows.Scan(&id, &c.Kind, &c.Text, &c.Number, &c.Unit, &c.Category, &c.Competitor, &c.Severity); err != nil {
			return err
		}
		if i, ok := index[id]; ok {
			calls[i].Cues = append(calls[i].Cues, c)
		}
		return nil
	})
	return internalf(err, "read cues")
}

// NoteCompetitor records on the account that the customer uses or weighs
// a competitor, in their words; noting it again updates the words and
// the date.
func (s *Store) NoteCompetitor(ctx context.Context, accountID, competitor, words string, at time.Time) error {
	competitor = strings.TrimSpace(competitor)
	if competitor == "" {
		return model.Errorf(model.EINVALID, "name the competitor to note")
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := requireAccount(ctx, tx, accountID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO account_competitors (account_id, competitor, words, noted_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (account_id, competitor) DO UPDATE SET words = excluded.words, noted_at = excluded.noted_at`,
			accountID, competitor, strings.TrimSpace(words), FormatInstant(at))
		return internalf(err, "note competitor %s", competitor)
	})
}

// Competitors lists the competitors noted on an account, newest first.
func (s *Store) Competitors(ctx context.Context, accountID string) ([]model.NotedCompetitor, error) {
	var out []model.NotedCompetitor
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = loadCompetitors(ctx, tx, accountID)
		return err
	})
	return out, err
}

func loadCompetitors(ctx context.Context, q queryer, accountID string) ([]model.NotedCompetitor, error) {
	rows, err := q.QueryContext(ctx, `SELECT competitor, words, noted_at FROM account_competitors WHERE account_id = ? ORDER BY noted_at DESC, competitor`, accountID)
	if err != nil {
		return nil, internalf(err, "read competitors")
	}
	var out []model.NotedCompetitor
	err = eachRow(rows, func() error {
		var c model.NotedCompetitor
		var at string
		if err := rows.Scan(&c.Name, &c.Words, &at); err != nil {
			return err
		}
		var err error
		c.NotedAt, err = parseDate("competitor date", at)
		out = append(out, c)
		return err
	})
	return out, internalf(err, "read competitors")
}
