package bench

import (
	"context"
	"os"
	"testing"
	"time"

	"talktrack/data"
	"talktrack/model"
)

// TestHealthSeparationReport measures, on a database of real data the user
// names in $TALKTRACK_SEPARATION_DB, whether health told apart beforehand
// the accounts that went bad from the others. It is a report, not a check,
// and is skipped without the variable. Two definitions of going bad:
//
//   - the stage: entering at risk or churned within 90 days of a moment;
//   - the deals: losing more deals than winning in the 180 days after a
//     moment (for CRM exports with won and lost deals and no calls).
//
// Moments run monthly over the year before the newest date in the book
// ($TALKTRACK_SEPARATION_END, YYYY-MM-DD, overrides it). The stage's own
// points are left out of the scores.
func TestHealthSeparationReport(t *testing.T) {
	path := os.Getenv("TALKTRACK_SEPARATION_DB")
	if path == "" {
		t.Skip("set TALKTRACK_SEPARATION_DB to a database to measure health's separation on it")
	}
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	end := time.Now()
	if e := os.Getenv("TALKTRACK_SEPARATION_END"); e != "" {
		if end, err = time.Parse(time.DateOnly, e); err != nil {
			t.Fatal(err)
		}
	}
	var moments []time.Time
	for m := 12; m >= 1; m-- {
		moments = append(moments, end.AddDate(0, -m, 0))
	}
	sep, err := s.HealthBacktest(ctx, moments, 90*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("stage (at risk or churned within 90 days): went bad %d (mean %.1f), stayed well %d (mean %.1f), AUC %.3f",
		sep.WentBad, sep.MeanWentBad, sep.StayedWell, sep.MeanStayedWell, sep.AUC)

	// Without today's seat use either, which the book holds no history of.
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var bad, well []int
	for _, at := range moments {
		scores, err := s.HealthAsOf(ctx, nil, at)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range accounts {
			h := scores[a.ID]
			score := h.Score - h.PointsOf("stage") - h.PointsOf("seats")
			isBad := a.Stage == model.StageAtRisk || a.Stage == model.StageChurned
			switch {
			case isBad && a.StageSince.After(at) && !a.StageSince.After(at.Add(90*24*time.Hour)):
				bad = append(bad, score)
			case !isBad && !a.StageSince.IsZero() && !a.StageSince.After(at):
				well = append(well, score)
			}
		}
	}
	noSeats := model.Separation(bad, well)
	t.Logf("stage, without stage and seat points: went bad %d (mean %.1f), stayed well %d (mean %.1f), AUC %.3f",
		noSeats.WentBad, noSeats.MeanWentBad, noSeats.StayedWell, noSeats.MeanStayedWell, noSeats.AUC)

	// Deals: lost more than won in the half year after the moment.
	bad, well = nil, nil
	for _, at := range moments {
		scores, err := s.HealthAsOf(ctx, nil, at)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().QueryContext(ctx, `SELECT account_id, sum(stage = 'won'), sum(stage = 'lost') FROM purchases
			 WHERE date > ? AND date <= ? GROUP BY account_id`, at.Format(time.DateOnly), at.AddDate(0, 6, 0).Format(time.DateOnly))
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			var won, lost int
			if err := rows.Scan(&id, &won, &lost); err != nil {
				t.Fatal(err)
			}
			h, ok := scores[id]
			if !ok || won+lost == 0 {
				continue
			}
			score := h.Score - h.PointsOf("stage")
			if lost > won {
				bad = append(bad, score)
			} else {
				well = append(well, score)
			}
		}
		rows.Close()
	}
	deals := model.Separation(bad, well)
	t.Logf("deals (lost more than won in the next 180 days): went bad %d (mean %.1f), stayed well %d (mean %.1f), AUC %.3f",
		deals.WentBad, deals.MeanWentBad, deals.StayedWell, deals.MeanStayedWell, deals.AUC)
}
