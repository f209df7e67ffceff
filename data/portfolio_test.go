package data

import (
	"context"
	"reflect"
	"testing"
	"time"

	"talktrack/model"
)

// portfolioBook has accounts that differ in every sortable column.
func portfolioBook() *book {
	stage := func(s model.Stage) func(*model.Account) { return func(a *model.Account) { a.Stage = s } }
	renewal := func(d string) func(*model.Account) { return func(a *model.Account) { a.RenewalDate = day(d) } }
	arr := func(v float64) func(*model.Account) { return func(a *model.Account) { a.ARR = v } }
	open := func(id string, n int) []model.PainPoint {
		var ps []model.PainPoint
		for range n {
			ps = append(ps, model.PainPoint{AccountID: id, Category: "scale", Title: "slow", Severity: 2, Status: model.PainOpen})
		}
		return ps
	}
	b := newBook().
		account("1", "Northwind Traders", stage(model.StageAdvocate), renewal("2026-09-01"), arr(50000)).
		account("2", "Contoso", stage(model.StageOnboarding), renewal("2026-08-01"), arr(20000)).
		account("3", "Wind River", stage(model.StageAtRisk), arr(70000)).
		account("4", "Acme Windows", stage(model.StageAdoption), renewal("2027-01-01"), arr(20000)).
		account("5", "Bluewind", stage(model.StageValueRealized), renewal("2026-08-01"), arr(10000))
	b.ds.Pains = append(b.ds.Pains, open("4", 3)...)
	b.ds.Pains = append(b.ds.Pains, open("2", 1)...)
	b.pain(model.PainPoint{AccountID: "1", Category: "scale", Title: "fixed", Severity: 2, Status: model.PainResolved})
	b.call(model.Call{AccountID: "5", StartedAt: instant("2026-05-01T10:00:00Z"), Outcome: model.OutcomeConnected})
	b.call(model.Call{AccountID: "5", StartedAt: instant("2026-03-01T10:00:00Z"), Outcome: model.OutcomeConnected})
	b.call(model.Call{AccountID: "2", StartedAt: instant("2026-04-01T10:00:00Z"), Outcome: model.OutcomeBusy})
	b.holds("1", "analytics", "crm-basic", "crm-ent", "crm-pro")
	b.holds("5", "analytics")
	return b
}

func TestPortfolioSorts(t *testing.T) {
	s := portfolioBook().seed(t)
	tests := []struct {
		sort model.PortfolioSort
		desc bool
		want []string
	}{
		{"", false, []string{"4", "5", "2", "1", "3"}},
		{model.SortName, true, []string{"3", "1", "2", "5", "4"}},
		{model.SortStage, false, []string{"2", "4", "5", "1", "3"}},
		{model.SortStage, true, []string{"3", "1", "5", "4", "2"}},
		// Ties by name; unknown renewal last both ways.
		{model.SortRenewal, false, []string{"5", "2", "1", "4", "3"}},
		{model.SortRenewal, true, []string{"4", "1", "5", "2", "3"}},
		{model.SortARR, false, []string{"5", "4", "2", "1", "3"}},
		{model.SortARR, true, []string{"3", "1", "4", "2", "5"}},
		{model.SortOpenPains, false, []string{"5", "1", "3", "2", "4"}},
		{model.SortOpenPains, true, []string{"4", "2", "5", "1", "3"}},
		// Never contacted ('') is the longest ago.
		{model.SortLastContact, false, []string{"4", "1", "3", "2", "5"}},
		{model.SortLastContact, true, []string{"5", "2", "4", "1", "3"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.sort)+map[bool]string{true: "-desc"}[tt.desc], func(t *testing.T) {
			page, err := s.Portfolio(context.Background(), model.PortfolioQuery{Sort: tt.sort, Desc: tt.desc, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			if got := rowIDs(page); !reflect.DeepEqual(got, tt.want) || page.Total != 5 {
				t.Errorf("got %v (total %d), want %v", got, page.Total, tt.want)
			}
		})
	}
	if _, err := s.Portfolio(context.Background(), model.PortfolioQuery{Sort: "colour", Limit: 10}); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("unknown sort: %v", err)
	}
}

func TestPortfolioFilterStageAndPaging(t *testing.T) {
	s := portfolioBook().seed(t)
	tests := []struct {
		name  string
		q     model.PortfolioQuery
		want  []string
		total int
	}{
		// "wind" is in four names; those starting with it come first.
		{"contains, prefix first", model.PortfolioQuery{Filter: "wind", Limit: 10}, []string{"3", "4", "5", "1"}, 4},
		{"case and punctuation ignored", model.PortfolioQuery{Filter: "W-I-N-D R", Limit: 10}, []string{"3"}, 1},
		{"exact name first", model.PortfolioQuery{Filter: "bluewind", Sort: model.SortARR, Desc: true, Limit: 10}, []string{"5"}, 1},
		{"filter with a sort", model.PortfolioQuery{Filter: "wind", Sort: model.SortARR, Desc: true, Limit: 10}, []string{"3", "1", "4", "5"}, 4},
		{"stage", model.PortfolioQuery{Stage: model.StageAdoption, Limit: 10}, []string{"4"}, 1},
		{"stage and filter", model.PortfolioQuery{Stage: model.StageAtRisk, Filter: "wind", Limit: 10}, []string{"3"}, 1},
		{"no match", model.PortfolioQuery{Filter: "zzz", Limit: 10}, nil, 0},
		{"first page", model.PortfolioQuery{Limit: 2}, []string{"4", "5"}, 5},
		{"second page", model.PortfolioQuery{Offset: 2, Limit: 2}, []string{"2", "1"}, 5},
		{"last page", model.PortfolioQuery{Offset: 4, Limit: 2}, []string{"3"}, 5},
		{"past the end", model.PortfolioQuery{Offset: 9, Limit: 2}, nil, 5},
		{"count only", model.PortfolioQuery{Filter: "wind"}, nil, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.Portfolio(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := rowIDs(page); !reflect.DeepEqual(got, tt.want) || page.Total != tt.total {
				t.Errorf("got %v (total %d), want %v (total %d)", got, page.Total, tt.want, tt.total)
			}
		})
	}
	if _, err := s.Portfolio(context.Background(), model.PortfolioQuery{Stage: "done", Limit: 10}); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("unknown stage: %v", err)
	}
}

