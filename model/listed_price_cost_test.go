package model_test

import (
	"strings"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/model"
)

// TestAPriceInAnotherCurrencyIsWeighedWhileTheyObjectToCost: while a
// customer says they pay too much, an offer priced only in the list
// currency is weighed against their ARR at the rate the price books imply:
// nothing costing more than a quarter of it is offered.
func TestAPriceInAnotherCurrencyIsWeighedWhileTheyObjectToCost(t *testing.T) {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	for i := range pb.Products {
		if i%2 == 1 {
			delete(pb.Products[i].Prices, "EUR")
		}
	}
	cat := model.NewCatalog(pb)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	const arr = 6000.0
	in := model.BriefingInput{
		Account:  model.Account{ID: "acc-1", Name: "Tallinna Veod", Industry: "logistics", SizeBand: "10-49", Locale: "et", Currency: "EUR", Stage: model.StageValueRealized, ARR: arr},
		Catalog:  cat,
		Now:      now,
		Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 20, SeatsUsed: 19}},
		Pains:    []model.PainPoint{{ID: 1, AccountID: "acc-1", Category: model.PainCost, Title: "Igakuine arve on meie suurusega firma jaoks liiga suur", Severity: 2, Status: model.PainOpen, NotedAt: now.AddDate(0, -1, 0)}},
	}
	listARR, ok := cat.ListValue(arr, "EUR")
	if !ok {
		t.Fatal("no rate implied for EUR")
	}
	weighed := 0
	for _, s := range model.Recommend(in).Suggestions {
		if s.Product.Prices["EUR"] > 0 {
			continue
		}
		weighed++
		yearly := s.Product.Price * float64(max(s.Quantity, 1))
		if strings.Contains(strings.ToLower(s.Product.BillingUnit), "month") {
			yearly *= 12
		}
		if yearly > 0.25*listARR {
			t.Errorf("%s ×%d offered at %.0f %s a year, %.0f%% of their ARR, while they say they pay too much",
				s.Product.ID, s.Quantity, yearly, cat.Currency, 100*yearly/listARR)
		}
	}
	t.Logf("%d offers priced only in %s", weighed, cat.Currency)
}
