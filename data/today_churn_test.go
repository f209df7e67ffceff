package data

import (
	"context"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// TestTodayListsAChurnRiskHeard: an account whose latest conversation
// said it may leave joins the at-risk part of the day's queue with the
// words heard, until a later conversation without them; one heard longer
// ago than HeardFor does not.
func TestTodayListsAChurnRiskHeard(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	q := model.TodayQuery{Now: demoNow}
	before, err := s.Today(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, a := range accounts {
		if (a.Stage == model.StageAdvocate || a.Stage == model.StageValueRealized) && a.Locale == "en" && !itemIDs(before.AtRisk)[a.ID] {
			id = a.ID
			break
		}
	}
	if id == "" {
		t.Fatal("no healthy English account in the demo")
	}
	d, err := s.CueDetector(ctx)
	if err != nil {
		t.Fatal(err)
	}
	log := func(at time.Time, notes string) {
		t.Helper()
		c := model.Call{AccountID: id, StartedAt: at, Outcome: model.OutcomeConnected, Notes: notes, Cues: d.Detect(notes, "en")}
		if _, err := s.LogCall(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	find := func() *model.TodayItem {
		t.Helper()
		today, err := s.Today(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range today.AtRisk.Items {
			if it.AccountID == id {
				return &today.AtRisk.Items[i]
			}
		}
		return nil
	}

	log(demoNow.Add(-model.HeardFor-time.Hour), "Call with Dana. They are looking at alternatives.")
	if it := find(); it != nil {
		t.Fatalf("a churn risk heard %v ago is queued: %+v", model.HeardFor, it)
	}
	log(demoNow.Add(-2*time.Hour), "Call with Dana. They are looking at alternatives before the renewal.")
	it := find()
	if it == nil || it.Kind != model.TodayChurnHeard || !strings.Contains(it.Why, "Churn risk heard on the call of 29 Nov 2026: “They are looking at alternatives before the renewal”") {
		t.Fatalf("churn risk heard today: %+v", it)
	}
	// A later call that says nothing of it keeps it queued, as the
	// briefing keeps holding offers back; one that says they stay does not.
	log(demoNow.Add(-90*time.Minute), "Call with Dana. Walked through the new dashboards.")
	if it := find(); it == nil || it.Kind != model.TodayChurnHeard {
		t.Errorf("a later ordinary conversation dropped the churn risk: %+v", it)
	}
	log(demoNow.Add(-time.Hour), "Call with Dana. They are staying with us, renewal is safe.")
	if it := find(); it != nil {
		t.Errorf("a later call saying they stay still queues it: %+v", it)
	}
}

// TestASlippingAccountSaysTheChurnRiskHeard: an account already listed as
// slipping names the churn risk heard on its latest call, in their words,
// over any other weak point.
func TestASlippingAccountSaysTheChurnRiskHeard(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	q := model.TodayQuery{Now: demoNow}
	before, err := s.Today(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, it := range before.AtRisk.Items {
		if it.Kind == model.TodaySlipping {
			id = it.AccountID
			break
		}
	}
	if id == "" {
		t.Fatal("no slipping account in the demo")
	}
	c := model.Call{AccountID: id, StartedAt: demoNow.Add(-time.Hour), Outcome: model.OutcomeConnected, Notes: "They are looking at alternatives.",
		Cues: []model.Cue{{Kind: model.CueChurnRisk, Text: "looking at alternatives"}}}
	if _, err := s.LogCall(ctx, c); err != nil {
		t.Fatal(err)
	}
	after, err := s.Today(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range after.AtRisk.Items {
		if it.AccountID == id {
			found = true
			if !strings.Contains(it.Why, "churn-risk cue heard today: “looking at alternatives”") {
				t.Errorf("slipping account's line does not say the churn risk: %q", it.Why)
			}
		}
	}
	if !found {
		t.Errorf("%s left the queue after a churn risk was heard", id)
	}
}

// TestAFollowUpQuotesTheSentenceThatSetIt: the queue quotes the sentence
// of the notes that set the follow-up day, not the note's first.
func TestAFollowUpQuotesTheSentenceThatSetIt(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	id := accounts[0].ID
	y, m, d := demoNow.Date()
	c := model.Call{AccountID: id, StartedAt: demoNow.Add(-time.Hour), Outcome: model.OutcomeConnected,
		Notes:    "Spoke w/ Wei. Budget is frozen until the 1st of next month, call then.",
		Cues:     []model.Cue{{Kind: model.CueTiming, Text: "call then"}},
		FollowUp: time.Date(y, m, d, 0, 0, 0, 0, demoNow.Location())}
	if _, err := s.LogCall(ctx, c); err != nil {
		t.Fatal(err)
	}
	today, err := s.Today(ctx, model.TodayQuery{Now: demoNow, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range today.FollowUps.Items {
		if it.AccountID == id {
			if !strings.Contains(it.Note, "Budget is frozen until the 1st of next month") {
				t.Errorf("follow-up quotes %q", it.Note)
			}
			return
		}
	}
	t.Fatalf("%s not among the follow-ups due", id)
}
