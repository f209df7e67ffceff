package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// TestBriefingsLearnFromLoggedAnswers checks that answers logged in calls
// reach the next briefing: analytics welcomed by six accounts, premium
// support declined by six, and the seventh account hears about both.
func TestBriefingsLearnFromLoggedAnswers(t *testing.T) {
	b := newBook()
	for i := range 7 {
		id := fmt.Sprintf("c%d", i)
		b.account(id, "Account "+id, func(a *model.Account) { a.ARR = 1_000_000 }).holds(id, "crm-basic")
	}
	s := realRules(t, b)
	ctx := context.Background()
	reasons := func() string {
		t.Helper()
		v, err := s.AccountView(ctx, "c6", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, sg := range v.Briefing.Suggestions {
			for _, r := range sg.Reasons {
				all = append(all, fmt.Sprintf("%s: %+d %s", sg.Product.ID, r.Points, r.Text))
			}
		}
		return strings.Join(all, "\n")
	}
	if got := reasons(); strings.Contains(got, "offered") {
		t.Fatalf("answers counted before any call:\n%s", got)
	}
	for i := range 6 {
		_, err := s.LogCall(ctx, model.Call{AccountID: fmt.Sprintf("c%d", i), StartedAt: time.Now().Add(-time.Hour), Outcome: model.OutcomeConnected,
			Offers: []model.Offer{{ProductID: "analytics", Response: model.ResponseAccepted}, {ProductID: "support", Response: model.ResponseDeclined}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	got := reasons()
	for _, want := range []string{"analytics: +", "6 of 6 offers of Analytics to similar customers were accepted or met with interest"} {
		if !strings.Contains(got, want) {
			t.Errorf("after six acceptances the briefing lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "support: +") && strings.Contains(got, "offered Premium Support") {
		t.Errorf("six declines of Premium Support count for it:\n%s", got)
	}
}
