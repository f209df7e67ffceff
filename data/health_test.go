package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

func TestDemoHealthReasonsSumToStoredScores(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	n, err := s.RefreshHealth(ctx, demoNow)
	if err != nil || n != 250 {
		t.Fatalf("first refresh scored %d (%v), want every account", n, err)
	}
	if n, err = s.RefreshHealth(ctx, demoNow.Add(time.Hour)); err != nil || n != 0 {
		t.Fatalf("a refresh the same day with nothing new scored %d (%v)", n, err)
	}
	scores, err := s.HealthAsOf(ctx, nil, demoNow)
	if err != nil {
		t.Fatal(err)
	}
	bands := map[model.HealthBand]int{}
	for id, h := range scores {
		sum := 0
		for _, r := range h.Reasons {
			sum += r.Points
			if r.Text == "" || r.Factor == "" {
				t.Errorf("%s: unnamed reason %+v", id, r)
			}
		}
		if sum != h.Score || h.Score < 0 || h.Score > 100 || h.Band != model.BandFor(h.Score) {
			t.Errorf("%s: score %d band %s, reasons add to %d", id, h.Score, h.Band, sum)
		}
		bands[h.Band]++
		v, err := s.AccountView(ctx, id, demoNow)
		if err != nil {
			t.Fatal(err)
		}
		if v.Health.Score != h.Score {
			t.Errorf("%s: the account view says %d, the scores %d", id, v.Health.Score, h.Score)
		}
		var stored int
		if err := s.db.QueryRow(`SELECT health FROM accounts WHERE id = ?`, id).Scan(&stored); err != nil || stored != h.Score {
			t.Errorf("%s: stored health %d (%v), computed %d", id, stored, err, h.Score)
		}
	}
	for _, b := range []model.HealthBand{model.BandHealthy, model.BandWatch, model.BandAtRisk} {
		if bands[b] < 10 {
			t.Errorf("only %d demo accounts are %s: %v", bands[b], b, bands)
		}
	}
}

func TestHealthFollowsALoggedCall(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	if _, err := s.RefreshHealth(ctx, demoNow); err != nil {
		t.Fatal(err)
	}
	// The account longest without a conversation gains from one today.
	var id string
	var before int
	err := s.db.QueryRow(`SELECT a.id, a.health FROM accounts a WHERE a.stage = 'value_realized'
		ORDER BY (SELECT max(started_at) FROM calls c WHERE c.account_id = a.id AND c.outcome = 'connected'), a.id LIMIT 1`).Scan(&id, &before)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: demoNow.Add(-time.Hour), Outcome: model.OutcomeConnected}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.RefreshHealth(ctx, demoNow); err != nil || n != 1 {
		t.Fatalf("refresh after one call scored %d accounts (%v), want 1", n, err)
	}
	var after int
	if err := s.db.QueryRow(`SELECT health FROM accounts WHERE id = ?`, id).Scan(&after); err != nil {
		t.Fatal(err)
	}
	if after <= before {
		t.Fatalf("health of %s went from %d to %d after a conversation", id, before, after)
	}
}

// TestDemoHealthSeparatesAccountsThatWentBad checks the score against the
// demo's history: accounts that went at risk or churned in the following
// 90 days scored lower beforehand than accounts that stayed well.
func TestDemoHealthSeparatesAccountsThatWentBad(t *testing.T) {
	s := demoStore(t)
	var moments []time.Time
	for m := 12; m >= 3; m-- {
		moments = append(moments, demoNow.AddDate(0, -m, 0))
	}
	sep, err := s.HealthBacktest(context.Background(), moments, 90*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("went bad: %d scores, mean %.1f; stayed well: %d, mean %.1f; AUC %.2f",
		sep.WentBad, sep.MeanWentBad, sep.StayedWell, sep.MeanStayedWell, sep.AUC)
	if sep.WentBad < 20 || sep.StayedWell < 100 {
		t.Fatalf("too few accounts to judge: %+v", sep)
	}
	if sep.MeanWentBad >= sep.MeanStayedWell || sep.AUC < 0.6 {
		t.Fatalf("health does not separate: %+v", sep)
	}
}

func TestPortfolioSortsByHealthAndFiltersByOwner(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	if _, err := s.RefreshHealth(ctx, demoNow); err != nil {
		t.Fatal(err)
	}
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Sort: model.SortHealth, Limit: 300})
	if err != nil || page.Total != 250 {
		t.Fatalf("%d rows, %v", page.Total, err)
	}
	for i, r := range page.Rows {
		if r.Health < 0 || i > 0 && r.Health < page.Rows[i-1].Health {
			t.Fatalf("row %d: health %d after %d", i, r.Health, page.Rows[max(i-1, 0)].Health)
		}
	}
	owner := page.Rows[0].ID
	acc, _ := s.FindAccount(ctx, owner)
	for _, q := range []model.PortfolioQuery{
		{Owner: acc.Owner, Limit: 300},
		{Owner: acc.Owner, Sort: model.SortHealth, Desc: true, Limit: 300},
		{Owner: acc.Owner, Filter: acc.Name[:3], Limit: 300},
		{Owner: acc.Owner, Stage: acc.Stage, Sort: model.SortARR, Limit: 300},
	} {
		mine, err := s.Portfolio(ctx, q)
		if err != nil || mine.Total == 0 || mine.Total == 250 || len(mine.Rows) != mine.Total {
			t.Fatalf("%+v: %d of %d rows, %v", q, len(mine.Rows), mine.Total, err)
		}
		found := false
		for _, r := range mine.Rows {
			a, _ := s.FindAccount(ctx, r.ID)
			if a.Owner != acc.Owner {
				t.Fatalf("%+v: %s of %s", q, r.ID, a.Owner)
			}
			found = found || r.ID == acc.ID
		}
		if !found {
			t.Errorf("%+v: %s is missing", q, acc.ID)
		}
	}
}

