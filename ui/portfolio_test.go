package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

func rowNames(p *portfolio) []string {
	var names []string
	for _, r := range p.win.rows {
		names = append(names, r.Name)
	}
	return names
}

func TestFilterNarrowsAsYouType(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	if got := h.m.portfolio.win.total; got != 19 {
		t.Fatalf("total before filtering = %d, want 19", got)
	}
	before := len(h.store.queries)
	h.press("/")
	if !h.m.portfolio.filtering {
		t.Fatal("/ did not focus the filter")
	}
	h.typeText("nor")
	if n := len(h.store.queries) - before; n != 3 {
		t.Errorf("typing 3 letters issued %d queries, want 3", n)
	}
	if q := h.store.lastQuery(); q.Filter != "nor" || q.Offset != 0 {
		t.Errorf("last query = %+v, want filter nor at offset 0", q)
	}
	want := []string{"Northgate Pharmacy", "Northwind Outfitters"}
	if got := rowNames(h.m.portfolio); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows = %v, want %v", got, want)
	}
	if h.m.portfolio.cursor != 0 {
		t.Errorf("cursor = %d, want the best match (0)", h.m.portfolio.cursor)
	}
	if !strings.Contains(h.screen(), "2 matching accounts") {
		t.Errorf("screen does not count the matches:\n%s", h.screen())
	}
	h.press("backspace")
	if q := h.store.lastQuery(); q.Filter != "no" {
		t.Errorf("after backspace the query filter is %q, want no", q.Filter)
	}
}

func TestStaleResultsAreDropped(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.press("/")
	first := h.collect(h.update(keyPress("a")))  // "a": many matches
	second := h.collect(h.update(keyPress("c"))) // "ac": three
	third := h.collect(h.update(keyPress("m")))  // "acm": Acme only
	// The answer to the latest query arrives first, then the stale ones.
	for _, msgs := range [][]tea.Msg{third, first, second} {
		for _, msg := range msgs {
			h.send(msg)
		}
	}
	if got := rowNames(h.m.portfolio); len(got) != 1 || got[0] != "Acme Robotics" {
		t.Errorf("rows = %v, want only the answer to the latest query (Acme Robotics)", got)
	}
	if h.m.portfolio.win.total != 1 {
		t.Errorf("total = %d, want 1", h.m.portfolio.win.total)
	}
}

func TestEnterOpensHighlightedAccount(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"first row", []string{"enter"}, "Acme Robotics"},
		{"two down", []string{"down", "j", "enter"}, "Bluepeak Software"},
		{"down and up", []string{"down", "down", "k", "enter"}, "Alder & Finch Legal"},
		{"from the filter", []string{"/", "h", "a", "r", "enter"}, "Harbor Point Dental"},
		{"last", []string{"end", "enter"}, "Redwood Civic Services"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, newFakeStore(), 80, 24)
			for _, k := range tt.keys {
				if len(k) == 1 && h.m.portfolio.filtering {
					h.typeText(k)
					continue
				}
				h.press(k)
			}
			if h.m.screen != screenAccount {
				t.Fatalf("screen = %v, want the account screen", h.m.screen)
			}
			if h.m.account.av == nil || h.m.account.av.Account.Name != tt.want {
				t.Errorf("opened %q, want %q", h.m.account.name, tt.want)
			}
			if h.m.portfolio.filtering {
				t.Error("the filter still has focus after opening an account")
			}
		})
	}
}

func TestSortKeys(t *testing.T) {
	tests := []struct {
		keys     []string
		sort     model.PortfolioSort
		desc     bool
		firstRow string
	}{
		{nil, model.SortName, false, "Acme Robotics"},
		{[]string{"r"}, model.SortName, true, "Redwood Civic Services"},
		{[]string{"s"}, model.SortStage, false, "Cedar Lane Clinics"},
		{[]string{"s", "s", "s"}, model.SortARR, true, "Granite Peak Insurance"},
		{[]string{"s", "s", "s", "r"}, model.SortARR, false, "Driftwood Hotels"},
		{[]string{"s", "s", "s", "s"}, model.SortOpenPains, true, "Evergreen Credit Union"},
		{[]string{"s", "s", "s", "s", "s", "s"}, model.SortHealth, false, "Acme Robotics"},
		{[]string{"s", "s", "s", "s", "s", "s", "s"}, model.SortName, false, "Acme Robotics"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ""), func(t *testing.T) {
			h := newHarness(t, newFakeStore(), 80, 24)
			h.press(tt.keys...)
			q := h.store.lastQuery()
			if q.Sort != tt.sort || q.Desc != tt.desc {
				t.Errorf("query sort = %s desc=%v, want %s desc=%v", q.Sort, q.Desc, tt.sort, tt.desc)
			}
			if got := h.m.portfolio.win.rows[0].Name; got != tt.firstRow {
				t.Errorf("first row = %q, want %q", got, tt.firstRow)
			}
			arrow := "↑"
			if tt.desc {
				arrow = "↓"
			}
			if want := "sort: " + h.m.portfolio.sortLabel() + " " + arrow; !strings.Contains(h.screen(), want) {
				t.Errorf("header does not show %q", want)
			}
		})
	}
}

