package data

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"talktrack/model"
)

// suggestionBook has accounts that the real rules make different offers:
// upgrades, complements, pains to solve, and stages with no offers.
func suggestionBook() *book {
	b := newBook()
	for i := range 40 {
		id := fmt.Sprintf("s%02d", i)
		b.account(id, fmt.Sprintf("Account %02d", i), func(a *model.Account) {
			a.Stage = []model.Stage{model.StageValueRealized, model.StageAdvocate, model.StageAdoption, model.StageOnboarding}[i%4]
			if i%3 == 0 {
				a.RenewalDate = time.Now().AddDate(0, 0, 30).Truncate(24 * time.Hour)
			}
		})
		switch i % 5 {
		case 0:
			b.holds(id, "crm-basic")
		case 1:
			b.holds(id, "crm-pro", "analytics")
		case 2:
			b.holds(id, "crm-basic", "support")
		case 3:
			b.holds(id, "analytics")
		}
		if i%2 == 0 {
			b.pain(model.PainPoint{AccountID: id, Category: []string{"scale", "support", "reporting"}[i%3], Title: "it hurts", Severity: 1 + i%3, Status: model.PainOpen})
		}
	}
	return b
}

// realRules seeds a book whose briefings use model.Recommend.
func realRules(t *testing.T, b *book) *Store {
	t.Helper()
	recommendReady(t)
	s := b.seed(t)
	s.recommendFn = nil
	return s
}

// checkTopsAgainstAccountView checks every row's top suggestion against
// the first suggestion of the account's briefing, and returns the rows by
// account.
func checkTopsAgainstAccountView(t *testing.T, s *Store) map[string]model.PortfolioRow {
	t.Helper()
	ctx := context.Background()
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]model.PortfolioRow{}
	for _, r := range page.Rows {
		rows[r.ID] = r
		v, err := s.AccountView(ctx, r.ID, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		var name string
		var kind model.SuggestionKind
		if sg := v.Briefing.Suggestions; len(sg) > 0 {
			name, kind = sg[0].Product.Name, sg[0].Kind
		}
		if r.TopSuggestion != name || r.TopKind != kind {
			t.Errorf("%s: the portfolio shows %q (%s), the briefing leads with %q (%s)", r.ID, r.TopSuggestion, r.TopKind, name, kind)
		}
	}
	return rows
}

