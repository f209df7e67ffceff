package data

import (
	"context"
	"reflect"
	"testing"
	"time"

	"talktrack/model"
)

// acmeBook is one well-described account and a sparse neighbour.
func acmeBook() *book {
	return newBook().
		account("A1", "Acme Retail", func(a *model.Account) {
			a.RenewalDate = day("2027-03-12")
			a.StageSince = day("2026-01-05")
			a.StageInferred = true
			a.Locale = "de"
			a.ARR = 52000.5
		}).
		account("B2", "Bolt Logistics", func(a *model.Account) { a.Industry = "logistics" }).
		contact(model.Contact{ID: "c2", AccountID: "A1", Name: "Zoe Ng", Title: "COO"}).
		contact(model.Contact{ID: "c1", AccountID: "A1", Name: "Yann Berg", Title: "CTO", Email: "y@acme.test", Primary: true}).
		holds("A1", "support", "crm-pro", "analytics").
		pain(model.PainPoint{AccountID: "A1", Category: "reporting", Title: "old and fixed", Severity: 3, Status: model.PainResolved, NotedAt: instant("2026-02-01T09:00:00Z")}).
		pain(model.PainPoint{AccountID: "A1", Category: "scale", Title: "minor, older", Severity: 1, Status: model.PainOpen, NotedAt: instant("2025-06-01T09:00:00Z")}).
		pain(model.PainPoint{AccountID: "A1", Category: "scale", Title: "minor, newer", Severity: 1, Status: model.PainOpen, NotedAt: instant("2026-06-01T09:00:00Z")}).
		pain(model.PainPoint{AccountID: "A1", Category: "support", Title: "tickets take a week", Severity: 3, Status: model.PainOpen, NotedAt: instant("2025-01-01T09:00:00Z")}).
		call(model.Call{AccountID: "A1", ContactID: "c1", StartedAt: instant("2026-05-01T14:00:00Z"), Duration: 12 * time.Minute,
			Outcome: model.OutcomeConnected, Notes: "asked about pro", FollowUp: day("2026-05-15"),
			Offers: []model.Offer{{ProductID: "crm-ent", Response: model.ResponseDeclined}, {ProductID: "analytics", Response: model.ResponseInterested}}}).
		call(model.Call{AccountID: "A1", StartedAt: instant("2026-06-01T08:30:00Z"), Outcome: model.OutcomeNoAnswer})
}

func TestAccountViewRoundTrip(t *testing.T) {
	s := acmeBook().seed(t)
	ctx := context.Background()
	var seen model.BriefingInput
	s.recommendFn = func(in model.BriefingInput) model.Briefing {
		seen = in
		return firstUnheld(in)
	}
	now := instant("2026-07-01T10:00:00Z")
	v, err := s.AccountView(ctx, "A1", now)
	if err != nil {
		t.Fatal(err)
	}

	want := model.Account{ID: "A1", Name: "Acme Retail", Industry: "retail", SizeBand: "200-999", Employees: 300,
		Region: "EMEA", Locale: "de", ARR: 52000.5, Owner: "Sam", RenewalDate: day("2027-03-12"),
		Stage: model.StageValueRealized, StageSince: day("2026-01-05"), StageInferred: true,
		Currency: "USD"} // none stored: the playbook's
	if !reflect.DeepEqual(v.Account, want) {
		t.Errorf("account\n got %+v\nwant %+v", v.Account, want)
	}
	// An account with its own currency keeps it.
	if _, err := s.DB().ExecContext(ctx, `UPDATE accounts SET currency = 'EUR' WHERE id = 'A1'`); err != nil {
		t.Fatal(err)
	}
	if v, err = s.AccountView(ctx, "A1", now); err != nil || v.Account.Currency != "EUR" {
		t.Fatalf("currency %q, %v; want EUR", v.Account.Currency, err)
	}
	want.Currency = "EUR"
	if !reflect.DeepEqual(v.Account, want) {
		t.Errorf("account\n got %+v\nwant %+v", v.Account, want)
	}
	if got := names(v.Contacts, func(c model.Contact) string { return c.ID }); !reflect.DeepEqual(got, []string{"c1", "c2"}) {
		t.Errorf("contacts %v, want primary first", got)
	}
	if got := names(v.Holdings, func(h model.HeldProduct) string { return h.Product.ID }); !reflect.DeepEqual(got, []string{"analytics", "crm-pro", "support"}) {
		t.Errorf("holdings %v, want by family then tier", got)
	}
	h := v.Holdings[1]
	if h.AccountID != "A1" || h.ProductID != "crm-pro" || h.Quantity != 10 || h.SeatsUsed != 5 || !h.Since.Equal(day("2024-01-15")) ||
		h.Product.Name != "CRM Pro" || h.Product.Tier != 2 || !h.Product.Seated || !reflect.DeepEqual(h.Product.Pains, []string{"scale"}) {
		t.Errorf("holding %+v", h)
	}
	wantPains := []string{"tickets take a week", "minor, newer", "minor, older", "old and fixed"}
	if got := names(v.Pains, func(p model.PainPoint) string { return p.Title }); !reflect.DeepEqual(got, wantPains) {
		t.Errorf("pains %v, want %v", got, wantPains)
	}
	if p := v.Pains[0]; p.ID == 0 || p.Category != "support" || p.Severity != 3 || p.Status != model.PainOpen || !p.NotedAt.Equal(instant("2025-01-01T09:00:00Z")) {
		t.Errorf("pain %+v", p)
	}

	if len(v.RecentCalls) != 2 || v.RecentCalls[0].Outcome != model.OutcomeNoAnswer {
		t.Fatalf("recent calls %+v, want 2 newest first", v.RecentCalls)
	}
	c := v.RecentCalls[1]
	if len(c.GlobalID) != 36 {
		t.Errorf("call's global id %q, want a UUID", c.GlobalID)
	}
	wantCall := model.Call{ID: c.ID, GlobalID: c.GlobalID, AccountID: "A1", ContactID: "c1", StartedAt: instant("2026-05-01T14:00:00Z"), Duration: 12 * time.Minute,
		Outcome: model.OutcomeConnected, Notes: "asked about pro", FollowUp: day("2026-05-15"),
		Offers: []model.Offer{{ProductID: "analytics", Response: model.ResponseInterested}, {ProductID: "crm-ent", Response: model.ResponseDeclined}}}
	if !reflect.DeepEqual(c, wantCall) {
		t.Errorf("call\n got %+v\nwant %+v", c, wantCall)
	}
	if v.Draft != nil {
		t.Errorf("draft %+v, want none", v.Draft)
	}

	// What the briefing was computed from.
	if !seen.Now.Equal(now) || seen.Catalog == nil || len(seen.Catalog.Products) != 5 {
		t.Errorf("briefing input: now %v, catalog %v", seen.Now, seen.Catalog)
	}
	if len(seen.Holdings) != 3 || len(seen.Pains) != 4 {
		t.Errorf("briefing input: %d holdings, %d pains", len(seen.Holdings), len(seen.Pains))
	}
	wantOffers := []model.PastOffer{
		{ProductID: "analytics", Response: model.ResponseInterested, At: instant("2026-05-01T14:00:00Z")},
		{ProductID: "crm-ent", Response: model.ResponseDeclined, At: instant("2026-05-01T14:00:00Z")},
	}
	if !reflect.DeepEqual(seen.PastOffers, wantOffers) {
		t.Errorf("past offers %+v", seen.PastOffers)
	}
	if seen.Peers.Segment != "retail|200-999" || seen.Peers.Accounts != 1 {
		t.Errorf("peers %+v", seen.Peers)
	}
	if len(v.Briefing.Suggestions) != 1 || v.Briefing.Suggestions[0].Product.ID != "crm-basic" {
		t.Errorf("briefing %+v, want the stand-in's crm-basic", v.Briefing)
	}
}