// TestSeatTrendFromImports: an import that lowers seat use leaves the old
// value in the seat history, and health then says use fell.
func TestSeatTrendFromImports(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	var id, product string
	var used, qty int
	err := s.db.QueryRow(`SELECT h.account_id, h.product_id, h.seats_used, h.quantity FROM holdings h
		JOIN products p ON p.id = h.product_id WHERE p.seated = 1 AND h.seats_used >= 20
		   -- halving it must drop a tenth of every seat the account bought
		   AND h.seats_used * 5 >= (SELECT sum(h2.quantity) FROM holdings h2 JOIN products p2 ON p2.id = h2.product_id
		                             WHERE h2.account_id = h.account_id AND p2.seated = 1)
		ORDER BY h.account_id LIMIT 1`).Scan(&id, &product, &used, &qty)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	before, err := s.HealthAsOf(ctx, []string{id}, now)
	if err != nil {
		t.Fatal(err)
	}
	if r := reasonOf(before[id], "seat_trend"); r != nil {
		t.Fatalf("a trend without history: %+v", r)
	}
	err = s.Update(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE holdings SET seats_used = ? WHERE account_id = ? AND product_id = ?`, used/2, id, product)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	after, err := s.HealthAsOf(ctx, []string{id}, now)
	if err != nil {
		t.Fatal(err)
	}
	r := reasonOf(after[id], "seat_trend")
	if r == nil || !strings.Contains(r.Text, fmt.Sprintf("seat use fell by %d", used-used/2)) {
		t.Fatalf("after halving %d seats of %s: %+v", used, product, after[id].Reasons)
	}
}

func reasonOf(h model.Health, factor string) *model.HealthReason {
	for i := range h.Reasons {
		if h.Reasons[i].Factor == factor {
			return &h.Reasons[i]
		}
	}
	return nil
}

// TestChurnRiskCueLowersHealth: a churn-risk cue saved with a call costs the
// account health points, with a reason that quotes it; a price cue does not.
func TestChurnRiskCueLowersHealth(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	id := healthiestValueRealized(t, s)
	score := func() (int, []string) {
		t.Helper()
		hs, err := s.HealthAsOf(ctx, []string{id}, demoNow)
		if err != nil {
			t.Fatal(err)
		}
		h := hs[id]
		var cues []string
		for _, r := range h.Reasons {
			if r.Factor == "cue" {
				cues = append(cues, r.Text)
			}
		}
		return h.Score, cues
	}
	call := func(kind model.CueKind, text string) {
		t.Helper()
		c := model.Call{AccountID: id, StartedAt: demoNow.Add(-time.Hour), Outcome: model.OutcomeConnected,
			Cues: []model.Cue{{Kind: kind, Text: text}}}
		if _, err := s.LogCall(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	call(model.CuePrice, "too expensive")
	before, cues := score()
	if len(cues) != 0 {
		t.Fatalf("a price cue counted as churn risk: %v", cues)
	}
	call(model.CueChurnRisk, "we are evaluating alternatives")
	after, cues := score()
	if after >= before || len(cues) != 1 || !strings.Contains(cues[0], "we are evaluating alternatives") {
		t.Fatalf("health %d → %d with cue reasons %v after a churn-risk cue", before, after, cues)
	}
}

// TestPriceObjectionOnTheLatestCallIsHalfAConversation: a connected call on
// which they objected to the price earns half the conversation points, one
// on which they froze spending none, and a later call without either the
// whole; the reason quotes the words.
func TestPriceObjectionOnTheLatestCallIsHalfAConversation(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	id := healthiestValueRealized(t, s)
	conversation := func() model.HealthReason {
		t.Helper()
		hs, err := s.HealthAsOf(ctx, []string{id}, demoNow)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range hs[id].Reasons {
			if r.Factor == "conversation" {
				return r
			}
		}
		t.Fatal("no conversation reason")
		return model.HealthReason{}
	}
	call := func(ago time.Duration, cues ...model.Cue) {
		t.Helper()
		c := model.Call{AccountID: id, StartedAt: demoNow.Add(-ago), Outcome: model.OutcomeConnected, Cues: cues}
		if _, err := s.LogCall(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	call(3*time.Hour, model.Cue{Kind: model.CuePrice, Text: "way too expensive"})
	if r := conversation(); r.Points != 10 || !strings.Contains(r.Text, "objected to the price (“way too expensive”") {
		t.Errorf("after a price objection: %+v", r)
	}
	call(2*time.Hour, model.Cue{Kind: model.CuePrice, Text: "too expensive"}, model.Cue{Kind: model.CuePrice, Severity: 3, Text: "budget is frozen"})
	if r := conversation(); r.Points != 0 || !strings.Contains(r.Text, "froze spending (“budget is frozen”") {
		t.Errorf("after a freeze: %+v", r)
	}
	call(time.Hour)
	if r := conversation(); r.Points != 20 || strings.Contains(r.Text, "froze") {
		t.Errorf("after a later call with neither: %+v", r)
	}
}

// TestSeatUseFirstTrackedIsNoGrowth: a holding imported without seat use
// (purchases first) and given it by a holdings export the same day was not
// tracked before; its seats are no growth.
func TestSeatUseFirstTrackedIsNoGrowth(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	var id, product string
	err := s.db.QueryRow(`SELECT a.id, p.id FROM accounts a, products p
		WHERE p.seated = 1 AND NOT EXISTS (SELECT 1 FROM holdings h WHERE h.account_id = a.id AND h.product_id = p.id)
		  AND EXISTS (SELECT 1 FROM holdings h JOIN products hp ON hp.id = h.product_id WHERE h.account_id = a.id AND hp.seated = 1)
		ORDER BY a.id, p.id LIMIT 1`).Scan(&id, &product)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO holdings (account_id, product_id, quantity, seats_used, since) VALUES (?, ?, 500, 0, '')`, id, product); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE holdings SET seats_used = 480 WHERE account_id = ? AND product_id = ?`, id, product)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h, err := s.HealthAsOf(ctx, []string{id}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if r := reasonOf(h[id], "seat_trend"); r != nil && strings.Contains(r.Text, "grew") {
		t.Errorf("seat use first tracked reads as growth: %+v", r)
	}
}

// TestChurnRiskDeniedLaterCostsNoHealth: a churn risk heard on a call costs
// health until a later connected call says they stay; a later call that
// says nothing of it keeps the cost.
func TestChurnRiskDeniedLaterCostsNoHealth(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	id := healthiestValueRealized(t, s)
	cueCost := func() int {
		t.Helper()
		hs, err := s.HealthAsOf(ctx, []string{id}, demoNow)
		if err != nil {
			t.Fatal(err)
		}
		cost := 0
		for _, r := range hs[id].Reasons {
			if r.Factor == "cue" {
				cost -= r.Points
			}
		}
		return cost
	}
	call := func(at time.Duration, notes string, cues ...model.Cue) {
		t.Helper()
		c := model.Call{AccountID: id, StartedAt: demoNow.Add(-at), Outcome: model.OutcomeConnected, Notes: notes, Cues: cues}
		if _, err := s.LogCall(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	call(3*time.Hour, "They are thinking about cancelling.", model.Cue{Kind: model.CueChurnRisk, Text: "thinking about cancelling"})
	call(2*time.Hour, "Sent the renewal quote.")
	if cueCost() == 0 {
		t.Fatal("a churn risk cost no health before anything denied it")
	}
	call(time.Hour, "Good news: they decided to stay with us, HubSpot is off the table.")
	if got := cueCost(); got != 0 {
		t.Errorf("health still costs %d for a churn risk a later call denied", got)
	}
}

// healthiestValueRealized is the demo's value-realized account of the best
// health: room to lose points.
func healthiestValueRealized(t *testing.T, s *Store) string {
	t.Helper()
	var id string
	if err := s.db.QueryRow(`SELECT id FROM accounts WHERE stage = 'value_realized' ORDER BY health DESC, id LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
