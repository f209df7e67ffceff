package data

import (
	"context"
	"database/sql"

	"talktrack/model"
)

// CueOutcomes counts, per kind of cue, the calls it was heard on and how
// many of them ended with an offer accepted or marked interested: which
// of the playbook's responses came before a yes, for sales ops to tune.
func (s *Store) CueOutcomes(ctx context.Context) ([]model.CueOutcome, error) {
	var out []model.CueOutcome
	err := s.view(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `
SELECT q.kind,
       COUNT(DISTINCT q.call_id),
       COUNT(DISTINCT CASE WHEN o.response = 'accepted' THEN q.call_id END),
       COUNT(DISTINCT CASE WHEN o.response = 'interested' THEN q.call_id END)
  FROM call_cues q
  LEFT JOIN call_offers o ON o.call_id = q.call_id
 GROUP BY q.kind
 ORDER BY COUNT(DISTINCT q.call_id) DESC, q.kind`)
		if err != nil {
			return internalf(err, "count the calls per cue")
		}
		return internalf(eachRow(rows, func() error {
			var c model.CueOutcome
			if err := rows.Scan(&c.Kind, &c.Calls, &c.Accepted, &c.Interested); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		}), "count the calls per cue")
	})
	return out, err
}