func TestPortfolioRowContent(t *testing.T) {
	s := portfolioBook().seed(t)
	ctx := context.Background()
	if err := s.SaveDraft(ctx, model.Draft{AccountID: "4", StartedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	// A call logged now moves last contact and an old one does not.
	if _, err := s.LogCall(ctx, model.Call{AccountID: "4", StartedAt: instant("2026-06-01T10:00:00Z"), Outcome: model.OutcomeConnected}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogCall(ctx, model.Call{AccountID: "4", StartedAt: instant("2026-01-01T10:00:00Z"), Outcome: model.OutcomeConnected}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDraft(ctx, model.Draft{AccountID: "4", StartedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]model.PortfolioRow{}
	for _, r := range page.Rows {
		rows[r.ID] = r
	}
	want := model.PortfolioRow{ID: "4", Name: "Acme Windows", Stage: model.StageAdoption, RenewalDate: day("2027-01-01"), ARR: 20000,
		OpenPains: 3, TopSuggestion: "Analytics", TopKind: model.KindCrossSell, LastContact: instant("2026-06-01T10:00:00Z"), HasDraft: true}
	if !reflect.DeepEqual(rows["4"], want) {
		t.Errorf("row\n got %+v\nwant %+v", rows["4"], want)
	}
	// The stand-in suggests the first product not held; account 1 holds
	// analytics and every crm tier, so support is next; onboarding gets none.
	if rows["1"].TopSuggestion != "Premium Support" || rows["1"].OpenPains != 0 || rows["1"].HasDraft || !rows["1"].LastContact.IsZero() {
		t.Errorf("row 1 %+v", rows["1"])
	}
	if rows["2"].TopSuggestion != "" || rows["2"].OpenPains != 1 || !rows["5"].LastContact.Equal(instant("2026-05-01T10:00:00Z")) {
		t.Errorf("rows 2 and 5: %+v %+v", rows["2"], rows["5"])
	}
}

func rowIDs(p model.PortfolioPage) []string {
	if len(p.Rows) == 0 {
		return nil
	}
	return names(p.Rows, func(r model.PortfolioRow) string { return r.ID })
}

// TestPortfolioPlansAgree checks that walking the sort index and sorting
// the matches give the same windows, whichever the cost model picks.
func TestPortfolioPlansAgree(t *testing.T) {
	b := portfolioBook()
	stages := model.Stages
	for i := range 60 {
		name := []string{"Windmill", "Northwind", "Wind", "Gale", "Breeze"}[i%5] + " " + string(rune('A'+i%26))
		b.account("x"+string(rune('0'+i/10))+string(rune('0'+i%10)), name, func(a *model.Account) {
			a.Stage = stages[i%len(stages)]
			a.ARR = float64(i%7) * 1000
			if i%3 > 0 {
				a.RenewalDate = day("2026-01-01").AddDate(0, 0, i%11)
			}
		})
	}
	// Exact names, so that the exact group is not empty.
	b.account("e1", "Wind", func(a *model.Account) { a.Stage = model.StageAdoption })
	b.account("e2", "wind.", func(a *model.Account) { a.Stage = model.StageAdoption; a.ARR = 3000 })
	b.account("e3", "E")
	s := b.seed(t)
	ctx := context.Background()
	var queries []model.PortfolioQuery
	for _, filter := range []string{"", "wind", "WIND", "gale a", "e"} {
		for _, stage := range []model.Stage{"", model.StageAdoption} {
			for _, sort := range []model.PortfolioSort{model.SortName, model.SortARR, model.SortRenewal, model.SortOpenPains} {
				for _, desc := range []bool{false, true} {
					for _, offset := range []int{0, 3, 40} {
						queries = append(queries, model.PortfolioQuery{Filter: filter, Stage: stage, Sort: sort, Desc: desc, Offset: offset, Limit: 7})
					}
				}
			}
		}
	}
	results := map[string][]model.PortfolioPage{}
	for _, plan := range []struct {
		name string
		walk func(int, int, int64) bool
	}{
		{"cost model", nil},
		{"always walk", func(int, int, int64) bool { return true }},
		{"never walk", func(int, int, int64) bool { return false }},
	} {
		s.walkPlan = plan.walk
		for _, q := range queries {
			page, err := s.Portfolio(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			results[plan.name] = append(results[plan.name], page)
		}
	}
	for i, q := range queries {
		want := results["cost model"][i]
		for _, plan := range []string{"always walk", "never walk"} {
			if got := results[plan][i]; !reflect.DeepEqual(rowIDs(got), rowIDs(want)) || got.Total != want.Total {
				t.Errorf("%+v: %s gives %v (total %d), the cost model %v (total %d)", q, plan, rowIDs(got), got.Total, rowIDs(want), want.Total)
			}
		}
	}
	// A sanity check that the windows are not all empty.
	if p := results["cost model"][len(queries)-1]; p.Total == 0 {
		t.Errorf("no matches for %+v", queries[len(queries)-1])
	}
}
