package ui

import (
	"testing"

	"talktrack/model"
)

// TestAnAnsweredOfferIsNamedAfterItLeavesTheList: a product answered on a
// call that is neither held nor suggested any more (in progress, or held
// back since) is named, not shown by its id.
func TestAnAnsweredOfferIsNamedAfterItLeavesTheList(t *testing.T) {
	v := &model.AccountView{Input: &model.BriefingInput{Catalog: &model.Catalog{Products: map[string]model.Product{
		"forecasting": {ID: "forecasting", Name: "Sales Forecasting"},
	}}}}
	if got := productName(v, "forecasting"); got != "Sales Forecasting" {
		t.Errorf("productName = %q, want Sales Forecasting", got)
	}
	if got := productName(v, "gone"); got != "gone" {
		t.Errorf("an unknown product is %q, want its id", got)
	}
}
