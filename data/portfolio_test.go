package data

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
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
	if err := s.SaveDraft(ctx, model.Draft{ID: "d4", AccountID: "4", StartedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	// A call logged now moves last contact and an old one does not.
	if _, err := s.LogCall(ctx, model.Call{AccountID: "4", StartedAt: instant("2026-06-01T10:00:00Z"), Outcome: model.OutcomeConnected}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogCall(ctx, model.Call{AccountID: "4", StartedAt: instant("2026-01-01T10:00:00Z"), Outcome: model.OutcomeConnected}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDraft(ctx, model.Draft{ID: "d4", AccountID: "4", StartedAt: time.Now()}); err != nil {
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
		OpenPains: 3, TopSuggestion: "Analytics", TopKind: model.KindCrossSell, LastContact: instant("2026-06-01T10:00:00Z"), Health: -1, HasDraft: true}
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

// nameBook is a generated book whose names exercise the filter: non-ASCII
// letters, punctuation, digits, names shared by several accounts and names
// that are exactly a filter.
func nameBook() *book {
	rng := rand.New(rand.NewPCG(1, 7))
	words := []string{"Wind", "Windmill", "Northwind", "Müller", "MÜLLER GmbH", "Øresund", "Straße", "日本 Trading",
		"O'Brien & Sons", "A.B.C.", "Café Crème", "x-ray", "42nd Street", "Acme", "Gale", "Breeze", "Ærø"}
	b := newBook()
	for i := range 240 {
		name := words[rng.IntN(len(words))]
		if rng.IntN(3) > 0 {
			name += " " + words[rng.IntN(len(words))]
		}
		if rng.IntN(2) == 0 {
			name += fmt.Sprintf(" %d", rng.IntN(60))
		}
		b.account(fmt.Sprintf("n%03d", i), name, func(a *model.Account) {
			a.Stage = model.Stages[rng.IntN(len(model.Stages))]
			a.ARR = float64(rng.IntN(8)) * 1000
			if rng.IntN(3) > 0 {
				a.RenewalDate = day("2026-01-01").AddDate(0, 0, rng.IntN(40))
			}
		})
	}
	// Exact names of filters below, and one name shared by two accounts.
	b.account("e1", "Wind", func(a *model.Account) { a.Stage = model.StageAdoption })
	b.account("e2", "wind.", func(a *model.Account) { a.Stage = model.StageAdoption; a.ARR = 3000 })
	b.account("e3", "Straße")
	b.account("e4", "Straße")
	b.call(model.Call{AccountID: "n001", StartedAt: instant("2026-03-01T10:00:00Z"), Outcome: model.OutcomeConnected})
	b.call(model.Call{AccountID: "e1", StartedAt: instant("2026-04-01T10:00:00Z"), Outcome: model.OutcomeConnected})
	return b
}

// sqlOnly keeps a store from ever reading the names into memory, so that
// it answers every filter from SQL.
func sqlOnly(s *Store) { s.names.closed = true }

// TestPortfolioNameIndexMatchesSQL checks that filtering with the names in
// memory gives exactly the pages SQL gives: the same rows in the same
// order, and the same total, for filters typed on and deleted, with every
// stage and sort, whichever plan picks rows in other orders than by name.
func TestPortfolioNameIndexMatchesSQL(t *testing.T) {
	indexed := nameBook().seed(t)
	ctx := context.Background()
	bySQL, err := Open(indexed.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = bySQL.Close() })
	bySQL.recommendFn = firstUnheld
	sqlOnly(bySQL)
	if err := indexed.PrepareFilter(ctx); err != nil {
		t.Fatal(err)
	}
	if indexed.names.index == nil || indexed.names.index.size() != 244 {
		t.Fatalf("PrepareFilter did not read the 244 names: %+v", indexed.names.index)
	}

	// Typed on and deleted again, so that narrowing a previous filter's
	// matches is exercised, then filters on their own.
	filters := []string{"", "w", "wi", "win", "wind", "windm", "wind", "win", "WIND", "w-i-n-d", "wind.",
		"müller", "MÜLLER", "mueller", "straße", "STRASSE", "日本", "ærø", "o'brien", "obrien", "a.b.c", "é", "e", "42", "4",
		"zzz", "-", "  ", "gale breeze"}
	type order struct {
		sort model.PortfolioSort
		desc bool
	}
	orders := []order{{model.SortName, false}, {model.SortName, true}, {model.SortARR, true}, {model.SortRenewal, false}, {model.SortLastContact, true}}
	plans := map[string]func(int, int, int64) bool{
		"cost model":  nil,
		"always walk": func(int, int, int64) bool { return true },
		"never walk":  func(int, int, int64) bool { return false },
	}
	compared, nonEmpty := 0, 0
	for _, stage := range []model.Stage{"", model.StageAdoption} {
		for _, o := range orders {
			for _, f := range filters {
				for _, offset := range []int{0, 4, 60} {
					q := model.PortfolioQuery{Filter: f, Stage: stage, Sort: o.sort, Desc: o.desc, Offset: offset, Limit: 9}
					want, err := bySQL.Portfolio(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					for name, plan := range plans {
						indexed.walkPlan = plan
						got, err := indexed.Portfolio(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						if !reflect.DeepEqual(got, want) {
							t.Errorf("%+v (%s): with the names in memory %v (total %d), SQL %v (total %d)",
								q, name, rowIDs(got), got.Total, rowIDs(want), want.Total)
						}
					}
					compared++
					if len(want.Rows) > 0 && f != "" {
						nonEmpty++
					}
				}
			}
		}
	}
	if indexed.names.index.last == nil || bySQL.names.index != nil {
		t.Error("the in-memory names were not the ones answering")
	}
	if nonEmpty < compared/3 {
		t.Errorf("only %d of %d filtered windows have rows: the book does not exercise the filters", nonEmpty, compared)
	}
}

// waitForNames waits until the store holds names read at the accounts
// version the database is at.
func waitForNames(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(5 * time.Second)
	for {
		version, err := s.Meta(ctx, metaAccountsVersion)
		if err != nil {
			t.Fatal(err)
		}
		// current starts a load when the names are stale.
		if s.names.current(s, version) != nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the names were not read again at accounts version %q", version)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestPortfolioNamesFollowChanges checks that names in memory never answer
// after the accounts changed, in this process or another: the filter is
// answered from SQL and the names are read again in the background.
func TestPortfolioNamesFollowChanges(t *testing.T) {
	s := newBook().
		account("1", "Alpha").
		account("2", "Beta", func(a *model.Account) { a.Stage = model.StageAdoption }).
		seed(t)
	ctx := context.Background()
	// No PrepareFilter: the first filter starts reading the names.
	count := func(filter string, stage model.Stage) int {
		t.Helper()
		page, err := s.Portfolio(ctx, model.PortfolioQuery{Filter: filter, Stage: stage, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		return page.Total
	}
	if n := count("gamma", ""); n != 0 {
		t.Fatalf("gamma matches %d before it exists", n)
	}
	waitForNames(t, s)
	before := s.names.index

	// Another store (another process) adds, renames and moves accounts.
	other, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	err = other.Update(ctx, func(tx *sql.Tx) error {
		// Rowids far apart and below zero, as hand edits may leave them.
		_, err := tx.ExecContext(ctx, `INSERT INTO accounts (rowid, id, name, name_key, stage)
			VALUES (5000000, '3', 'Gamma', 'gamma', 'advocate'), (-7, '4', 'Gamma Ray', 'gammaray', 'advocate')`)
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE accounts SET name = 'Gamma Beta', name_key = 'gammabeta', stage = 'churned' WHERE id = '2'`)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, pass := range []string{"stale names", "names read again"} {
		if n := count("gamma", ""); n != 3 {
			t.Errorf("%s: gamma matches %d accounts, want 3", pass, n)
		}
		if n := count("beta", model.StageChurned); n != 1 {
			t.Errorf("%s: beta among churned matches %d, want 1", pass, n)
		}
		if n := count("beta", model.StageAdoption); n != 0 {
			t.Errorf("%s: beta among adoption matches %d, want 0", pass, n)
		}
		waitForNames(t, s)
	}
	if s.names.index == before || s.names.index.size() != 4 {
		t.Errorf("the names were not read again after the accounts changed: %d names", s.names.index.size())
	}
}

// TestPortfolioNamesThatCannotBeHeld checks that a name key the names in
// memory cannot hold (a NUL, written by hand) leaves filtering to SQL.
func TestPortfolioNamesThatCannotBeHeld(t *testing.T) {
	s := newBook().account("1", "Alpha").account("2", "Alpine").seed(t)
	ctx := context.Background()
	err := s.Update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE accounts SET name_key = 'alp' || char(0) || 'ine' WHERE id = '2'`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PrepareFilter(ctx); model.ErrorCode(err) != model.EINTERNAL {
		t.Errorf("PrepareFilter = %v, want an internal error", err)
	}
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Filter: "alp", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowIDs(page); !reflect.DeepEqual(got, []string{"2", "1"}) {
		t.Errorf("alp gives %v, want both accounts, the NUL first", got)
	}
}

func TestPortfolioFilterWithoutAccounts(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if err := s.PrepareFilter(ctx); err != nil {
		t.Fatal(err)
	}
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Filter: "acme", Limit: 10})
	if err != nil || page.Total != 0 || len(page.Rows) != 0 {
		t.Errorf("an empty book filtered: %+v, %v", page, err)
	}
	if s.names.index == nil || s.names.index.size() != 0 {
		t.Errorf("names of an empty book: %+v", s.names.index)
	}
}

// BenchmarkPortfolioTyping times each keystroke of typing names into the
// filter of a store opened afresh, as the terminal UI does: names and peer
// statistics read (PrepareFilter) and the first screen shown beforehand,
// untimed; no top suggestion kept from an earlier run.
func BenchmarkPortfolioTyping(b *testing.B) {
	largeStore(b) // builds the book
	ctx := context.Background()
	words := []string{"stone river", "blue oak", "summit", "iron delta"}
	keys := 0
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := Open(large.path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Portfolio(ctx, model.PortfolioQuery{Limit: 35}); err != nil {
			b.Fatal(err)
		}
		if err := s.PrepareFilter(ctx); err != nil {
			b.Fatal(err)
		}
		word := words[i%len(words)]
		b.StartTimer()
		for n := 1; n <= len(word); n++ {
			if _, err := s.Portfolio(ctx, model.PortfolioQuery{Filter: word[:n], Limit: 35}); err != nil {
				b.Fatal(err)
			}
			keys++
		}
		b.StopTimer()
		_ = s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(keys), "ms/key")
}