func TestStageKeys(t *testing.T) {
	tests := []struct {
		keys  []string
		stage model.Stage
		total int
	}{
		{nil, "", 19},
		{[]string{"2"}, model.StageAdoption, 4},
		{[]string{"2", "2"}, "", 19},
		{[]string{"2", "5"}, model.StageAtRisk, 3},
		{[]string{"6", "0"}, "", 19},
		{[]string{"tab"}, model.StageOnboarding, 2},
		{[]string{"tab", "tab"}, model.StageAdoption, 4},
		{[]string{"shift+tab"}, model.StageChurned, 1},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			h := newHarness(t, newFakeStore(), 80, 24)
			h.press(tt.keys...)
			if q := h.store.lastQuery(); q.Stage != tt.stage {
				t.Errorf("query stage = %q, want %q", q.Stage, tt.stage)
			}
			if got := h.m.portfolio.win.total; got != tt.total {
				t.Errorf("total = %d, want %d", got, tt.total)
			}
			for _, r := range h.m.portfolio.win.rows {
				if tt.stage != "" && r.Stage != tt.stage {
					t.Errorf("row %q is in stage %s", r.Name, r.Stage)
				}
			}
		})
	}
}

func TestDraftMarker(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	for _, line := range strings.Split(h.screen(), "\n") {
		if strings.Contains(line, "Alder & Finch") && !strings.Contains(line, "✎") {
			t.Errorf("account with a draft is not marked: %q", line)
		}
		if strings.Contains(line, "Acme Robotics") && strings.Contains(line, "✎") {
			t.Errorf("account without a draft is marked: %q", line)
		}
	}
}

// TestPagingFetchesOnlyWindows walks a large book and checks that the
// screen only ever asks for a window around what is visible.
func TestPagingFetchesOnlyWindows(t *testing.T) {
	store := newBulkStore(5000)
	h := newHarness(t, store, 80, 24)
	p := h.m.portfolio
	if p.win.total != 5000 || !strings.Contains(h.screen(), "5000 accounts") {
		t.Fatalf("total = %d; screen:\n%s", p.win.total, h.screen())
	}
	maxLimit := 3 * p.pageSize()
	check := func(step string) {
		t.Helper()
		for _, q := range store.queries {
			if q.Limit > maxLimit || q.Limit <= 0 {
				t.Fatalf("%s: query %+v asks for more than %d rows", step, q, maxLimit)
			}
		}
		if len(p.win.rows) > maxLimit {
			t.Fatalf("%s: holds %d rows", step, len(p.win.rows))
		}
		r, ok := p.row(p.cursor)
		if !ok {
			t.Fatalf("%s: the highlighted row %d is not loaded (window %d+%d)", step, p.cursor, p.win.offset, len(p.win.rows))
		}
		if want := strings.Replace(r.ID, "bulk-", "Account ", 1); r.Name != want || !strings.Contains(h.screen(), "› ") {
			t.Fatalf("%s: highlighted row %q", step, r.Name)
		}
	}
	for range 30 {
		h.press("pgdown")
	}
	check("30 pages down")
	if p.cursor != 30*p.pageSize() {
		t.Errorf("cursor = %d after 30 pages, want %d", p.cursor, 30*p.pageSize())
	}
	h.press("end")
	check("end")
	if p.cursor != 4999 || !strings.Contains(h.screen(), "Account 04999") {
		t.Errorf("end: cursor %d; screen:\n%s", p.cursor, h.screen())
	}
	h.press("up", "k", "pgup")
	check("up")
	h.press("home")
	check("home")
	if p.cursor != 0 || p.top != 0 {
		t.Errorf("home: cursor %d top %d", p.cursor, p.top)
	}
	// Moving inside the loaded window asks nothing.
	n := len(store.queries)
	h.press("down", "down", "up")
	if len(store.queries) != n {
		t.Errorf("moving inside the window issued %d queries", len(store.queries)-n)
	}
}

