package model

import (
	"strings"
	"testing"
)

// TestWhatOthersHoldNeverOutranksAnAnswerToTheirOwnWords: a product every
// look-alike holds is offered after one answering a low-severity pain in
// the customer's words, and the reason says why; without the pain, what
// look-alikes hold comes first again.
func TestWhatOthersHoldNeverOutranksAnAnswerToTheirOwnWords(t *testing.T) {
	ps := []Product{
		{ID: "a", Name: "A", Price: 1, BillingUnit: "month"},
		{ID: "b", Name: "B", Price: 1, BillingUnit: "month"},
		{ID: "c", Name: "Board Reports", Price: 1, BillingUnit: "month", Pains: []string{"reporting"},
			Solves: map[string]string{"reporting": "builds the monthly board report in one click"}},
	}
	cat := NewCatalog(Playbook{Products: ps})
	var accounts []BookAccount
	for range 30 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}})
	}
	for range 3 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"c"}})
	}
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	in := BriefingInput{Account: baseAccount(), Catalog: cat, Now: now, Evidence: ev, Holdings: []Holding{holding("a", 1, 0)}}
	if got := strings.Join(ids(briefing(t, in)), " "); !strings.HasPrefix(got, "b") {
		t.Fatalf("without a pain, offers %q: B, which every look-alike holds, should lead; the test says nothing", got)
	}
	in.Pains = []PainPoint{pain(1, "reporting", "The monthly board report takes two days by hand", 1)}
	b := briefing(t, in)
	if got := strings.Join(ids(b), " "); got != "c b" {
		t.Fatalf("offers %q, want the answer to their words first: c b", got)
	}
	if _, ok := reasonWith(b.Suggestions[0], "what answers it comes before what other customers hold"); !ok {
		t.Errorf("reasons %v lack why it comes first", b.Suggestions[0].Reasons)
	}
	if b.Suggestions[0].Score <= b.Suggestions[1].Score {
		t.Errorf("scores %d and %d: the points must say the order", b.Suggestions[0].Score, b.Suggestions[1].Score)
	}
}
