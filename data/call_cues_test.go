package data

import (
	"context"
	"reflect"
	"testing"

	"talktrack/model"
)

func TestCallCuesAndQuantitiesAreSavedWithTheCall(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	cues := []model.Cue{
		{Kind: model.CuePrice, Text: "zu teuer"},
		{Kind: model.CueGrowth, Text: "20 neue Leute", Number: 20},
		{Kind: model.CuePain, Text: "Import schlägt fehl", Category: "integration", Severity: 3},
		{Kind: model.CueCompetitor, Text: "HubSpot", Competitor: "HubSpot"},
		{Kind: model.CueTiming, Text: "Q2", Number: 2, Unit: "q"},
	}
	c := model.Call{AccountID: "A1", StartedAt: instant("2026-03-01T09:00:00Z"), Outcome: model.OutcomeConnected,
		Offers: []model.Offer{{ProductID: "crm-pro", Response: model.ResponseAccepted, Quantity: 20}}, Cues: cues}
	if _, err := s.LogCall(ctx, c); err != nil {
		t.Fatal(err)
	}
	calls, err := s.Calls(ctx, "A1")
	if err != nil || len(calls) != 1 {
		t.Fatalf("calls %v, %v", calls, err)
	}
	if !reflect.DeepEqual(calls[0].Cues, cues) {
		t.Errorf("cues\n got %+v\nwant %+v", calls[0].Cues, cues)
	}
	if calls[0].Offers[0].Quantity != 20 {
		t.Errorf("offer %+v, want quantity 20", calls[0].Offers[0])
	}
}

func TestNoteCompetitor(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	if err := s.NoteCompetitor(ctx, "A1", "HubSpot", "nutzen HubSpot", instant("2026-03-01T09:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if err := s.NoteCompetitor(ctx, "A1", "HubSpot", "HubSpot ist billiger", instant("2026-03-02T09:00:00Z")); err != nil {
		t.Fatal(err)
	}
	got, err := s.Competitors(ctx, "A1")
	if err != nil || len(got) != 1 || got[0].Words != "HubSpot ist billiger" || got[0].Name != "HubSpot" {
		t.Fatalf("competitors %+v, %v", got, err)
	}
	if err := s.NoteCompetitor(ctx, "nobody", "HubSpot", "", instant("2026-03-02T09:00:00Z")); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("unknown account: %v", err)
	}
}

func TestCueOutcomesCountWhatFollowedEachCue(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	price := model.Cue{Kind: model.CuePrice, Text: "too expensive"}
	growth := model.Cue{Kind: model.CueGrowth, Text: "hiring 20", Number: 20}
	for _, c := range []model.Call{
		{Cues: []model.Cue{price, growth}, Offers: []model.Offer{{ProductID: "crm-pro", Response: model.ResponseAccepted}, {ProductID: "crm-ent", Response: model.ResponseDeclined}}},
		{Cues: []model.Cue{price}, Offers: []model.Offer{{ProductID: "crm-pro", Response: model.ResponseInterested}}},
		{Cues: []model.Cue{price}},
	} {
		c.AccountID, c.StartedAt, c.Outcome = "A1", instant("2026-03-01T09:00:00Z"), model.OutcomeConnected
		if _, err := s.LogCall(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.CueOutcomes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []model.CueOutcome{
		{Kind: model.CuePrice, Calls: 3, Accepted: 1, Interested: 1},
		{Kind: model.CueGrowth, Calls: 1, Accepted: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outcomes %+v, want %+v", got, want)
	}
}

func TestAccountViewShowsNotedCompetitors(t *testing.T) {
	s := newBook().account("A1", "Acme").seed(t)
	ctx := context.Background()
	if err := s.NoteCompetitor(ctx, "A1", "Zendesk", "evaluating Zendesk", instant("2026-03-01T09:00:00Z")); err != nil {
		t.Fatal(err)
	}
	v, err := s.AccountView(ctx, "A1", instant("2026-03-02T09:00:00Z"))
	if err != nil || len(v.Competitors) != 1 || v.Competitors[0].Name != "Zendesk" {
		t.Fatalf("competitors %+v, %v", v.Competitors, err)
	}
}
