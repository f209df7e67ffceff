package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// alikeBook: customers with A mostly hold B and C together; fewer hold D,
// on its own; E is held apart.
func alikeBook() []BookAccount {
	var accounts []BookAccount
	for range 30 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b", "c"}})
	}
	for range 20 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "d"}})
	}
	for range 20 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"e"}})
	}
	return accounts
}

func TestOffersMostlyHeldTogetherMakeRoomForAnotherNeed(t *testing.T) {
	accounts := alikeBook()
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}}
	b := briefing(t, in)
	if got := strings.Join(ids(b), " "); !strings.HasPrefix(got, "b d c") {
		t.Fatalf("ranking %q, want B, then D (another need), then C (held with B)", got)
	}
	c := b.Suggestions[2]
	r, ok := reasonWith(c, "Bought together with B, ranked above (30 of its 30 holders have both): lowered so the top offers cover different needs")
	if !ok || r.Points >= 0 {
		t.Errorf("C's reasons %v, want points taken for being held with B", c.Reasons)
	}
	// Without D the order stays, but C still says why it lost points.
	accounts = accounts[:30]
	ev = NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	in.Evidence = ev
	b = briefing(t, in)
	if got := strings.Join(ids(b), " "); !strings.HasPrefix(got, "b c") {
		t.Fatalf("ranking %q, want B then C", got)
	}
	if _, ok := reasonWith(b.Suggestions[1], "Bought together with B"); !ok {
		t.Errorf("C's reasons %v, want why it lost points", b.Suggestions[1].Reasons)
	}
}

func TestCosine(t *testing.T) {
	accounts := alikeBook()
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	i, j, k := ev.index["b"], ev.index["c"], ev.index["e"]
	if got := ev.cosine(i, j); got != 1 {
		t.Errorf("B and C, always held together: cosine %v, want 1", got)
	}
	if got := ev.cosine(i, k); got != 0 {
		t.Errorf("B and E, never held together: cosine %v, want 0", got)
	}
	if got := ev.cosine(i, i); got != 0 {
		t.Errorf("a product with itself: cosine %v, want 0 (it is not offered twice)", got)
	}
}

func TestAnOfferAnsweringAPainIsNotWeightedDown(t *testing.T) {
	accounts := alikeBook()
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	pb := Playbook{PainCategories: []PainCategory{{ID: "reporting", Label: "Reporting"}}}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		pb.Products = append(pb.Products, Product{ID: id, Name: strings.ToUpper(id), Price: 1, BillingUnit: "month"})
	}
	// B and C both answer the pain; B ranks first, by name.
	for _, i := range []int{1, 2} {
		pb.Products[i].Pains, pb.Products[i].Solves = []string{"reporting"}, map[string]string{"reporting": "builds the monthly reports"}
	}
	in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}, Pains: []PainPoint{pain(1, "reporting", "Monthly reports take two days", 1)}}
	b := briefing(t, in)
	c := find(b, "c")
	if got := strings.Join(ids(b), " "); c == nil || !strings.HasPrefix(got, "b c") {
		t.Fatalf("ranking %q, want B then C (both answer the pain)", got)
	}
	if _, ok := reasonWith(*c, "Many of the same customers"); ok {
		t.Errorf("C answers their pain yet is weighted down: %v", c.Reasons)
	}
}

// TestSpreadingMovesOffersDownButKeepsThem: an offer held together with
// one ranked above loses points to make room for another need, but never
// so many that it ends at zero or below, which would make it no offer at
// all (the invariant briefing checks). Books of clusters of products held
// together, each briefed account holding a few.
func TestSpreadingMovesOffersDownButKeepsThem(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var ids []string
	for k := range 12 {
		ids = append(ids, fmt.Sprintf("p%02d", k))
	}
	lowered := 0
	for book := range 20 {
		var accounts []BookAccount
		for range 80 {
			var held []string
			cluster := rng.IntN(3) * 4 // products held together, four by four
			for k, id := range ids {
				if (k >= cluster && k < cluster+4 && rng.IntN(10) < 7) || rng.IntN(10) == 0 {
					held = append(held, id)
				}
			}
			if len(held) > 0 {
				accounts = append(accounts, BookAccount{ProductIDs: held})
			}
		}
		ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
		for i, a := range accounts[:20] {
			in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalogOf(ids), Now: now, Evidence: ev}
			in.Account.ID = fmt.Sprintf("b%d-acc%d", book, i)
			for _, id := range a.ProductIDs[:min(2, len(a.ProductIDs))] {
				in.Holdings = append(in.Holdings, holding(id, 1, 0))
			}
			for _, s := range briefing(t, in).Suggestions {
				if _, ok := reasonWith(s, "Bought together with"); ok {
					lowered++
				}
			}
		}
	}
	if lowered == 0 {
		t.Error("no offer was lowered for what ranks above it: the books do not test the rule")
	}
}
