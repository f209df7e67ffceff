package model

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestSmallBookLinksAreNotNamedOneByOne checks that a held product whose
// item-model weight is worth less than minNamedEvidencePoints is not a
// line of its own ("17 of 108 customers with X also hold Y", +1): such
// lines are summed with the rest, so a briefing lists what matters. (An
// offer whose evidence reaches the cap has its lines scaled down after
// they are named; those are left out.)
func TestSmallBookLinksAreNotNamedOneByOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var ids []string
	for k := range 16 {
		ids = append(ids, fmt.Sprintf("p%02d", k))
	}
	var accounts []BookAccount
	for range 600 {
		var held []string
		for k, id := range ids {
			// Products are held nearly independently, so most links
			// are weak; every fourth one follows the one before it.
			follows := k%4 == 3 && len(held) > 0 && held[len(held)-1] == ids[k-1]
			if rng.IntN(10) < 3+k%3 || (follows && rng.IntN(2) == 0) {
				held = append(held, id)
			}
		}
		if len(held) > 0 {
			accounts = append(accounts, BookAccount{ProductIDs: held})
		}
	}
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	named := regexp.MustCompile(`customers with .* also hold |^Customers with .* less often`)
	rest := 0
	for i, a := range accounts[:60] {
		in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalogOf(ids), Now: now, Evidence: ev}
		in.Account.ID = fmt.Sprintf("acc%d", i)
		for _, id := range a.ProductIDs {
			in.Holdings = append(in.Holdings, holding(id, 1, 0))
		}
		for _, s := range briefing(t, in).Suggestions {
			if bookPoints(s) >= maxEvidencePoints {
				continue // scaled down to the cap after naming
			}
			for _, r := range s.Reasons {
				switch {
				case named.MatchString(r.Text) && max(r.Points, -r.Points) < 2:
					t.Errorf("%s: %q names a held product for %d points", s.Product.ID, r.Text, r.Points)
				case regexp.MustCompile(`in the book.s history$`).MatchString(r.Text):
					rest++
				}
			}
		}
	}
	if rest == 0 {
		t.Errorf("no briefing summed any held products: the book does not test the rule")
	}
}

func lookalikeCatalogOf(ids []string) *Catalog {
	var ps []Product
	for _, id := range ids {
		ps = append(ps, Product{ID: id, Name: "Product " + id, Price: 1, BillingUnit: "month"})
	}
	return NewCatalog(Playbook{Products: ps})
}

// bookPoints sums the points of a suggestion's reasons from the book's
// history.
func bookPoints(s Suggestion) int {
	n := 0
	for _, r := range s.Reasons {
		if fromBook(Suggestion{Reasons: []Reason{r}}) {
			n += r.Points
		}
	}
	return n
}

// TestTheRestOfTheHoldingsSayHowMany checks the line that sums the held
// products not named one by one: it says how many, so it does not read as
// a summary of the lines beside it.
func TestTheRestOfTheHoldingsSayHowMany(t *testing.T) {
	x := Product{Name: "Sandbox"}
	for _, tt := range []struct {
		n, pts int
		want   string
	}{
		{12, 12, "12 other products they hold point toward Sandbox in the book's history"},
		{3, -2, "3 other products they hold point away from Sandbox in the book's history"},
		{1, -3, "Another product they hold points away from Sandbox in the book's history"},
	} {
		if got := otherHoldingsReason(tt.n, x, tt.pts); got.Text != tt.want || got.Points != tt.pts {
			t.Errorf("%d products, %d points: %+v, want %q", tt.n, tt.pts, got, tt.want)
		}
	}
}

// TestADeclaredComplementIsNotNamedTwice checks that a held product the
// playbook declares a complement of the offer ("Complements Pipeline
// Starter") is not named again by the book ("40 of 50 customers with
// Pipeline Starter also hold Training"): one product, one line.
func TestADeclaredComplementIsNotNamedTwice(t *testing.T) {
	var accounts []BookAccount
	for range 40 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"pipe-starter", "training"}})
	}
	for range 60 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"insights"}})
	}
	in := input(holding("pipe-starter", 10, 8))
	in.Evidence = NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	s := find(briefing(t, in), "training")
	if s == nil {
		t.Fatalf("no training offered: %v", ids(briefing(t, in)))
	}
	complements, named := 0, 0
	for _, r := range s.Reasons {
		switch {
		case strings.HasPrefix(r.Text, "Complements Pipeline Starter"):
			complements++
		case strings.Contains(r.Text, "customers with Pipeline Starter"):
			named++
		}
	}
	if complements != 1 || named != 0 {
		t.Errorf("reasons %q: want the complement once and no book line for Pipeline Starter", reasonTexts(s))
	}
}
