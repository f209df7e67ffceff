package model

import "testing"

func TestAProductMeantForOtherStagesOnlyAnswersItsOwnPain(t *testing.T) {
	pb := Playbook{PainCategories: []PainCategory{{ID: "data_quality", Label: "Data quality"}}, Products: []Product{
		{ID: "crm", Name: "CRM", Family: "crm", Tier: 1, Price: 20, BillingUnit: "seat/month"},
		{ID: "migration", Name: "Data Migration", Family: "migration", Tier: 1, Price: 3000, BillingUnit: "package",
			Stages: []Stage{StageAdoption}, Pains: []string{"data_quality"},
			Solves: map[string]string{"data_quality": "we move the old system's records over, cleaned and deduplicated"}},
	}, Complements: []Complement{{ProductID: "crm", ComplementID: "migration", Reason: "the history comes along"}}}
	for _, tc := range []struct {
		stage Stage
		pain  string
		want  bool
	}{
		// In its stage, a pain its words speak of is reason enough; one of
		// its category only is not (adoption takes only offers that answer
		// a pain in the customer's words).
		{StageAdoption, "The old records are full of duplicates", true},
		{StageAdoption, "Nobody knows which phone number is current", false},
		{StageAdvocate, "", false},
		{StageValueRealized, "", false},
		// A pain its words speak of: the old records came over badly.
		{StageAdvocate, "The old system's records came over full of duplicates", true},
		// A pain of its category it does not speak of is no reason.
		{StageAdvocate, "Nobody knows which phone number is current", false},
	} {
		in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now, Holdings: []Holding{holding("crm", 10, 10)}}
		in.Account.Stage = tc.stage
		if tc.pain != "" {
			in.Pains = []PainPoint{pain(1, "data_quality", tc.pain, 2)}
		}
		if got := find(briefing(t, in), "migration") != nil; got != tc.want {
			t.Errorf("%s, pain %q: migration offered = %v, want %v", tc.stage, tc.pain, got, tc.want)
		}
	}
}
