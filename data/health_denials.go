package data

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"time"

	"talktrack/model"
)

// liftDeniedChurn drops the churn-risk cues that a later connected call, up
// to asOf, denied ("they decided to stay with us", „Wechsel ist vom
// Tisch“), as the briefing and the day's list do: the risk was heard and
// answered, and costs the account's health no more.
func liftDeniedChurn(ctx context.Context, q queryer, in map[string]*model.HealthInput, asOf time.Time) error {
	first := map[string]time.Time{}
	for id, h := range in {
		for _, c := range h.Cues {
			if t, ok := first[id]; !ok || c.HeardAt.Before(t) {
				first[id] = c.HeardAt
			}
		}
	}
	if len(first) == 0 {
		return nil
	}
	idJSON, _ := json.Marshal(slices.Sorted(maps.Keys(first)))
	rows, err := q.QueryContext(ctx, `SELECT account_id, started_at, notes FROM calls
		 WHERE outcome = 'connected' AND notes != '' AND started_at <= ?2
		   AND account_id IN (SELECT value FROM json_each(?1))
		 ORDER BY account_id, started_at, id`, string(idJSON), FormatInstant(asOf))
	if err != nil {
		return internalf(err, "read the calls since a churn risk")
	}
	var d *model.CueDetector
	lifted := map[string]time.Time{}
	err = eachRow(rows, func() error {
		var id, at, notes string
		if err := rows.Scan(&id, &at, &notes); err != nil {
			return err
		}
		started, err := parseDate("call start", at)
		if err != nil || !started.After(first[id]) {
			return err
		}
		if d == nil {
			rules, err := loadCueRules(ctx, q)
			if err != nil {
				return err
			}
			if d, err = model.NewCueDetector(rules); err != nil {
				return err
			}
		}
		if d.SaysOtherwise(notes, model.CueChurnRisk) {
			lifted[id] = started
		}
		return nil
	})
	if err != nil {
		return internalf(err, "read the calls since a churn risk")
	}
	for id, t := range lifted {
		h := in[id]
		h.Cues = slices.DeleteFunc(h.Cues, func(c model.HealthCue) bool { return !c.HeardAt.After(t) })
	}
	return nil
}
