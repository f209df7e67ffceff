package data

import (
	"context"
	"testing"

	"talktrack/model"
)

// TestPortfolioSortsARRAcrossCurrencies: ¥5M is about $33k by the price
// books' rate, so it sorts below $50k and €60k, not above them.
func TestPortfolioSortsARRAcrossCurrencies(t *testing.T) {
	in := func(currency string, arr float64) func(*model.Account) {
		return func(a *model.Account) { a.Currency, a.ARR = currency, arr }
	}
	b := newBook().
		account("us", "Harbor Freight Co", in("USD", 50_000)).
		account("jp", "Kansai Logistics", in("JPY", 5_000_000)).
		account("de", "Elbe Spedition", in("EUR", 60_000))
	for i := range b.ds.Playbook.Products {
		p := &b.ds.Playbook.Products[i]
		p.Prices = map[string]float64{"JPY": p.Price * 150, "EUR": p.Price * 0.9}
	}
	s := b.seed(t)
	for _, tt := range []struct {
		desc bool
		want []string
	}{{true, []string{"de", "us", "jp"}}, {false, []string{"jp", "us", "de"}}} {
		page, err := s.Portfolio(context.Background(), model.PortfolioQuery{Sort: model.SortARR, Desc: tt.desc, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range page.Rows {
			got = append(got, r.ID)
		}
		if len(got) != 3 || got[0] != tt.want[0] || got[1] != tt.want[1] || got[2] != tt.want[2] {
			t.Errorf("ARR sorted (desc %v): %v, want %v", tt.desc, got, tt.want)
		}
	}
}