// TestTopSuggestionsAreTheBriefingsFirst checks the portfolio's top
// suggestions against AccountView, fresh, kept, and after calls logged by
// another process and here declined them.
func TestTopSuggestionsAreTheBriefingsFirst(t *testing.T) {
	s := realRules(t, suggestionBook())
	ctx := context.Background()
	rows := checkTopsAgainstAccountView(t, s)
	offered := 0
	for _, r := range rows {
		if r.TopSuggestion != "" {
			offered++
		}
	}
	// Seats half used hold back every upgrade: cross-sells remain.
	if offered < 10 || offered == len(rows) {
		t.Fatalf("%d of %d accounts get a suggestion: the book should mix both", offered, len(rows))
	}
	// Kept now: the same again.
	checkTopsAgainstAccountView(t, s)

	decline := func(st *Store, id string) string {
		t.Helper()
		v, err := st.AccountView(ctx, id, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		top := v.Briefing.Suggestions[0].Product
		_, err = st.LogCall(ctx, model.Call{AccountID: id, StartedAt: time.Now().Add(-time.Hour), Outcome: model.OutcomeConnected,
			Offers: []model.Offer{{ProductID: top.ID, Response: model.ResponseDeclined}}})
		if err != nil {
			t.Fatal(err)
		}
		return top.Name
	}
	other, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	// Two accounts that get an offer, in id order.
	var with []string
	for i := range 40 {
		if id := fmt.Sprintf("s%02d", i); rows[id].TopSuggestion != "" && len(with) < 2 {
			with = append(with, id)
		}
	}
	declined := decline(other, with[0])
	after := checkTopsAgainstAccountView(t, s)
	if after[with[0]].TopSuggestion == declined {
		t.Errorf("%s still shows %s after another process logged its decline", with[0], declined)
	}
	declined = decline(s, with[1])
	after = checkTopsAgainstAccountView(t, s)
	if after[with[1]].TopSuggestion == declined {
		t.Errorf("%s still shows %s after declining it", with[1], declined)
	}
}

// TestTopSuggestionsAreKept checks that showing rows again ranks nothing
// again, and that logging a call ranks again that account only.
func TestTopSuggestionsAreKept(t *testing.T) {
	s := realRules(t, suggestionBook())
	ctx := context.Background()
	var ranked atomic.Int32
	s.recommendFn = func(in model.BriefingInput) model.Briefing {
		ranked.Add(1)
		return model.Recommend(in)
	}
	show := func() int {
		t.Helper()
		ranked.Store(0)
		if _, err := s.Portfolio(ctx, model.PortfolioQuery{Limit: 100}); err != nil {
			t.Fatal(err)
		}
		return int(ranked.Load())
	}
	if n := show(); n != 30 {
		t.Errorf("the first page ranked %d accounts, want the 30 whose stage allows offers", n)
	}
	if n := show(); n != 0 {
		t.Errorf("showing the page again ranked %d accounts, want none", n)
	}
	if _, err := s.LogCall(ctx, model.Call{AccountID: "s05", StartedAt: time.Now(), Outcome: model.OutcomeConnected}); err != nil {
		t.Fatal(err)
	}
	if n := show(); n != 1 {
		t.Errorf("after a call with s05 the page ranked %d accounts, want 1", n)
	}
	if err := s.Update(ctx, func(*sql.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if n := show(); n != 0 {
		t.Errorf("after a transaction that wrote nothing the page ranked %d accounts, want none", n)
	}
	if err := s.Update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE accounts SET arr = arr + 1 WHERE id = 's07'`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if n := show(); n != 30 {
		t.Errorf("after a bulk write the page ranked %d accounts, want all 30 again", n)
	}
}

// TestBriefCacheKeepsTopsWhileValid checks what briefCache hands out: a
// top suggestion before its horizon and in the same time zone, facts
// otherwise, nothing from older versions, and nothing for a query reading
// an older snapshot.
func TestBriefCacheKeepsTopsWhileValid(t *testing.T) {
	now := time.Date(2026, 6, 15, 14, 0, 0, 0, time.UTC)
	v1 := briefVersions{accounts: "3", calls: "7", peers: "1", playbook: "2"}
	var c briefCache
	if l := c.get(v1, now, []string{"a", "b"}); !l.use || len(l.missing) != 2 {
		t.Fatalf("empty cache: %+v", l)
	}
	facts := &accountFacts{}
	c.putFacts(v1, map[string]*accountFacts{"a": facts, "b": facts})
	c.putTop(v1, "a", topPick{"CRM Pro", model.KindUpsell}, now.Add(time.Hour), time.UTC)

	tests := []struct {
		name             string
		v                briefVersions
		at               time.Time
		top, facts, miss int
		use              bool
	}{
		{"before the horizon", v1, now.Add(59 * time.Minute), 1, 1, 0, true},
		{"at the horizon", v1, now.Add(time.Hour), 0, 2, 0, true},
		{"another time zone", v1, now.In(time.FixedZone("X", 3600)), 0, 2, 0, true},
		{"an older snapshot", briefVersions{accounts: "3", calls: "6", peers: "1", playbook: "2"}, now, 0, 0, 2, false},
	}
	for _, tt := range tests {
		l := c.get(tt.v, tt.at, []string{"a", "b"})
		if len(l.tops) != tt.top || len(l.facts) != tt.facts || len(l.missing) != tt.miss || l.use != tt.use {
			t.Errorf("%s: %d tops, %d facts, %d missing, use %v; want %d, %d, %d, %v",
				tt.name, len(l.tops), len(l.facts), len(l.missing), l.use, tt.top, tt.facts, tt.miss, tt.use)
		}
	}
	// A call logged here drops only its account; one logged elsewhere
	// too (two versions on) drops everything at the next look.
	c.forgetOffers("b", "8")
	v2 := briefVersions{accounts: "3", calls: "8", peers: "1", playbook: "2"}
	if l := c.get(v2, now, []string{"a", "b"}); len(l.tops) != 1 || len(l.missing) != 1 || l.missing[0] != "b" {
		t.Errorf("after a call with b: %+v", l)
	}
	c.forgetOffers("b", "10")
	v3 := briefVersions{accounts: "3", calls: "10", peers: "1", playbook: "2"}
	if l := c.get(v3, now, []string{"a"}); len(l.tops) != 0 || len(l.missing) != 1 {
		t.Errorf("after calls logged elsewhere: %+v", l)
	}
	// The cache is bounded.
	for i := range briefCacheSize + 10 {
		c.putTop(v3, fmt.Sprint(i), topPick{}, now.Add(time.Hour), time.UTC)
	}
	if n := len(c.entries); n > briefCacheSize {
		t.Errorf("the cache holds %d accounts, more than %d", n, briefCacheSize)
	}
}

// TestWarmPeersAreTheOnesReadOnDemand checks that peer statistics read all
// at once (PrepareFilter) are those read account by account.
func TestWarmPeersAreTheOnesReadOnDemand(t *testing.T) {
	b := suggestionBook()
	for i := range b.ds.Accounts {
		b.ds.Accounts[i].Industry = []string{"retail", "software", "health"}[i%3]
		b.ds.Accounts[i].SizeBand = []string{"1-49", "200-999"}[i%2]
	}
	s := b.seed(t)
	ctx := context.Background()
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(accounts))
	for i, a := range accounts {
		ids[i] = a.ID
	}
	facts, err := loadAccountFacts(ctx, s.db, cat, ids)
	if err != nil {
		t.Fatal(err)
	}
	wants := peerWants(accounts, facts)
	// Segments nobody is in, and products nobody holds, are asked too.
	wants = append(wants, peerWant{segment: "mining|1-49", held: []string{"crm-pro"}}, peerWant{segment: "retail|1-49", held: []string{"support", "nothing"}})

	var lazy, warm peerCache
	want, err := lazy.peerStats(ctx, s.db, wants)
	if err != nil {
		t.Fatal(err)
	}
	if err := warm.warm(ctx, s.db); err != nil {
		t.Fatal(err)
	}
	segments := len(warm.segments)
	got, err := warm.peerStats(ctx, s.db, wants)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warm peers differ from those read on demand:\n got %+v\nwant %+v", got, want)
	}
	if segments != 6 || want[0].Accounts == 0 {
		t.Errorf("the book should have six segments with accounts: %d, %+v", segments, want[0])
	}
}