func TestAccountViewShowsDraftAndTenCalls(t *testing.T) {
	b := newBook().account("A1", "Acme")
	for i := range 12 {
		b.call(model.Call{AccountID: "A1", StartedAt: instant("2026-01-01T10:00:00Z").Add(time.Duration(i) * time.Hour), Outcome: model.OutcomeBusy})
	}
	s := b.seed(t)
	ctx := context.Background()
	d := model.Draft{ID: "d1", AccountID: "A1", StartedAt: instant("2026-02-01T10:00:00Z"), Notes: "typing…"}
	if err := s.SaveDraft(ctx, d); err != nil {
		t.Fatal(err)
	}
	v, err := s.AccountView(ctx, "A1", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(v.RecentCalls) != 10 || !v.RecentCalls[0].StartedAt.Equal(instant("2026-01-01T21:00:00Z")) {
		t.Errorf("%d recent calls, first at %v; want the 10 newest", len(v.RecentCalls), v.RecentCalls[0].StartedAt)
	}
	if v.Draft == nil || v.Draft.Notes != "typing…" {
		t.Errorf("draft %+v", v.Draft)
	}
}

func TestAccountViewUnknown(t *testing.T) {
	s := acmeBook().seed(t)
	_, err := s.AccountView(context.Background(), "nope", time.Now())
	if model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("err %v, want not found", err)
	}
}

// TestAccountViewBriefing runs the real recommendation on stored data: the
// peer and past-offer facts the store loads must reach it.
func TestAccountViewBriefing(t *testing.T) {
	recommendReady(t)
	b := newBook().account("A1", "Acme Retail").holds("A1", "crm-basic").
		pain(model.PainPoint{AccountID: "A1", Category: "reporting", Title: "we build reports by hand", Severity: 3, Status: model.PainOpen}).
		account("C1", "Churned Co", func(a *model.Account) { a.Stage = model.StageChurned }).holds("C1", "crm-basic")
	s := newStore(t)
	if err := s.InsertDataset(context.Background(), b.ds); err != nil {
		t.Fatal(err)
	}
	now := instant("2026-07-01T10:00:00Z")
	v, err := s.AccountView(context.Background(), "A1", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Briefing.Suggestions) == 0 {
		t.Fatalf("no suggestions for a value_realized account with an open reporting pain: %+v", v.Briefing)
	}
	var found bool
	for _, sg := range v.Briefing.Suggestions {
		if sg.Product.ID == "analytics" && len(sg.Solves) == 1 && sg.Solves[0] == v.Pains[0].ID {
			found = true
		}
	}
	if !found {
		t.Errorf("analytics solving pain %d not suggested: %+v", v.Pains[0].ID, v.Briefing.Suggestions)
	}
	churned, err := s.AccountView(context.Background(), "C1", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(churned.Briefing.Suggestions) != 0 || churned.Briefing.Guidance == "" {
		t.Errorf("churned briefing %+v, want guidance only", churned.Briefing)
	}
}

// names maps a slice to the strings tests compare.
func names[T any](xs []T, f func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
