package ui

import (
	"strings"
	"testing"

	"talktrack/model"
)

// storeWithFiveOffers is the fake store with two more suggestions for
// Northwind Outfitters, one of them more seats.
func storeWithFiveOffers() *fakeStore {
	store := newFakeStore()
	v := store.views["acc-0042"]
	v.Briefing.Suggestions = append(v.Briefing.Suggestions,
		model.Suggestion{Product: model.Product{ID: "desk-seats", Name: "Service Desk Pro", Family: "desk", Tier: 2},
			Kind: model.KindSeats, Quantity: 7, Score: 12, Reasons: []model.Reason{{Points: 12, Text: "Uses 47 of 50 seats (94%)"}}},
		model.Suggestion{Product: model.Product{ID: "survey", Name: "Survey Kit", Family: "survey", Tier: 1},
			Kind: model.KindCrossSell, Quantity: 1, Score: 5, Reasons: []model.Reason{{Points: 5, Text: "3 of 9 customers with Insights also hold Survey Kit"}}},
	)
	store.views["acc-0042"] = v
	return store
}

func TestAccountShowsTopThreeAndTheRestOnAKey(t *testing.T) {
	h := newHarness(t, storeWithFiveOffers(), 80, 24)
	h.openAccount("Northwind Outfitters")
	screen := h.screen()
	for _, want := range []string{"Suggestions (top 3 of 5)", "m: 2 more offers"} {
		if !strings.Contains(screen, want) {
			t.Errorf("account screen lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "Survey Kit") {
		t.Errorf("the fifth offer is listed before asking:\n%s", screen)
	}
	h.press("down", "down", "down", "down")
	if h.m.account.selected != 2 {
		t.Errorf("selection left the top three: %d", h.m.account.selected)
	}
	h.press("m", "down", "down")
	if h.m.account.selected != 4 || !strings.Contains(h.screen(), "Survey Kit") || !strings.Contains(h.screen(), "+7 seats of Service Desk Pro") {
		t.Errorf("m did not list every offer (selected %d):\n%s", h.m.account.selected, h.screen())
	}
	h.press("m")
	if h.m.account.selected != 2 || strings.Contains(h.screen(), "Survey Kit") {
		t.Errorf("m again did not go back to the top three (selected %d):\n%s", h.m.account.selected, h.screen())
	}
}

func TestCallShowsTopThreeAndTheRestOnAKey(t *testing.T) {
	h := newHarness(t, storeWithFiveOffers(), 80, 24)
	h.startCall("Northwind Outfitters")
	h.press("tab")
	if s := h.screen(); !strings.Contains(s, "m: 2 more offers") || strings.Contains(s, "Survey Kit") {
		t.Errorf("call screen does not list the top three with a key for the rest:\n%s", s)
	}
	h.press("m", "down", "down", "down", "down")
	if s := h.screen(); !strings.Contains(s, "Survey Kit") || h.m.call.selected != 4 {
		t.Errorf("m in the call did not list every offer (selected %d):\n%s", h.m.call.selected, s)
	}
}
