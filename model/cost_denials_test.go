package model

import "testing"

// TestCostDenials: a pain that says cost is not the problem keeps its
// category though it names money; said with a negation before it, the
// same words deny nothing; a pattern that does not compile is refused.
func TestCostDenials(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	en := &pb.Cues.Languages[0]
	en.CostWords = []string{"price*", "pricing"}
	en.CostDenials = []string{"price* .. isn't|not .. problem", "fine with .. price*"}
	cat := NewCatalog(pb)
	for _, tc := range []struct{ title, want string }{
		{"Price isn't the problem, nobody opens the forecasts", "support"},
		{"We're fine with the price, the forecasts are late", "support"},
		{"We're not fine with the price any more", PainCost},
		{"Per-seat pricing punishes part-timers", PainCost},
	} {
		if got := cat.ruleCategory(pain(1, "support", tc.title, 2)); got != tc.want {
			t.Errorf("%q: read as %s, want %s", tc.title, got, tc.want)
		}
	}
	// Filed as cost, words that deny it are read by the problem they name,
	// or by none: never quoted back as a complaint about what they pay.
	for _, tc := range []struct{ title, want string }{
		{"Price isn't the problem, the import fails every night", "integration"},
		{"We're fine with the price; managers just don't log in", PainNotCost},
		{"The price is too high for what we use", PainCost},
		{"We're not fine with the price any more", PainCost},
	} {
		if got := cat.ruleCategory(pain(1, PainCost, tc.title, 2)); got != tc.want {
			t.Errorf("%q filed as cost: read as %s, want %s", tc.title, got, tc.want)
		}
	}
	en.CostDenials = []string{".. price"}
	if err := pb.Cues.Validate([]string{"support", "cost", "integration"}); err == nil {
		t.Error("a cost denial that does not compile passed Validate")
	}
}
