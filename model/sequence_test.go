package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// sequenceBook is a book where accounts holding a hold b and c as often,
// but took c up months after a while b came on the same day as a; with
// ordered false, c came on that day too. Ranked by name, b would come
// first.
func sequenceBook(ordered bool) []BookAccount {
	var accounts []BookAccount
	start := now.AddDate(-2, 0, 0)
	for i := range 30 {
		day := start.AddDate(0, 0, i)
		later := day
		if ordered {
			later = day.AddDate(0, 4, 0)
		}
		accounts = append(accounts,
			BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{day, day}},
			BookAccount{ProductIDs: []string{"a", "c"}, Since: []time.Time{day, later}})
	}
	return accounts
}

func TestWhatCustomersTookUpNextRanksFirst(t *testing.T) {
	accounts := sequenceBook(true)
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}}
	b := briefing(t, in)
	if got := ids(b); len(got) < 2 || got[0] != "c" {
		t.Fatalf("ranking %v, want C first: customers with A took C up after it, B only with it", got)
	}
	r, ok := reasonWith(b.Suggestions[0], "took up C after it")
	if !ok || r.Text != "30 of 60 customers with A took up C after it" || r.Points <= 0 {
		t.Errorf("sequence reason %q (%d points), want 30 of 60 customers with A and points", r.Text, r.Points)
	}
	other := b.Suggestions[slices.IndexFunc(b.Suggestions, func(s Suggestion) bool { return s.Product.ID == "b" })]
	if _, ok := reasonWith(other, "after it"); ok {
		t.Error("B, always bought on the same day as A, is said to be taken up after it")
	}
}

func TestProductsBoughtTogetherHaveNoSequence(t *testing.T) {
	accounts := sequenceBook(false)
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}}
	for _, s := range briefing(t, in).Suggestions {
		for _, r := range s.Reasons {
			if strings.Contains(r.Text, "took up") {
				t.Errorf("%s: %q, though every account bought it on the day it bought A", s.Product.ID, r.Text)
			}
		}
	}
}

func TestSequenceNeedsDatedPurchases(t *testing.T) {
	accounts := sequenceBook(true)
	for i := range accounts {
		accounts[i].Since = nil
	}
	if ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1); ev.seq != nil {
		t.Error("a sequence from a book without a single dated purchase")
	}
}

func TestSampledSequenceCountsAreEstimates(t *testing.T) {
	r := sequenceReason(Product{Name: "A"}, Product{Name: "B"}, 1308*3, 4021*3, true, 4)
	if want := "About 3,900 of 12,000 customers with A took up B after it"; r.Text != want {
		t.Errorf("reason %q, want %q", r.Text, want)
	}
}

func TestABookWithNoAccountsHasNoHistory(t *testing.T) {
	ev := NewEvidence(PeerStats{}, nil).WithHistory(nil, 1)
	if ev.seq != nil || ev.trend != nil {
		t.Error("a sequence or a trend from no accounts")
	}
}
