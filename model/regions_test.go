package model

import "testing"

func TestAProductSoldInSomeRegionsIsOfferedByCountryToo(t *testing.T) {
	eu := Product{Regions: []string{"DACH", "Benelux", "Nordics", "Estonia", "UK & Ireland", "EMEA"}}
	for _, tc := range []struct {
		region string
		want   bool
	}{
		{"DACH", true}, {"dach", true}, {"Germany", true}, {"Berlin, Germany", true}, {"Tallinn, EE", true},
		{"Estonia, EE", true}, {"Sweden", true}, {"Ireland", true}, {"Poland", true}, {"South Africa", true},
		{"", true}, // unknown: not held back
		{"North America", false}, {"WA, USA", false}, {"Japan", false}, {"Russia", false}, {"ANZ", false},
	} {
		if got := eu.SoldIn(tc.region); got != tc.want {
			t.Errorf("SoldIn(%q) = %v, want %v", tc.region, got, tc.want)
		}
	}
	dach := Product{Regions: []string{"DACH"}}
	if dach.SoldIn("France") || !dach.SoldIn("Österreich") || !dach.SoldIn("Zürich, CH") {
		t.Error("DACH: France sold, or Österreich / Zürich, CH not")
	}
}
