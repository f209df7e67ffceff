package model

import (
	"strings"
	"testing"
)

// TestPeopleJoiningNeedSeatsWhereTheirRoleWorks: new sales reps need
// pipeline and forecast seats, not service desk ones; a note naming no
// role the playbook knows counts them where seats run short, as before.
func TestPeopleJoiningNeedSeatsWhereTheirRoleWorks(t *testing.T) {
	pb := fixturePlaybook()
	for i := range pb.Products {
		switch pb.Products[i].Family {
		case "pipeline", "forecast":
			pb.Products[i].Roles = []string{"sales", "rep", "reps", "vertrieb*", "営業"}
		}
	}
	pb.Products = append(pb.Products, Product{ID: "desk", Name: "Help Desk", Family: "desk", Tier: 1, Price: 20,
		BillingUnit: "seat/month", Seated: true, Roles: []string{"support", "agent", "agents"}})
	seats := func(locale, note, text string, n int) map[string]int {
		in := input(holding("pipe-pro", 20, 18), holding("forecast", 10, 6), holding("desk", 10, 10))
		in.Catalog = NewCatalog(pb)
		in.Account.ARR, in.Account.Locale = 5_000_000, locale
		in.LastCall = &HeardOnCall{At: daysAgoAt(1), Notes: note, Cues: []Cue{{Kind: CueGrowth, Text: text, Number: n}}}
		out := map[string]int{}
		for _, s := range briefing(t, in).Suggestions {
			held := map[string]int{"pipe-pro": 20, "forecast": 10, "desk": 10}[s.Product.ID]
			switch {
			case s.Kind == KindSeats:
				out[s.Product.Family] = held + s.Quantity
			case s.Kind == KindUpsell:
				out[s.Product.Family] = s.Quantity
			}
		}
		return out
	}
	for _, tc := range []struct{ locale, note, text string }{
		{"en", "They hire 10 new sales reps in March.", "10 new sales reps"},
		{"de", "Im März kommen 10 neue Vertriebler dazu.", "10 neue Vertriebler"},
		{"ja", "3月に営業が10名増えます。", "10名"},
	} {
		got := seats(tc.locale, tc.note, tc.text, 10)
		if got["pipeline"] < 28 || got["forecast"] < 16 {
			t.Errorf("%s %q: pipeline for %d, forecast for %d, want 28 and 16 or more", tc.locale, tc.note, got["pipeline"], got["forecast"])
		}
		if got["desk"] > 12 {
			t.Errorf("%s %q: the help desk sized for %d, as if sales reps worked in it", tc.locale, tc.note, got["desk"])
		}
	}
	// Support agents are the help desk's.
	if got := seats("en", "Eight new support agents start next month.", "Eight new support agents", 8); got["desk"] < 18 || got["forecast"] > 10 {
		t.Errorf("support agents joining: help desk for %d, forecast for %d", got["desk"], got["forecast"])
	}
	// No role named: the head count counts where seats run short.
	if got := seats("en", "They hire 10 people in March.", "10 people", 10); got["desk"] < 20 {
		t.Errorf("10 people joining, no role: help desk for %d, want 20 or more (%v)", got["desk"], got)
	}
}

// TestPeopleJoiningInARoleTheyHaveNoProductForYet: two dispatchers, their
// first dispatch team: the help desk they hold is not grown for them, and
// the dispatch product is offered with seats for the two.
func TestPeopleJoiningInARoleTheyHaveNoProductForYet(t *testing.T) {
	pb := fixturePlaybook()
	pb.Products = append(pb.Products,
		Product{ID: "desk", Name: "Help Desk", Family: "desk", Tier: 1, Price: 20, BillingUnit: "seat/month", Seated: true, Roles: []string{"support", "agent*"}},
		Product{ID: "dispatch", Name: "Dispatch", Family: "dispatch", Tier: 1, Price: 30, BillingUnit: "seat/month", Seated: true, Roles: []string{"dispatcher*"}})
	in := input(holding("desk", 10, 10))
	in.Catalog = NewCatalog(pb)
	in.Account.ARR = 5_000_000
	in.LastCall = &HeardOnCall{At: daysAgoAt(1), Notes: "We're hiring 2 dispatchers next month, our first dispatch team.",
		Cues: []Cue{{Kind: CueGrowth, Text: "hiring 2 dispatchers", Number: 2}}}
	b := briefing(t, in)
	if s := find(b, "dispatch"); s == nil || s.Quantity != 2 {
		t.Errorf("dispatch offer %+v, want 2 seats for the 2 dispatchers", s)
	}
	if s := find(b, "desk"); s != nil && s.Quantity > 2 {
		t.Errorf("the help desk grown by %d for dispatchers", s.Quantity)
	}
	for _, s := range b.Suggestions {
		for _, r := range s.Reasons {
			if s.Product.ID == "desk" && strings.Contains(r.Text, "people joining") {
				t.Errorf("the help desk's seats count the dispatchers: %q", r.Text)
			}
		}
	}
}

// TestPeopleJoiningATeamTheyHaveCountInNewProductsForIt: ten sales reps
// join the eighteen using the pipeline: a forecast for the sales team is
// offered for all of them, not for the ten alone or the eighteen.
func TestPeopleJoiningATeamTheyHaveCountInNewProductsForIt(t *testing.T) {
	pb := fixturePlaybook()
	for i := range pb.Products {
		if f := pb.Products[i].Family; f == "pipeline" || f == "forecast" {
			pb.Products[i].Roles = []string{"sales", "rep", "reps"}
		}
	}
	in := input(holding("pipe-pro", 20, 18))
	in.Catalog = NewCatalog(pb)
	in.Account.ARR = 5_000_000
	in.LastCall = &HeardOnCall{At: daysAgoAt(1), Notes: "They hire 10 new sales reps in March.",
		Cues: []Cue{{Kind: CueGrowth, Text: "10 new sales reps", Number: 10}}}
	s := find(briefing(t, in), "forecast")
	if s == nil || s.Quantity != 28 {
		t.Errorf("forecast offer %+v, want 28 seats: the 18 in the pipeline and the 10 joining", s)
	}
}
