package model

import (
	"math"
	"testing"
	"time"
)

func TestRecencyWeightsHalveOverTheBooksSpan(t *testing.T) {
	first := now.AddDate(-4, 0, 0)
	span := now.Sub(first)
	at := func(d time.Duration) BookAccount {
		return BookAccount{ProductIDs: []string{"a"}, Since: []time.Time{now.Add(-d)}}
	}
	accounts := []BookAccount{at(0), at(span / 4), at(span / 2), at(span), {ProductIDs: []string{"a"}}}
	// Enough dated purchases to make a span: more accounts bought lately.
	for range minTrendPurchases {
		accounts = append(accounts, at(0))
	}
	w, ok := recencyWeights(accounts)
	if !ok {
		t.Fatal("no weights from a dated book")
	}
	for i, want := range []float64{1, math.Exp2(-0.5), 0.5, 0.25, 1} {
		if math.Abs(w[i]-want) > 1e-9 {
			t.Errorf("account %d: weight %.4f, want %.4f", i, w[i], want)
		}
	}
	if _, ok := recencyWeights(accounts[:4]); ok {
		t.Error("weights from 4 dated purchases, want none: too few to tell")
	}
}

// TestTheItemModelLeansOnWhatCustomersBuyLately: accounts that stopped
// buying long ago held a with b, accounts buying lately hold a with c, as
// many of each; the item model weighs c above b for an account with a.
func TestTheItemModelLeansOnWhatCustomersBuyLately(t *testing.T) {
	old := now.AddDate(-3, 0, 0)
	var accounts []BookAccount
	for i := range 30 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{old.AddDate(0, 0, i), old.AddDate(0, 0, i)}})
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "c"}, Since: []time.Time{now.AddDate(0, 0, -i), now.AddDate(0, 0, -i)}})
	}
	plain := NewEvidence(statsOf(accounts), nil)
	pb, _ := plain.link("a", "b")
	pc, _ := plain.link("a", "c")
	if math.Abs(pb.weight-pc.weight) > 1e-9 {
		t.Fatalf("without dates a→b %.4f and a→c %.4f differ; the test proves nothing", pb.weight, pc.weight)
	}
	dated := plain.WithHistory(accounts, 1)
	b, _ := dated.link("a", "b")
	c, _ := dated.link("a", "c")
	if c.weight <= b.weight {
		t.Errorf("a→c %.4f, a→b %.4f: what recent customers hold together should weigh more", c.weight, b.weight)
	}
	if b.together != 30 || c.together != 30 {
		t.Errorf("counts said in reasons changed: %d and %d, want 30 each", b.together, c.together)
	}
}
