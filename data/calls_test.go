package data

import (
	"context"
	"reflect"
	"testing"
	"time"

	"talktrack/model"
)

func TestLogCallAndList(t *testing.T) {
	s := newBook().account("A1", "Acme").account("B2", "Bolt").seed(t)
	ctx := context.Background()
	first := model.Call{AccountID: "A1", StartedAt: instant("2026-03-01T09:00:00Z"), Duration: 90 * time.Second,
		Outcome: model.OutcomeConnected, Notes: "line one\nline two", FollowUp: day("2026-03-10"),
		Offers: []model.Offer{{ProductID: "crm-pro", Response: model.ResponseAccepted}}}
	second := model.Call{AccountID: "B2", StartedAt: instant("2026-03-02T09:00:00Z"), Outcome: model.OutcomeLeftVoicemail}
	third := model.Call{AccountID: "A1", StartedAt: instant("2026-03-03T09:00:00Z"), Outcome: model.OutcomeBusy}
	var ids []int64
	for _, c := range []model.Call{first, second, third} {
		id, err := s.LogCall(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if ids[0] == 0 || ids[0] == ids[1] || ids[1] == ids[2] {
		t.Fatalf("ids %v", ids)
	}

	all, err := s.Calls(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := names(all, func(c model.Call) string { return c.AccountID + "@" + c.StartedAt.Format("01-02") }); !reflect.DeepEqual(got, []string{"A1@03-03", "B2@03-02", "A1@03-01"}) {
		t.Errorf("all calls %v, want newest first", got)
	}
	acme, err := s.Calls(ctx, "A1")
	if err != nil {
		t.Fatal(err)
	}
	first.ID = ids[0]
	first.GlobalID = acme[1].GlobalID
	if len(first.GlobalID) != 36 || first.GlobalID == acme[0].GlobalID {
		t.Errorf("global ids %q and %q, want two different UUIDs", first.GlobalID, acme[0].GlobalID)
	}
	if len(acme) != 2 || !reflect.DeepEqual(acme[1], first) {
		t.Errorf("A1's calls %+v\nwant second %+v", acme, first)
	}
	if len(acme[0].Offers) != 0 || acme[0].Offers == nil {
		t.Errorf("a call without offers has %#v, want an empty list", acme[0].Offers)
	}
	if _, err := s.Calls(ctx, "nope"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("calls of an unknown account: %v", err)
	}
}

func TestLogCallRejects(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	ok := model.Call{AccountID: "A1", StartedAt: instant("2026-03-01T09:00:00Z"), Outcome: model.OutcomeConnected}
	tests := []struct {
		name string
		edit func(*model.Call)
		code string
	}{
		{"unknown outcome", func(c *model.Call) { c.Outcome = "hung up" }, model.EINVALID},
		{"no start", func(c *model.Call) { c.StartedAt = time.Time{} }, model.EINVALID},
		{"offer twice", func(c *model.Call) {
			c.Offers = []model.Offer{{ProductID: "crm-pro", Response: model.ResponseDeclined}, {ProductID: "crm-pro", Response: model.ResponseAccepted}}
		}, model.EINVALID},
		{"unknown account", func(c *model.Call) { c.AccountID = "Z9" }, model.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.edit(&c)
			if _, err := s.LogCall(ctx, c); model.ErrorCode(err) != tt.code {
				t.Errorf("err %v (code %s), want %s", err, model.ErrorCode(err), tt.code)
			}
		})
	}
	if calls, _ := s.Calls(ctx, ""); len(calls) != 0 {
		t.Errorf("rejected calls were stored: %+v", calls)
	}
}

func TestDrafts(t *testing.T) {
	s := newBook().account("A1", "Acme").account("B2", "Bolt").seed(t)
	ctx := context.Background()
	if _, err := s.Draft(ctx, "A1"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Fatalf("draft before saving: %v", err)
	}

	d := model.Draft{ID: "d1", AccountID: "A1", StartedAt: instant("2026-04-01T10:00:00Z"), Notes: "wants SSO",
		Offers:    []model.Offer{{ProductID: "crm-ent", Response: model.ResponseInterested}},
		FollowUp:  day("2026-04-08"),
		UpdatedAt: instant("2026-04-01T10:03:00Z")}
	if err := s.SaveDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	got, err := s.Draft(ctx, "A1")
	if err != nil || !reflect.DeepEqual(got, d) {
		t.Errorf("restored %+v, %v\nwant %+v", got, err, d)
	}

	// Saving again replaces the draft, and a zero UpdatedAt is stamped.
	d.Notes, d.Offers, d.FollowUp, d.UpdatedAt = "wants SSO and audit logs", nil, time.Time{}, time.Time{}
	before := time.Now().Add(-time.Second)
	if err := s.SaveDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	got, err = s.Draft(ctx, "A1")
	if err != nil || got.Notes != d.Notes || len(got.Offers) != 0 || !got.FollowUp.IsZero() || got.UpdatedAt.Before(before) {
		t.Errorf("replaced draft %+v, %v", got, err)
	}
	var n int
	if err := s.DB().QueryRow(`SELECT count(*) FROM drafts`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d draft rows, want 1", n)
	}

	if err := s.SaveDraft(ctx, model.Draft{ID: "z", AccountID: "Z9", StartedAt: time.Now()}); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("draft for an unknown account: %v", err)
	}

	if err := s.SaveDraft(ctx, model.Draft{AccountID: "A1", StartedAt: time.Now()}); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("draft without an id: %v", err)
	}

	if err := s.DeleteDraft(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Draft(ctx, "A1"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("draft after delete: %v", err)
	}
	if err := s.DeleteDraft(ctx, "d1"); err != nil {
		t.Errorf("deleting no draft: %v", err)
	}
}

func TestLogCallDeletesOnlyItsDraft(t *testing.T) {
	s := newBook().account("A1", "Acme").account("B2", "Bolt").seed(t)
	ctx := context.Background()
	for _, id := range []string{"A1", "B2"} {
		if err := s.SaveDraft(ctx, model.Draft{ID: "draft-" + id, AccountID: id, StartedAt: instant("2026-04-01T10:00:00Z"), Notes: "note"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.LogCall(ctx, model.Call{AccountID: "A1", StartedAt: instant("2026-04-01T10:00:00Z"), Outcome: model.OutcomeConnected, DraftID: "draft-A1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Draft(ctx, "A1"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("A1's draft survived its call: %v", err)
	}
	if _, err := s.Draft(ctx, "B2"); err != nil {
		t.Errorf("B2's draft was lost: %v", err)
	}
}

// TestLoggingAnotherCallKeepsTheDraft: a call logged on an account from
// the command line, another window or a teammate never deletes the draft
// of the call being written in the TUI, nor another window's draft.
func TestLoggingAnotherCallKeepsTheDraft(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	open := model.Draft{ID: model.NewDraftID(), AccountID: "A1", StartedAt: instant("2026-04-01T10:00:00Z"), Notes: "typed in the TUI", UpdatedAt: instant("2026-04-01T10:05:00Z")}
	other := model.Draft{ID: model.NewDraftID(), AccountID: "A1", StartedAt: instant("2026-04-01T10:01:00Z"), Notes: "another window", UpdatedAt: instant("2026-04-01T10:02:00Z")}
	for _, d := range []model.Draft{open, other} {
		if err := s.SaveDraft(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// A call from the command line has no draft.
	if _, err := s.LogCall(ctx, model.Call{AccountID: "A1", StartedAt: instant("2026-04-01T10:03:00Z"), Outcome: model.OutcomeConnected, Notes: "from the CLI"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Draft(ctx, "A1")
	if err != nil || got.ID != open.ID || got.Notes != open.Notes {
		t.Fatalf("after a CLI log the account's newest draft is %+v, %v; want the TUI's", got, err)
	}
	// The other window logs its call: the TUI's draft stays.
	if _, err := s.LogCall(ctx, model.Call{AccountID: "A1", StartedAt: other.StartedAt, Outcome: model.OutcomeBusy, DraftID: other.ID}); err != nil {
		t.Fatal(err)
	}
	var ids []string
	rows, err := s.DB().Query(`SELECT id FROM drafts ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		_ = rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	if !reflect.DeepEqual(ids, []string{open.ID}) {
		t.Errorf("drafts left %v, want only the TUI's %s", ids, open.ID)
	}
	// A draft id of another account deletes nothing.
	if _, err := s.LogCall(ctx, model.Call{AccountID: "A1", StartedAt: open.StartedAt, Outcome: model.OutcomeBusy, DraftID: "not-" + open.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Draft(ctx, "A1"); err != nil {
		t.Errorf("the TUI's draft was lost: %v", err)
	}
}

func TestDraftSurvivesReopen(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	d := model.Draft{ID: "d1", AccountID: "A1", StartedAt: instant("2026-04-01T10:00:00Z"), Notes: "kept", UpdatedAt: instant("2026-04-01T10:00:01Z"), Offers: []model.Offer{}}
	if err := s.SaveDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	got, err := reopened(t, s).Draft(ctx, "A1")
	if err != nil || !reflect.DeepEqual(got, d) {
		t.Errorf("after reopen %+v, %v", got, err)
	}
}

// TestDraftKeepsContactAndQuantities: who is on the line and a quantity
// changed before the customer answered survive a restart with the draft.
func TestDraftKeepsContactAndQuantities(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	d := model.Draft{ID: "d1", AccountID: "A1", StartedAt: instant("2026-04-01T10:00:00Z"), UpdatedAt: instant("2026-04-01T10:00:01Z"),
		Offers: []model.Offer{}, ContactID: "c-7", Quantities: map[string]int{"crm-pro": 12}}
	if err := s.SaveDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	got, err := reopened(t, s).Draft(ctx, "A1")
	if err != nil || !reflect.DeepEqual(got, d) {
		t.Errorf("after reopen %+v, %v; want %+v", got, err, d)
	}
}

// reopened closes a store and opens its file again, as a restart does;
// the new store is closed when the test ends.
func reopened(t *testing.T, s *Store) *Store {
	t.Helper()
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s2.Close() })
	return s2
}
