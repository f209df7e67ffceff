package model

import (
	"slices"
	"testing"
)

func TestNewCatalog(t *testing.T) {
	pb := Playbook{
		Currency:       "€",
		PainCategories: []PainCategory{{ID: "reporting", Label: "Reporting"}},
		Products: []Product{
			{ID: "c", Name: "Gold", Family: "plan", Tier: 3},
			{ID: "a", Name: "Bronze", Family: "plan", Tier: 1},
			{ID: "b2", Name: "Silver Plus", Family: "plan", Tier: 2},
			{ID: "b1", Name: "Silver", Family: "plan", Tier: 2},
			{ID: "lone", Name: "Lone", Tier: 0},
			{ID: "a", Name: "Bronze again", Family: "other", Tier: 1},
		},
		Complements: []Complement{
			{ProductID: "a", ComplementID: "lone", Reason: "first"},
			{ProductID: "a", ComplementID: "lone", Reason: "duplicate"},
			{ProductID: "a", ComplementID: "a"},
			{ProductID: "a", ComplementID: "ghost"},
			{ProductID: "ghost", ComplementID: "a"},
		},
	}
	c := NewCatalog(pb)

	var ladder []string
	for _, p := range c.Families["plan"] {
		ladder = append(ladder, p.ID)
	}
	if want := []string{"a", "b1", "b2", "c"}; !slices.Equal(ladder, want) {
		t.Errorf("plan ladder = %v, want %v", ladder, want)
	}
	if got := c.Products["a"].Name; got != "Bronze" {
		t.Errorf("duplicate id: product a = %q, want the first, Bronze", got)
	}
	if _, ok := c.Families["other"]; ok {
		t.Error("the dropped duplicate still made a family")
	}
	if lone := c.Products["lone"]; lone.Family != "lone" || lone.Tier != 1 || len(c.Families["lone"]) != 1 {
		t.Errorf("lone product = %+v, want a family of one at tier 1", lone)
	}
	if got := c.Complements["a"]; len(got) != 1 || got[0].ComplementID != "lone" || got[0].Reason != "first" {
		t.Errorf("complements of a = %+v, want only the first a→lone", got)
	}
	if len(c.Complements["ghost"]) != 0 {
		t.Error("a complement of an unknown product was kept")
	}
	if c.PainLabels["reporting"] != "Reporting" || c.painLabel("scale") != "scale" || c.Currency != "EUR" {
		t.Errorf("labels %v, currency %q", c.PainLabels, c.Currency)
	}

	rungs := []struct {
		tier int
		want []string
	}{{0, []string{"a"}}, {1, []string{"b1", "b2"}}, {2, []string{"c"}}, {3, nil}}
	for _, r := range rungs {
		var got []string
		for _, p := range c.nextTier("plan", r.tier) {
			got = append(got, p.ID)
		}
		if !slices.Equal(got, r.want) {
			t.Errorf("nextTier(plan, %d) = %v, want %v", r.tier, got, r.want)
		}
	}
}

func TestNewCatalogDoesNotShareThePlaybooksSlices(t *testing.T) {
	pb := fixturePlaybook()
	c := NewCatalog(pb)
	pb.Products[1].Pains[0] = "changed"
	pb.TalkingPoints[0].Text = "changed"
	if c.Products["pipe-pro"].Pains[0] != "reporting" || c.Templates[0].Text == "changed" {
		t.Error("changing the playbook changed the catalogue")
	}
}

func TestNextTierOfferOneProductOfASharedRung(t *testing.T) {
	pb := Playbook{Products: []Product{
		{ID: "a", Name: "Bronze", Family: "plan", Tier: 1},
		{ID: "b1", Name: "Silver", Family: "plan", Tier: 2},
		{ID: "b2", Name: "Silver Plus", Family: "plan", Tier: 2},
		{ID: "c", Name: "Gold", Family: "plan", Tier: 3},
	}}
	in := BriefingInput{Account: baseAccount(), Holdings: []Holding{holding("a", 1, 0)}, Catalog: NewCatalog(pb), Now: now}
	// Both Silvers are the next rung; one offer per family keeps the first
	// by name.
	if got, want := ids(briefing(t, in)), []string{"b1"}; !slices.Equal(got, want) {
		t.Errorf("upgrades from Bronze = %v, want %v", got, want)
	}
}
