package model

import (
	"strings"
	"testing"
)

// TestASmallBookStillOffersWhatMostCustomersHold: in a book too small for
// look-alikes or the item model to say anything, the products most
// customers hold are still offered, most held first, with how many hold
// them as the reason; a product held by few earns nothing.
func TestASmallBookStillOffersWhatMostCustomersHold(t *testing.T) {
	var accounts []BookAccount
	for _, n := range []struct {
		id    string
		count int
	}{{"b", 9}, {"c", 5}, {"d", 1}} {
		for range n.count {
			accounts = append(accounts, BookAccount{ProductIDs: []string{n.id}})
		}
	}
	accounts = append(accounts, BookAccount{ProductIDs: []string{"a"}})
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}}
	b := briefing(t, in)
	if got := strings.Join(ids(b), " "); got != "b c" {
		t.Fatalf("offers %q, want b then c", got)
	}
	if r, ok := reasonWith(b.Suggestions[0], "9 of 16 customers hold B"); !ok || r.Points != 3 {
		t.Errorf("B's reasons %v, want 3 points for 9 of 16 customers holding it", b.Suggestions[0].Reasons)
	}
}
