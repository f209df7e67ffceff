package data

import (
	"context"
	"testing"
	"time"

	"talktrack/model"
)

// TestAFollowUpOutlastsACallThatSetsNone: the day agreed on one call (when a
// freeze ends, months away) stays open after a later conversation before
// it that sets no day of its own, in the brief and in the queue once due;
// a later call that sets its own day replaces it, and one held on or after
// the day answers it.
func TestAFollowUpOutlastsACallThatSetsNone(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	id := accounts[0].ID
	log := func(at time.Time, notes string, followUp time.Time) {
		t.Helper()
		if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: at, Outcome: model.OutcomeConnected, Notes: notes, FollowUp: followUp}); err != nil {
			t.Fatal(err)
		}
	}
	open := func(now time.Time) []model.OpenFollowUp {
		t.Helper()
		v, err := s.AccountView(ctx, id, now)
		if err != nil {
			t.Fatal(err)
		}
		return v.Brief.FollowUps
	}
	june := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	log(demoNow.Add(-72*time.Hour), "Spend freeze until the end of June next year.", june)
	log(demoNow.Add(-time.Hour), "Quick question on SSO, solved.", time.Time{})
	if f := open(demoNow); len(f) != 1 || !f[0].Due.Equal(june) {
		t.Fatalf("after a call that set no day, open follow-ups %+v, want 30 June", f)
	}
	later := demoNow.AddDate(0, 8, 0)
	today, err := s.Today(ctx, model.TodayQuery{Now: later, Limit: 0})
	if err != nil {
		t.Fatal(err)
	}
	if !itemIDs(today.FollowUps)[id] {
		t.Errorf("%s: the June follow-up is not in the queue once due", id)
	}
	log(demoNow.Add(-30*time.Minute), "Call again next month.", demoNow.AddDate(0, 1, 0))
	if f := open(demoNow); len(f) != 1 || f[0].Due.Equal(june) {
		t.Errorf("a later call's own day does not replace the earlier: %+v", f)
	}
}
