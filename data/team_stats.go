package data

import (
	"context"
	"database/sql"

	"talktrack/model"
)

// TeamOfferStats returns how the whole team's customers answered offers,
// by product, segment and response, as the hub counted them at the last
// sync (empty before the first). The ranking reads them as evidence of
// what works beyond this rep's own calls.
func (s *Store) TeamOfferStats(ctx context.Context) ([]model.TeamOfferStat, error) {
	var out []model.TeamOfferStat
	err := s.view(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT product_id, segment, response, answers FROM team_offer_stats
			ORDER BY product_id, segment, response`)
		if err != nil {
			return err
		}
		return eachRow(rows, func() error {
			var st model.TeamOfferStat
			if err := rows.Scan(&st.ProductID, &st.Segment, &st.Response, &st.Answers); err != nil {
				return err
			}
			out = append(out, st)
			return nil
		})
	})
	return out, internalf(err, "read the team's offer statistics")
}

// replaceTeamStats makes stats the stored team offer statistics.
func replaceTeamStats(ctx context.Context, tx *sql.Tx, stats []model.TeamOfferStat) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM team_offer_stats`); err != nil {
		return internalf(err, "clear the team's offer statistics")
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO team_offer_stats (product_id, segment, response, answers)
		VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET answers = answers + excluded.answers`)
	if err != nil {
		return internalf(err, "prepare the team's offer statistics")
	}
	defer stmt.Close()
	for _, st := range stats {
		if _, err := stmt.ExecContext(ctx, st.ProductID, st.Segment, string(st.Response), st.Answers); err != nil {
			return internalf(err, "store the team's offer statistics")
		}
	}
	return nil
}