func TestResizeFetchesMoreRows(t *testing.T) {
	store := newBulkStore(500)
	h := newHarness(t, store, 80, 24)
	h.send(tea.WindowSizeMsg{Width: 120, Height: 60})
	p := h.m.portfolio
	if got := len(p.win.rows); got < p.pageSize() {
		t.Errorf("after growing, %d rows loaded for %d visible", got, p.pageSize())
	}
	lines := strings.Split(h.screen(), "\n")
	if len(lines) != 60 {
		t.Errorf("screen has %d lines, want 60", len(lines))
	}
}

func TestFilterEscape(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.press("/")
	h.typeText("acme")
	h.press("esc")
	if h.m.portfolio.filtering {
		t.Error("esc did not leave the filter")
	}
	if h.m.portfolio.filter.Value() != "acme" || h.m.portfolio.win.total != 1 {
		t.Errorf("esc dropped the filter: %q, %d rows", h.m.portfolio.filter.Value(), h.m.portfolio.win.total)
	}
	h.press("esc")
	if h.m.portfolio.filter.Value() != "" || h.m.portfolio.win.total != 19 {
		t.Errorf("second esc did not clear the filter: %q, %d rows", h.m.portfolio.filter.Value(), h.m.portfolio.win.total)
	}
}

func TestNoMatchSaysSo(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.press("/")
	h.typeText("zzz")
	if !strings.Contains(h.screen(), `No account matches "zzz"`) {
		t.Errorf("screen:\n%s", h.screen())
	}
	h.press("enter")
	if h.m.screen != screenPortfolio {
		t.Error("enter on an empty list left the portfolio")
	}
}

// preparingStore is a store that can get ready for filtering, as the
// SQLite store can; it counts how often it is asked.
type preparingStore struct {
	*fakeStore
	prepared int
}

func (p *preparingStore) PrepareFilter(context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.prepared++
	return errors.New("not ready")
}

func TestNewFilterAsksForOneScreen(t *testing.T) {
	store := newBulkStore(500)
	h := newHarness(t, store, 80, 24)
	p := h.m.portfolio
	h.press("/")
	h.typeText("account 0")
	q := store.lastQuery()
	if q.Offset != 0 || q.Limit != p.pageSize()+1 {
		t.Errorf("a new filter asked for %+v, want the first %d rows", q, p.pageSize()+1)
	}
	// The rows below come as the cursor moves.
	for range 3 {
		h.press("pgdown")
	}
	if _, ok := p.row(p.cursor); !ok || p.cursor != 3*p.pageSize() {
		t.Errorf("three pages down: cursor %d, loaded %d+%d", p.cursor, p.win.offset, len(p.win.rows))
	}
}

func TestFilterIsPreparedOnceAfterTheFirstScreen(t *testing.T) {
	store := &preparingStore{fakeStore: newFakeStore()}
	m := New(store, Options{Now: func() time.Time { return fixedNow }, DraftDelay: time.Millisecond}).(*root)
	h := &harness{t: t, m: m, store: store.fakeStore}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	init := m.Init()
	if store.prepared != 0 {
		t.Fatal("the store was asked to prepare before the first screen")
	}
	h.run(init)
	if store.prepared != 1 || !m.portfolio.win.loaded {
		t.Fatalf("after the first screen the store was asked to prepare %d times", store.prepared)
	}
	h.press("/")
	h.typeText("nor")
	h.press("esc", "esc")
	if store.prepared != 1 {
		t.Errorf("filtering asked the store to prepare %d times in all, want once", store.prepared)
	}
	// Preparing failed: filtering works all the same, and says nothing.
	if m.portfolio.win.total != 19 || m.c.status.text != "" {
		t.Errorf("after filtering: %d accounts, status %q", m.portfolio.win.total, m.c.status.text)
	}
}

// TestSlashStartsANewSearch: "/" after a search replaces what was typed
// instead of adding to it, and the empty list says how esc clears it.
func TestSlashStartsANewSearch(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.press("/")
	h.typeText("zzz")
	if !strings.Contains(h.screen(), "esc twice clears the filter") {
		t.Errorf("while typing, the empty list does not say how to clear:\n%s", h.screen())
	}
	h.press("esc")
	if !strings.Contains(h.screen(), "esc clears the filter") {
		t.Errorf("after leaving the filter:\n%s", h.screen())
	}
	h.press("/")
	h.typeText("nor")
	if q := h.store.lastQuery(); q.Filter != "nor" {
		t.Errorf("the second search queried %q, want nor", q.Filter)
	}
}
