package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// todayStore is a fake store with a follow-up and an account at risk, of
// two owners.
func todayStore() *fakeStore {
	f := newFakeStore()
	f.today = []model.TodayItem{
		{Kind: model.TodayFollowUp, AccountID: "acc-0042", AccountName: "Northwind Outfitters", Owner: "Florian Huber", ARR: 120000, Health: 61,
			Why: "Follow-up overdue by 3 days (due 15 Nov 2026), agreed on the call of 1 Nov 2026 (connected).", Note: "Wants usage numbers first."},
		{Kind: model.TodayAtRisk, AccountID: "acc-0007", AccountName: "Granite Peak Insurance", Owner: "Anna Schmitt", ARR: 97000, Health: 22,
			Why: "At risk for 40 days; last conversation 28 days ago (since then 2 call attempts did not reach them)."},
	}
	return f
}

// newOwnerHarness is newHarness for a rep who set an owner.
func newOwnerHarness(t *testing.T, store *fakeStore, owner string) *harness {
	t.Helper()
	m := New(store, Options{Now: func() time.Time { return fixedNow }, DraftDelay: time.Millisecond, Owner: owner}).(*root)
	h := &harness{t: t, m: m, store: store}
	m.c.tick = func(int) tea.Cmd { return nil }
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.run(m.Init())
	return h
}

func TestTodayIsTheFirstScreenWhenSomethingIsDue(t *testing.T) {
	h := newHarness(t, todayStore(), 100, 30)
	if h.m.screen != screenToday {
		t.Fatalf("first screen is %d, want Today", h.m.screen)
	}
	scr := h.screen()
	for _, want := range []string{"Follow-ups due (1)", "Northwind Outfitters", "overdue by 3 days", "“Wants usage numbers first.”", "At risk, slipping or thinking of leaving (1)", "since then 2 call attempts"} {
		if !strings.Contains(scr, want) {
			t.Errorf("Today lacks %q:\n%s", want, scr)
		}
	}
	// Nothing due: the portfolio comes first.
	if h := newHarness(t, newFakeStore(), 100, 30); h.m.screen != screenPortfolio {
		t.Fatalf("with nothing due the first screen is %d", h.m.screen)
	}
}

func TestTodayOpensAccountsAndComesBack(t *testing.T) {
	h := newHarness(t, todayStore(), 100, 30)
	h.press("enter")
	if h.m.screen != screenAccount || h.m.account.id != "acc-0042" {
		t.Fatalf("enter opened screen %d, account %q", h.m.screen, h.m.account.id)
	}
	h.press("esc")
	if h.m.screen != screenToday {
		t.Fatalf("esc from an account opened on Today went to %d", h.m.screen)
	}
	// t reaches Today from the portfolio and the account screen too.
	h.press("esc")
	if h.m.screen != screenPortfolio {
		t.Fatalf("esc on Today went to %d", h.m.screen)
	}
	h.press("t")
	if h.m.screen != screenToday {
		t.Fatalf("t on the portfolio went to %d", h.m.screen)
	}
}

func TestTodayMarksAFollowUpDone(t *testing.T) {
	h := newHarness(t, todayStore(), 100, 30)
	h.press("d")
	if scr := h.screen(); strings.Contains(scr, "Follow-ups due") || !strings.Contains(scr, "Marked 1 follow-up of Northwind Outfitters done") {
		t.Fatalf("after d:\n%s", scr)
	}
	// d on an account at risk is not a follow-up.
	h.press("d")
	if !strings.Contains(h.screen(), "not one") {
		t.Fatalf("d on an at-risk line:\n%s", h.screen())
	}
}

func TestMineAndAllFollowTheOwner(t *testing.T) {
	f := todayStore()
	h := newOwnerHarness(t, f, "Florian Huber")
	if scr := h.screen(); !strings.Contains(scr, "Florian Huber's accounts") || strings.Contains(scr, "Granite Peak") {
		t.Fatalf("Today for Florian Huber:\n%s", scr)
	}
	h.press("m")
	if scr := h.screen(); !strings.Contains(scr, "Granite Peak") || !strings.Contains(scr, "all accounts") {
		t.Fatalf("Today for all after m:\n%s", scr)
	}
	h.press("esc")
	if q := f.lastQuery(); q.Owner != "Florian Huber" {
		t.Fatalf("the portfolio asked for owner %q, want mine", q.Owner)
	}
	h.press("m")
	if q := f.lastQuery(); q.Owner != "" {
		t.Fatalf("after m the portfolio asked for owner %q, want all", q.Owner)
	}
}
