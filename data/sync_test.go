package data

import (
	"context"
	"reflect"
	"testing"
	"time"

	"talktrack/model"
)

// TestChangesSinceListsWhatWaitsInOrder: calls and pain changes recorded
// here come back in the order they were recorded, page by page, until
// MarkSent forgets them; seeded calls are not "recorded here".
func TestChangesSinceListsWhatWaitsInOrder(t *testing.T) {
	ctx := context.Background()
	s := newBook().account("A1", "Acme").account("B2", "Beta").
		call(model.Call{AccountID: "A1", StartedAt: day("2026-01-02"), Outcome: model.OutcomeBusy}).seed(t)
	at := day("2026-03-01")
	var want []string
	for i, acc := range []string{"A1", "B2", "A1"} {
		id, err := s.LogCall(ctx, model.Call{AccountID: acc, StartedAt: at.Add(time.Duration(i) * time.Hour), Outcome: model.OutcomeConnected})
		if err != nil {
			t.Fatal(err)
		}
		calls, _ := s.Calls(ctx, acc)
		for _, c := range calls {
			if c.ID == id {
				want = append(want, c.GlobalID)
			}
		}
	}
	pain, err := s.ChangePain(ctx, model.PainPoint{AccountID: "B2", Category: "support", Title: "Tickets wait a week", Severity: 3}, at)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := s.SyncStatus(ctx); st.PendingCalls != 3 || st.PendingPainChanges != 1 || !st.LastSync.IsZero() {
		t.Errorf("status %+v, want 3 calls and 1 pain change pending, never synced", st)
	}

	first, err := s.ChangesSince(ctx, 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	rest, err := s.ChangesSince(ctx, first.Through, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ch := range []Changes{first, rest} {
		for _, c := range ch.Calls {
			got = append(got, c.GlobalID)
		}
	}
	if !reflect.DeepEqual(got, want) || len(rest.PainChanges) != 1 || rest.PainChanges[0].PainID != pain.GlobalID {
		t.Errorf("changes %v then %+v, want calls %v then the pain change", got, rest.PainChanges, want)
	}
	// Only what was sent is forgotten.
	if err := s.MarkSent(ctx, first.SeqsOf(map[string]bool{want[0]: true})); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.SyncStatus(ctx); st.PendingCalls != 2 {
		t.Errorf("after one call sent, status %+v", st)
	}
	if again, _ := s.ChangesSince(ctx, 0, 10); len(again.Calls) != 2 || again.Calls[0].GlobalID != want[1] {
		t.Errorf("after one sent, changes %+v", again.Calls)
	}
}

// TestApplyPullTwiceChangesNothingMore: a pull interrupted after it was
// stored and run again (the same rows arrive twice) stores each call and
// pain change once, and the latest pain change wins whatever the order.
func TestApplyPullTwiceChangesNothingMore(t *testing.T) {
	ctx := context.Background()
	s := newBook().account("A1", "Acme").seed(t)
	older := model.PainChange{ID: "00000000-0000-4000-8000-000000000001", PainID: "00000000-0000-4000-8000-0000000000aa",
		AccountID: "A1", Category: "support", Title: "Slow support", Severity: 2, Status: model.PainOpen,
		ChangedAt: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), ChangedBy: "ana"}
	newer := older
	newer.ID, newer.Severity, newer.ChangedAt, newer.ChangedBy = "00000000-0000-4000-8000-000000000002", 3, older.ChangedAt.Add(time.Minute), "ben"
	pulled := Pulled{
		Accounts:    []model.Account{{ID: "A1", Name: "Acme Corp", Stage: model.StageAdoption, Owner: "Megan"}},
		Calls:       []model.Call{{GlobalID: "00000000-0000-4000-8000-0000000000c1", AccountID: "A1", StartedAt: older.ChangedAt, Outcome: model.OutcomeBusy, LoggedBy: "ben"}},
		PainChanges: []model.PainChange{newer, older}, // the later change arrives first
		Cursor:      "2026-03-01T10:00:00Z", Territory: "Megan", SyncedAt: older.ChangedAt,
	}
	for round, want := range []PullResult{{NewCalls: 1, NewPainChanges: 2, BookChanges: 1}, {}} {
		res, err := s.ApplyPull(ctx, pulled)
		if err != nil {
			t.Fatal(err)
		}
		if res != want {
			t.Errorf("round %d: %+v, want %+v", round, res, want)
		}
	}
	calls, _ := s.Calls(ctx, "A1")
	if len(calls) != 1 || calls[0].LoggedBy != "ben" {
		t.Errorf("calls %+v, want ben's once", calls)
	}
	if acc, _ := s.FindAccount(ctx, "A1"); acc.Name != "Acme Corp" || acc.Owner != "Megan" {
		t.Errorf("account %+v, want the hub's fields", acc)
	}
	var sev int
	if err := s.DB().QueryRowContext(ctx, `SELECT severity FROM pain_points WHERE global_id = ?`, older.PainID).Scan(&sev); err != nil || sev != 3 {
		t.Errorf("pain severity %d (%v), want the later change's 3", sev, err)
	}
	hist, _ := s.PainHistory(ctx, older.PainID)
	if len(hist) != 2 || hist[0].ChangedBy != "ana" || hist[1].ChangedBy != "ben" {
		t.Errorf("history %+v, want ana's then ben's", hist)
	}
	if st, _ := s.SyncStatus(ctx); st.Pending() != 0 || st.LastSync.IsZero() {
		t.Errorf("status %+v: pulled rows are not to be sent back", st)
	}
	if cursor, territory, _ := s.SyncCursor(ctx); cursor != pulled.Cursor || territory != "Megan" {
		t.Errorf("cursor %q %q", cursor, territory)
	}
}
