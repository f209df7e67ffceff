package model

import (
	"slices"
	"testing"
)

func TestADiscontinuedProductIsNeverOffered(t *testing.T) {
	tests := []struct {
		name         string
		held         Holding
		discontinued string
		// was is what is offered while it is still sold.
		was string
	}{
		{"a cross-sell", holding("pipe-pro", 20, 15), "forecast", "forecast"},
		{"the next tier", holding("pipe-pro", 20, 15), "pipe-ent", "pipe-ent"},
		{"more seats of what they hold", holding("pipe-ent", 20, 20), "pipe-ent", "pipe-ent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.held)
			if find(briefing(t, in), tt.was) == nil {
				t.Fatalf("%s not offered while sold: %v", tt.was, ids(briefing(t, in)))
			}
			p := in.Catalog.Products[tt.discontinued]
			p.Discontinued = true
			in.Catalog.Products[tt.discontinued] = p
			if b := briefing(t, in); find(b, tt.was) != nil {
				t.Errorf("%s offered though %s is discontinued: %v", tt.was, tt.discontinued, ids(b))
			}
		})
	}
}

func TestABacktestRanksDiscontinuedProductsAsStillSold(t *testing.T) {
	in := backtestBook()
	before := Backtest(in)
	for _, id := range []string{"b", "d"} {
		p := in.Catalog.Products[id]
		p.Discontinued = true
		in.Catalog.Products[id] = p
	}
	after := Backtest(in)
	if !slices.Equal(before.Methods, after.Methods) {
		t.Errorf("a discontinued flag, which says how products stand today, changed the backtest: %+v, then %+v", before.Methods, after.Methods)
	}
	if !in.Catalog.Products["b"].Discontinued {
		t.Error("the backtest changed the caller's catalogue")
	}
	// The live briefing does not offer them.
	if b := Recommend(BriefingInput{Account: in.Accounts[100].Account, Holdings: in.Accounts[100].Holdings, Catalog: in.Catalog, Now: now}); find(b, "b") != nil {
		t.Errorf("b offered though discontinued: %v", ids(b))
	}
}
