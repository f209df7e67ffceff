package export

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"talktrack/model"
)

// loadCues fills in the cues heard on each call, in the order they were
// heard, with one query for all calls.
func loadCues(ctx context.Context, db queryer, calls []Call) error {
	index := make(map[int64]int, len(calls))
	for i, c := range calls {
		index[c.ID] = i
	}
	idsJSON, err := json.Marshal(callIDs(calls))
	if err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, `
SELECT q.call_id, q.kind, q.text, q.number, q.category, q.competitor
  FROM call_cues q
 WHERE q.call_id IN (SELECT value FROM json_each(?))
 ORDER BY q.call_id, q.position`, string(idsJSON))
	if err != nil {
		return fmt.Errorf("read cues to export: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var callID int64
		var c model.Cue
		if err := rows.Scan(&callID, &c.Kind, &c.Text, &c.Number, &c.Category, &c.Competitor); err != nil {
			return fmt.Errorf("read cues to export: %w", err)
		}
		i := index[callID]
		calls[i].Cues = append(calls[i].Cues, c)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read cues to export: %w", err)
	}
	return nil
}

// cuesSummary is the cues in words for a CRM record: `price "zu teuer";
// growth "20 neue Leute" (20); pain "imports keep failing" (integration)`.
func cuesSummary(cues []model.Cue) string {
	parts := make([]string, len(cues))
	for i, c := range cues {
		s := string(c.Kind) + " " + strconv.Quote(c.Text)
		switch {
		case c.Category != "":
			s += " (" + c.Category + ")"
		case c.Competitor != "" && !strings.EqualFold(c.Competitor, c.Text):
			s += " (" + c.Competitor + ")"
		case c.Kind == model.CueGrowth && c.Number != 0:
			s += " (" + strconv.Itoa(c.Number) + ")"
		}
		parts[i] = s
	}
	return strings.Join(parts, "; ")
}
