package data

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data/demo"
	"talktrack/model"
)

// demoNow is the fixed clock of the day's queue tests: the demo book is
// written for it and the queue read at it.
var demoNow = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

// demoStore is a fresh store holding the default demo book written at demoNow.
func demoStore(t *testing.T) *Store {
	t.Helper()
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Create(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.InsertDataset(context.Background(), demo.Generate(pb, demo.Options{Seed: 1, Now: demoNow})); err != nil {
		t.Fatal(err)
	}
	return s
}

// openFollowUps works out, from the calls alone, which accounts have a
// follow-up due by day that no connected call after the call that agreed it
// answered: one on or after its day, or one that set a follow-up of its own.
func openFollowUps(t *testing.T, s *Store, day time.Time) map[string]bool {
	t.Helper()
	calls, err := s.Calls(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	open := map[string]bool{}
	for _, c := range calls {
		if c.FollowUp.IsZero() || c.FollowUp.After(day) {
			continue
		}
		answered := slices.ContainsFunc(calls, func(l model.Call) bool {
			return l.AccountID == c.AccountID && l.Outcome == model.OutcomeConnected && l.StartedAt.After(c.StartedAt) &&
				(!l.FollowUp.IsZero() || l.StartedAt.UTC().Format(time.DateOnly) >= c.FollowUp.Format(time.DateOnly))
		})
		if !answered {
			open[c.AccountID] = true
		}
	}
	return open
}

func itemIDs(sec model.TodaySection) map[string]bool {
	ids := map[string]bool{}
	for _, it := range sec.Items {
		ids[it.AccountID] = true
	}
	return ids
}

func TestTodayQueueOnTheDemo(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	today, err := s.Today(ctx, model.TodayQuery{Now: demoNow})
	if err != nil {
		t.Fatal(err)
	}

	// Follow-ups: exactly the accounts the calls say, latest due first.
	want := openFollowUps(t, s, day("2026-11-29"))
	if got := itemIDs(today.FollowUps); len(want) < 20 || !sameSet(got, want) || today.FollowUps.Total != len(want) {
		t.Fatalf("follow-ups: got %d accounts (total %d), want %d", len(got), today.FollowUps.Total, len(want))
	}
	for i, it := range today.FollowUps.Items {
		if it.Date.After(day("2026-11-29")) || it.Days > 0 || !strings.HasPrefix(it.Why, "Follow-up ") {
			t.Errorf("follow-up item %+v", it)
		}
		if it.Days < 0 && !strings.Contains(it.Why, "overdue by") {
			t.Errorf("an overdue follow-up does not say so: %q", it.Why)
		}
		if i > 0 && it.Date.After(today.FollowUps.Items[i-1].Date) {
			t.Errorf("follow-ups out of order at %d", i)
		}
	}

	// Renewals in 90 days and lapsed ones: exactly the accounts whose dates say so.
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	coming, lapsed := map[string]bool{}, map[string]bool{}
	stageOf := map[string]model.Stage{}
	for _, a := range accounts {
		stageOf[a.ID] = a.Stage
		if a.RenewalDate.IsZero() || a.Stage == model.StageChurned {
			continue
		}
		switch d := int(a.RenewalDate.Sub(day("2026-11-29")).Hours() / 24); {
		case d < 0:
			lapsed[a.ID] = true
		case d <= 90:
			coming[a.ID] = true
		}
	}
	if len(coming) == 0 || len(lapsed) == 0 || !sameSet(itemIDs(today.Renewals), coming) || !sameSet(itemIDs(today.Lapsed), lapsed) {
		t.Fatalf("renewals %d (want %d), lapsed %d (want %d)", len(today.Renewals.Items), len(coming), len(today.Lapsed.Items), len(lapsed))
	}
	for _, it := range today.Renewals.Items {
		if w := model.RenewalWindow(it.Days); w == 0 || !strings.Contains(it.Why, "within ") {
			t.Errorf("renewal %+v", it)
		}
	}
	for _, it := range today.Lapsed.Items {
		if it.Days >= 0 || !strings.Contains(it.Why, "passed") {
			t.Errorf("lapsed %+v", it)
		}
	}

	// Every at-risk account is there, highest ARR first, each saying when
	// it last had a conversation.
	for _, a := range accounts {
		if a.Stage == model.StageAtRisk && !itemIDs(today.AtRisk)[a.ID] {
			t.Errorf("at-risk %s is not in the queue", a.ID)
		}
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	inList := func(it model.TodayItem) float64 {
		v, _ := cat.ListValue(it.ARR, it.Currency)
		return v
	}
	currencies := map[string]bool{}
	for i, it := range today.AtRisk.Items {
		currencies[it.Currency] = true
		if i > 0 && inList(it) > inList(today.AtRisk.Items[i-1]) {
			t.Errorf("at-risk accounts not by ARR at %d (%s %.0f after %s %.0f)", i, it.Currency, it.ARR, today.AtRisk.Items[i-1].Currency, today.AtRisk.Items[i-1].ARR)
		}
		if !strings.Contains(it.Why, "conversation") {
			t.Errorf("at-risk reason without the last conversation: %q", it.Why)
		}
		if it.Kind == model.TodaySlipping && (it.Health >= model.AtRiskBelow || stageOf[it.AccountID] == model.StageAtRisk) {
			t.Errorf("slipping item %+v", it)
		}
	}
	if len(currencies) < 2 {
		t.Errorf("the at-risk queue holds one currency (%v): ordering across currencies is not tested", currencies)
	}
}

// sameSet reports whether two sets hold the same keys.
func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func TestFollowUpLeavesTheQueueOnceDone(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	q := model.TodayQuery{Now: demoNow}
	today, err := s.Today(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	first, second := today.FollowUps.Items[0].AccountID, today.FollowUps.Items[1].AccountID

	// A voicemail is an attempt: the follow-up stays.
	log := func(id string, o model.Outcome) {
		t.Helper()
		if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: demoNow.Add(-time.Hour), Outcome: o}); err != nil {
			t.Fatal(err)
		}
	}
	log(first, model.OutcomeLeftVoicemail)
	if today, _ = s.Today(ctx, q); !itemIDs(today.FollowUps)[first] {
		t.Fatal("a voicemail closed the follow-up")
	}
	// A connected call closes it.
	log(first, model.OutcomeConnected)
	// Marking done closes it without a call.
	if n, err := s.MarkFollowUpsDone(ctx, second, demoNow); err != nil || n == 0 {
		t.Fatalf("mark done: %d, %v", n, err)
	}
	after, err := s.Today(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if ids := itemIDs(after.FollowUps); ids[first] || ids[second] || after.FollowUps.Total != today.FollowUps.Total-2 {
		t.Fatalf("done follow-ups still queued: %v %v, total %d then %d", ids[first], ids[second], today.FollowUps.Total, after.FollowUps.Total)
	}
	if n, err := s.MarkFollowUpsDone(ctx, second, demoNow); err != nil || n != 0 {
		t.Fatalf("marking again marked %d (%v)", n, err)
	}
}

func TestTodayFiltersByOwner(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	all, err := s.Today(ctx, model.TodayQuery{Now: demoNow})
	if err != nil {
		t.Fatal(err)
	}
	owner := all.AtRisk.Items[0].Owner
	mine, err := s.Today(ctx, model.TodayQuery{Now: demoNow, Owner: strings.ToUpper(owner)})
	if err != nil || mine.Owner != owner {
		t.Fatalf("queue of %q: owner %q, %v", strings.ToUpper(owner), mine.Owner, err)
	}
	sections := func(t model.Today) []model.TodaySection {
		return []model.TodaySection{t.FollowUps, t.Renewals, t.Lapsed, t.AtRisk, t.Drafts}
	}
	n := 0
	for i, sec := range sections(mine) {
		want := 0
		for _, it := range sections(all)[i].Items {
			if it.Owner == owner {
				want++
			}
		}
		if sec.Total != want {
			t.Errorf("section %d: %d items of %s, want %d", i, sec.Total, owner, want)
		}
		for _, it := range sec.Items {
			if it.Owner != owner {
				t.Errorf("%s's queue holds %s of %s", owner, it.AccountID, it.Owner)
			}
		}
		n += sec.Total
	}
	if n == 0 || n == all.FollowUps.Total+all.Renewals.Total+all.Lapsed.Total+all.AtRisk.Total {
		t.Fatalf("owner filter kept %d items", n)
	}
	_, err = s.Today(ctx, model.TodayQuery{Now: demoNow, Owner: "Nobody Here"})
	if model.ErrorCode(err) != model.EINVALID || !strings.Contains(err.Error(), owner) {
		t.Fatalf("unknown owner: %v", err)
	}
}

func TestTodayListsDraftsAndLimits(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	accounts, _ := s.Accounts(ctx, "")
	d := model.Draft{ID: model.NewDraftID(), AccountID: accounts[7].ID, StartedAt: demoNow.Add(-2 * time.Hour), Notes: "Asked for the price list. Call back."}
	if err := s.SaveDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	today, err := s.Today(ctx, model.TodayQuery{Now: demoNow, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if today.Drafts.Total != 1 || today.Drafts.Items[0].AccountID != d.AccountID || today.Drafts.Items[0].Note != "Asked for the price list." {
		t.Fatalf("drafts: %+v", today.Drafts)
	}
	if len(today.FollowUps.Items) != 3 || today.FollowUps.Total <= 3 {
		t.Fatalf("limit 3 gave %d of %d", len(today.FollowUps.Items), today.FollowUps.Total)
	}
}

// TestFollowUpWhySaysWhoAgreed checks that Today tells a follow-up from an
// unanswered call as set by the rep, not agreed with the customer.
func TestFollowUpWhySaysWhoAgreed(t *testing.T) {
	call := time.Date(2026, 11, 16, 10, 0, 0, 0, time.UTC)
	due := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for outcome, want := range map[model.Outcome]string{
		model.OutcomeNoAnswer:  "Follow-up overdue by 6 days (due 23 Nov 2026), set on the call of 16 Nov 2026 (no answer).",
		model.OutcomeConnected: "Follow-up overdue by 6 days (due 23 Nov 2026), agreed on the call of 16 Nov 2026 (connected).",
	} {
		if got := followUpWhy(-6, due, call, outcome); got != want {
			t.Errorf("%s: %q, want %q", outcome, got, want)
		}
	}
}
