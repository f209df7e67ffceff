package model

import (
	"strings"
	"testing"
)

func rerankFixture() []Suggestion {
	return []Suggestion{
		{Product: Product{ID: "big", Name: "Enterprise", Price: 900}, Kind: KindUpsell, Quantity: 1, Score: 50},
		{Product: Product{ID: "seats", Name: "CRM Pro", Price: 59, Seated: true}, Kind: KindSeats, Quantity: 5, Score: 40},
		{Product: Product{ID: "sync", Name: "Connector", Price: 200, Solves: map[string]string{"integration": "it syncs"}}, Kind: KindCrossSell, Quantity: 1, Score: 30},
		{Product: Product{ID: "train", Name: "Training", Price: 100}, Kind: KindCrossSell, Quantity: 1, Score: 20},
	}
}

func order(sgs []Suggestion) string {
	ids := make([]string, len(sgs))
	for i, s := range sgs {
		ids[i] = s.Product.ID
	}
	return strings.Join(ids, ",")
}

func TestRerankForCues(t *testing.T) {
	base := rerankFixture()
	tests := []struct {
		name string
		cues []Cue
		want string
	}{
		{"nothing heard", nil, "big,seats,sync,train"},
		{"price takes upgrades and seats off, lifts the cheaper half", []Cue{{Kind: CuePrice, Text: "too expensive"}}, "train,sync"},
		{"growth lifts seats", []Cue{{Kind: CueGrowth, Text: "hiring"}}, "seats,big,sync,train"},
		{"a pain lifts what solves it", []Cue{{Kind: CuePain, Text: "imports fail", Category: "integration"}}, "sync,big,seats,train"},
		{"timing changes nothing", []Cue{{Kind: CueTiming, Text: "next quarter"}}, "big,seats,sync,train"},
	}
	for _, tt := range tests {
		r := RerankForCues(base, tt.cues)
		if got := order(r.Suggestions); got != tt.want || r.Stopped {
			t.Errorf("%s: order %s (stopped %v), want %s", tt.name, got, r.Stopped, tt.want)
		}
	}
	if order(base) != "big,seats,sync,train" || len(base[0].Reasons) != 0 {
		t.Error("the briefing's suggestions were changed")
	}
}

func TestRerankNamesEveryChange(t *testing.T) {
	r := RerankForCues(rerankFixture(), []Cue{{Kind: CuePrice, Text: "zu teuer"}, {Kind: CuePrice, Text: "zu teuer"}})
	for _, sg := range r.Suggestions {
		sum := 0
		for _, re := range sg.Reasons {
			sum += re.Points
		}
		if len(sg.Reasons) != 1 || !strings.Contains(sg.Reasons[0].Text, `"zu teuer"`) || sum != sg.Score-rerankScore(sg.Product.ID) {
			t.Errorf("%s: reasons %v, score %d", sg.Product.ID, sg.Reasons, sg.Score)
		}
	}
}

func rerankScore(id string) int {
	for _, s := range rerankFixture() {
		if s.Product.ID == id {
			return s.Score
		}
	}
	return 0
}

// TestRerankGrowthLiftsSeatsAndLeavesTheirSize: growth puts more seats
// first; their number stays the briefing's, which the talking points say
// (the call screen sizes them by computing the briefing with the people
// said to join).
func TestRerankGrowthLiftsSeatsAndLeavesTheirSize(t *testing.T) {
	r := RerankForCues(rerankFixture(), []Cue{{Kind: CueGrowth, Text: "20 neue Leute", Number: 20}})
	if r.Suggestions[0].Product.ID != "seats" || r.Suggestions[0].Quantity != 5 {
		t.Errorf("seats: %+v", r.Suggestions[0])
	}
}

func TestRerankChurnStopsOffers(t *testing.T) {
	r := RerankForCues(rerankFixture(), []Cue{{Kind: CuePrice, Text: "teuer"}, {Kind: CueChurnRisk, Text: "kündigen"}})
	if !r.Stopped || len(r.Suggestions) != 0 || !strings.Contains(r.StopReason, "kündigen") {
		t.Errorf("churn risk: %+v", r)
	}
}

func TestRerankSpendFreezeStopsOffersAPriceObjectionDoesNot(t *testing.T) {
	r := RerankForCues(rerankFixture(), []Cue{{Kind: CuePrice, Text: "zu teuer"}})
	if r.Stopped || len(r.Suggestions) == 0 {
		t.Errorf("a price objection stopped every offer: %+v", r)
	}
	r = RerankForCues(rerankFixture(), []Cue{{Kind: CuePrice, Text: "zu teuer"}, {Kind: CuePrice, Text: "Ausgabenstopp", Severity: 3}})
	if !r.Stopped || len(r.Suggestions) != 0 || !strings.Contains(r.StopReason, "Ausgabenstopp") || !strings.Contains(r.StopReason, "ask when") {
		t.Errorf("spend freeze: %+v", r)
	}
	// Its end said in its sentence is said back, not asked for.
	r = RerankForCues(rerankFixture(), []Cue{{Kind: CuePrice, Text: "Budget frozen", Severity: 3, Start: 0}, {Kind: CueTiming, Text: "Q2", Unit: "q", Number: 2, Start: 19}})
	if !r.Stopped || !strings.Contains(r.StopReason, `until "Q2"`) || strings.Contains(r.StopReason, "ask when") {
		t.Errorf("spend freeze till Q2: %+v", r)
	}
}

// TestASpreadReasonIsNotContradictedOnTheCall: an offer the call's cues
// lift above the one its spread reason says ranked above it keeps the
// points, and the reason says the briefing ranked the other higher.
func TestASpreadReasonIsNotContradictedOnTheCall(t *testing.T) {
	sgs := []Suggestion{
		{Product: Product{ID: "big", Name: "Big", Price: 900}, Kind: KindCrossSell, Quantity: 1, Score: 50},
		{Product: Product{ID: "small", Name: "Small", Price: 10}, Kind: KindCrossSell, Quantity: 1, Score: 45,
			Reasons: []Reason{{Points: -5, Text: "Bought together with Big, ranked above (5 of its 9 holders have both): lowered so the top offers cover different needs", above: "big"}}},
	}
	r := RerankForCues(sgs, []Cue{{Kind: CuePrice, Text: "too expensive"}})
	if r.Suggestions[0].Product.ID != "small" {
		t.Fatalf("order %v: the price objection should lift the cheaper offer", r.Suggestions)
	}
	if got := r.Suggestions[0].Reasons[0].Text; strings.Contains(got, "Big, ranked above (") || !strings.Contains(got, "which the briefing ranked above it") {
		t.Errorf("reason %q", got)
	}
	if sgs[1].Reasons[0].Text != "Bought together with Big, ranked above (5 of its 9 holders have both): lowered so the top offers cover different needs" {
		t.Error("the briefing's own reason was changed")
	}
}
