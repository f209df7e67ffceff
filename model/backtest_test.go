package model

import (
	"fmt"
	"math"
	"testing"
)

// backtestBook is a book of a popular product everyone holds and two
// pairs: holders of a take b, holders of c take d. Before the date, half of
// each group holds its pair; after, the rest buy the second product.
func backtestBook() BacktestInput {
	pb := Playbook{Products: []Product{{ID: "pop", Name: "Popular"}, {ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}, {ID: "d", Name: "D"}}}
	in := BacktestInput{Catalog: NewCatalog(pb), AsOf: now, K: 1}
	add := func(n int, held []string, bought []string) {
		for range n {
			var hs []Holding
			for _, id := range held {
				hs = append(hs, Holding{ProductID: id, Quantity: 1})
			}
			id := fmt.Sprintf("acc-%d", len(in.Accounts))
			in.Accounts = append(in.Accounts, BacktestAccount{Account: Account{ID: id, Stage: StageAdvocate}, Holdings: hs, Bought: bought})
		}
	}
	add(100, []string{"pop", "a", "b"}, nil)
	add(100, []string{"pop", "a"}, []string{"b"})
	add(80, []string{"pop", "c", "d"}, nil)
	add(80, []string{"pop", "c"}, []string{"d"})
	add(3, nil, []string{"a"}) // held nothing before: not ranked
	return in
}

func TestBacktestScoresTalktrackAndBothBaselines(t *testing.T) {
	res := Backtest(backtestBook())
	if res.Accounts != 360 || res.Evaluated != 180 || res.K != 1 {
		t.Fatalf("accounts %d, evaluated %d, k %d; want 360, 180, 1", res.Accounts, res.Evaluated, res.K)
	}
	want := map[string]int{
		MethodTalktrack:    180, // b for holders of a, d for holders of c
		MethodPopularity:   0,   // c (160 holders) to holders of a, a (200) to holders of c
		MethodCooccurrence: 100, // b for holders of a; a (200 with pop) beats d (80+80) for holders of c
	}
	for _, m := range res.Methods {
		if m.Hits != want[m.Method] {
			t.Errorf("%s hits = %d, want %d", m.Method, m.Hits, want[m.Method])
		}
		if got := float64(m.Hits) / 180; math.Abs(m.HitRate-got) > 1e-9 || math.Abs(m.Precision-got) > 1e-9 {
			t.Errorf("%s hit rate %v, precision %v; want both %v at k=1", m.Method, m.HitRate, m.Precision, got)
		}
	}
	if got := res.Methods[1].Coverage; got != 0.4 {
		t.Errorf("popularity coverage = %v, want 2 products of 5", got)
	}
}

func TestEvidenceCorrectsForPopularity(t *testing.T) {
	// Everyone holds pop. a is popular (400) and no more common among c's
	// holders than anywhere; d is rarer (160), and only c's holders hold it (160 of 200). Counting pairs offers a to
	// a holder of pop and c (400 + 80 against 160 + 160); the item model, d.
	book := PeerStats{Accounts: 1000, Holders: map[string]int{"pop": 1000, "a": 400, "c": 200, "d": 160}, Together: map[string]map[string]int{
		"pop": {"a": 400, "c": 200, "d": 160}, "a": {"pop": 400, "c": 80}, "c": {"pop": 200, "a": 80, "d": 160}, "d": {"pop": 160, "c": 160},
	}}
	ev := NewEvidence(book, nil)
	score := func(id string) float64 {
		s := 0.0
		for _, h := range []string{"pop", "c"} {
			l, _ := ev.link(h, id)
			s += l.weight
		}
		return s
	}
	if score("d") <= score("a") {
		t.Errorf("score d %v <= a %v: the pattern must beat plain popularity", score("d"), score("a"))
	}
	if l, _ := ev.link("c", "d"); l.together != 160 || l.holders != 200 {
		t.Errorf("c→d counts %d of %d, want 160 of 200", l.together, l.holders)
	}
}

func TestWelcomeShrinksTowardTheBook(t *testing.T) {
	rs := newResponseStats([]ResponseCount{
		{Segment: "retail|1-49", ProductID: "x", Offered: 2, Welcomed: 2},
		{Segment: "retail|1-49", ProductID: "y", Offered: 40, Welcomed: 36},
		{Segment: "software|1-49", ProductID: "x", Offered: 58, Welcomed: 14},
	})
	few, _, _, _ := rs.welcome("retail|1-49", "x")
	many, used, inSeg, _ := rs.welcome("retail|1-49", "y")
	if few >= many {
		t.Errorf("2 of 2 lifts %v, 36 of 40 lifts %v: two answers must weigh less than forty", few, many)
	}
	if !inSeg || used.Offered != 40 {
		t.Errorf("used %+v in segment %v, want the segment's 40 answers", used, inSeg)
	}
	if _, _, _, ok := rs.welcome("retail|1-49", "never-offered"); ok {
		t.Error("a product never offered has a welcome rate")
	}
}

// TestBacktestSaysHowManyOffersTheTopHeld: at k=5 every top of the
// baselines holds the three products an evaluated account does not hold,
// and talktrack's only what speaks for it; offered is the mean length.
func TestBacktestSaysHowManyOffersTheTopHeld(t *testing.T) {
	in := backtestBook()
	in.K = 5
	res := Backtest(in)
	for _, m := range res.Methods {
		if m.Offered <= 0 || m.Offered > 3 {
			t.Errorf("%s offered %v on average, want more than 0 and at most the 3 products not held", m.Method, m.Offered)
		}
	}
	if res.Methods[1].Offered != 3 || res.Methods[2].Offered != 3 {
		t.Errorf("baselines offered %v and %v, want 3 (every product not held)", res.Methods[1].Offered, res.Methods[2].Offered)
	}
}
