package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestAccountShowsBriefing(t *testing.T) {
	h := newHarness(t, newFakeStore(), 120, 40)
	h.openAccount("Northwind Outfitters")
	screen := h.screen()
	for _, want := range []string{
		"Retail", "200-999 employees", "DACH", "owner Dana Whitfield", "ARR $186,000", "renews 30 Jan 2027",
		"Jonas Berger", "[Value realized, 99 days]", "They see results", "“Month-end reporting takes us two full",
		"47/50 seats", "1. ↑ upsell", "2. + cross-sell", "What to say", "benefit", "Premium Support declined",
		"Connected", "18 min",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("account screen lacks %q", want)
		}
	}
}

func TestAccountSelectsSuggestions(t *testing.T) {
	h := newHarness(t, newFakeStore(), 120, 40)
	h.openAccount("Northwind Outfitters")
	h.press("down")
	if h.m.account.selected != 1 || !strings.Contains(h.screen(), "Scale Pack keeps checkout fast") {
		t.Errorf("down: selected %d, talking points of Scale Pack not shown", h.m.account.selected)
	}
	h.press("down", "down", "down")
	if h.m.account.selected != 2 {
		t.Errorf("selection ran past the last suggestion: %d", h.m.account.selected)
	}
	h.press("k", "k", "k")
	if h.m.account.selected != 0 {
		t.Errorf("selection ran past the first suggestion: %d", h.m.account.selected)
	}
}

// TestAccountScrollsAt80x24 checks that a briefing longer than the screen
// scrolls, and that selecting a suggestion brings its talking points into view.
func TestAccountScrollsAt80x24(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.openAccount("Northwind Outfitters")
	if !strings.Contains(h.screen(), "more lines (pgdn)") {
		t.Fatalf("no hint that more follows:\n%s", h.screen())
	}
	h.press("pgdown")
	if h.m.account.scroll == 0 || !strings.Contains(h.screen(), "lines above (pgup)") {
		t.Errorf("pgdn did not scroll:\n%s", h.screen())
	}
	h.press("end")
	if !strings.Contains(h.screen(), "Recent calls") {
		t.Errorf("end does not show the last section:\n%s", h.screen())
	}
	h.press("home", "down")
	if !strings.Contains(h.screen(), "When is your next big promotion?") {
		t.Errorf("selecting Scale Pack did not scroll its talking points into view:\n%s", h.screen())
	}
}

func TestAccountBackAndResize(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.openAccount("Harbor Point Dental")
	if !strings.Contains(h.screen(), "No offers in this stage") {
		t.Errorf("at-risk account does not say why there are no offers:\n%s", h.screen())
	}
	h.send(tea.WindowSizeMsg{Width: 130, Height: 50})
	checkFits(t, h.screen(), 130, 50)
	n := len(h.store.queries)
	h.press("esc")
	if h.m.screen != screenPortfolio {
		t.Fatalf("esc left the screen at %v", h.m.screen)
	}
	if len(h.store.queries) == n {
		t.Error("coming back did not refresh the portfolio")
	}
}

func TestAccountLoadErrorGoesToStatus(t *testing.T) {
	store := newFakeStore()
	h := newHarness(t, store, 80, 24)
	h.send(openAccountMsg{id: "acc-missing", name: "Gone Ltd"})
	if !h.m.c.status.err || !strings.Contains(h.screen(), `No account "acc-missing"`) {
		t.Errorf("status = %+v; screen:\n%s", h.m.c.status, h.screen())
	}
	h.press("c")
	if h.m.screen == screenCall {
		t.Error("a call started on an account that did not load")
	}
}

// TestAccountAdviceLinesStandApart: the stage's guidance and each piece of
// advice start a line of their own, so a CSM scanning the header sees
// every one; a long one continues indented under its mark.
func TestAccountAdviceLinesStandApart(t *testing.T) {
	f := newFakeStore()
	v := f.views["acc-0042"]
	v.Briefing.Advice = []string{
		"They say “Support never answers our emails within the week”: that's a complaint about us. Take it to our support lead and get back to them with an answer before offering anything related to it.",
		"They say “We hit the storage limit every month”: Document Storage 1 TB answers it, number 6 on the list.",
	}
	f.views["acc-0042"] = v
	h := newHarness(t, f, 100, 40)
	h.openAccount("Northwind Outfitters")
	lines := strings.Split(h.screen(), "\n")
	for _, start := range []string{"▸ They see results", "▸ They say “Support never answers", "▸ They say “We hit the storage limit"} {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(strings.TrimSpace(l), start)
		}
		if !found {
			t.Errorf("no line starts with %q:\n%s", start, h.screen())
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "▸ They say “Support never answers") {
			if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "  ") || strings.TrimSpace(lines[i+1]) == "" {
				t.Errorf("the long advice does not continue indented:\n%s", h.screen())
			}
		}
	}
}
