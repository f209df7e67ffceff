package data

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// expands reports whether a briefing offers an upgrade or more seats.
func expands(b model.Briefing) bool {
	return slices.ContainsFunc(b.Suggestions, func(s model.Suggestion) bool {
		return s.Kind == model.KindUpsell || s.Kind == model.KindSeats
	})
}

func TestAPriceObjectionOnTheLatestCallHoldsBackExpansionUntilTheNextCall(t *testing.T) {
	ctx := context.Background()
	s, id, now, view, _ := leadingWithExpansion(t)
	logCall := func(at time.Time, o model.Outcome, notes string, cues ...model.Cue) {
		t.Helper()
		if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: at, Outcome: o, Notes: notes, Cues: cues}); err != nil {
			t.Fatal(err)
		}
	}

	logCall(now.Add(-2*time.Hour), model.OutcomeConnected, "Went through usage. Jo says it is way too expensive for what they use. Call in May.", model.Cue{Kind: model.CuePrice, Text: "way too expensive"})
	b := view()
	if expands(b) {
		t.Errorf("%s: an upgrade or seats offered after “way too expensive” on the call: %+v", id, b.Suggestions)
	}
	if advice := strings.Join(b.Advice, " "); !strings.Contains(advice, "the notes say “Jo says it is way too expensive for what they use”: no upgrades or seats for now") {
		t.Errorf("%s: advice %q does not say why", id, advice)
	}
	rows := checkTopsAgainstAccountView(t, s)
	if k := rows[id].TopKind; k == model.KindUpsell || k == model.KindSeats {
		t.Errorf("%s: the portfolio still leads with %s", id, k)
	}

	// A voicemail since did not reach them: what they said still holds.
	logCall(now.Add(-time.Hour), model.OutcomeLeftVoicemail, "")
	if expands(view()) {
		t.Errorf("%s: a voicemail lifted the price objection", id)
	}
	// A later conversation without the objection speaks for them now.
	logCall(now.Add(-30*time.Minute), model.OutcomeConnected, "They are hiring.", model.Cue{Kind: model.CueGrowth, Text: "hiring", Number: 5})
	if b := view(); !expands(b) {
		t.Errorf("%s: no upgrade or seats after a later call without the objection: %+v", id, b.Suggestions)
	}
	checkTopsAgainstAccountView(t, s)

	logCall(now.Add(-10*time.Minute), model.OutcomeConnected, "Looking at alternatives", model.Cue{Kind: model.CueChurnRisk, Text: "Looking at alternatives"})
	if b := view(); len(b.Suggestions) > 0 || !strings.Contains(strings.Join(b.Advice, " "), "“Looking at alternatives”: no offers") {
		t.Errorf("%s: after a churn risk heard, %d offers and advice %q", id, len(b.Suggestions), b.Advice)
	}
	if rows := checkTopsAgainstAccountView(t, s); rows[id].TopSuggestion != "" {
		t.Errorf("%s: the portfolio offers %q after a churn risk was heard", id, rows[id].TopSuggestion)
	}
}

// leadingWithExpansion is a demo store and an account among its first 100
// whose top offer is an upgrade or seats, with the moment it is briefed
// at, how to brief it, and how to log a connected call on it.
func leadingWithExpansion(t *testing.T) (*Store, string, time.Time, func() model.Briefing, func(time.Time, string, []model.Offer, ...model.Cue)) {
	t.Helper()
	ctx := context.Background()
	s := demoStore(t)
	now := time.Now()
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, r := range page.Rows {
		if r.TopKind == model.KindUpsell || r.TopKind == model.KindSeats {
			id = r.ID
			break
		}
	}
	if id == "" {
		t.Fatal("no account among the first 100 leads with an upgrade or seats")
	}
	view := func() model.Briefing {
		t.Helper()
		v, err := s.AccountView(ctx, id, now)
		if err != nil {
			t.Fatal(err)
		}
		return v.Briefing
	}
	logCall := func(at time.Time, notes string, offers []model.Offer, cues ...model.Cue) {
		t.Helper()
		if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: at, Outcome: model.OutcomeConnected, Notes: notes, Offers: offers, Cues: cues}); err != nil {
			t.Fatal(err)
		}
	}
	return s, id, now, view, logCall
}

// TestAPriceObjectionOutlastsACallThatSaysNothingElse: "too expensive"
// heard on one call still holds after a later conversation that only
// declined the offer made in answer, or took the cost review; a later
// call with another offer marked interested lifts it.
func TestAPriceObjectionOutlastsACallThatSaysNothingElse(t *testing.T) {
	s, id, now, view, logCall := leadingWithExpansion(t)
	var other string
	logCall(now.Add(-3*time.Hour), "Jo says it is way too expensive for what they use.", nil, model.Cue{Kind: model.CuePrice, Text: "way too expensive"})
	b := view()
	if expands(b) || len(b.Suggestions) == 0 {
		t.Fatalf("%s: after the objection, offers %+v", id, b.Suggestions)
	}
	// Not the cost answer: liking it says the price still weighs.
	var costAnswer string
	for _, sg := range b.Suggestions {
		if sg.Kind == model.KindCrossSell && sg.Product.Addresses(model.PainCost) && costAnswer == "" {
			costAnswer = sg.Product.ID
		}
		if sg.Kind == model.KindCrossSell && !sg.Product.Addresses(model.PainCost) && other == "" {
			other = sg.Product.ID
		}
	}
	if other == "" {
		t.Fatalf("%s: no cross-sell to decline after the objection", id)
	}
	logCall(now.Add(-2*time.Hour), "No review please.", []model.Offer{{ProductID: other, Response: model.ResponseDeclined}})
	b = view()
	if expands(b) {
		t.Errorf("%s: declining an offer lifted “way too expensive”: %+v", id, b.Suggestions)
	}
	if advice := strings.Join(b.Advice, " "); !strings.Contains(advice, "Jo says it is way too expensive for what they use") {
		t.Errorf("%s: advice %q no longer quotes the objection", id, advice)
	}
	checkTopsAgainstAccountView(t, s)
	if costAnswer != "" {
		logCall(now.Add(-90*time.Minute), "Yes to the review.", []model.Offer{{ProductID: costAnswer, Response: model.ResponseAccepted}})
		if expands(view()) {
			t.Errorf("%s: taking the cost review lifted “way too expensive”", id)
		}
	}
	logCall(now.Add(-time.Hour), "Liked the idea.", []model.Offer{{ProductID: other, Response: model.ResponseInterested}})
	if !expands(view()) {
		t.Errorf("%s: an offer marked interested did not lift the objection: %q", id, view().Advice)
	}
}

// TestInterestInAnOfferDoesNotLiftAChurnRisk: liking the health check is
// no promise to stay: after "moving to HubSpot at renewal", a later call
// with an offer marked interested still holds every offer back.
func TestInterestInAnOfferDoesNotLiftAChurnRisk(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	now := time.Now()
	page, err := s.Portfolio(ctx, model.PortfolioQuery{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	var id, offer string
	for _, r := range page.Rows {
		v, err := s.AccountView(ctx, r.ID, now)
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Briefing.Suggestions) > 0 {
			id, offer = r.ID, v.Briefing.Suggestions[0].Product.ID
			break
		}
	}
	if id == "" {
		t.Fatal("no account with an offer among the first 20")
	}
	log := func(at time.Time, notes string, offers []model.Offer, cues ...model.Cue) {
		t.Helper()
		if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: at, Outcome: model.OutcomeConnected, Notes: notes, Offers: offers, Cues: cues}); err != nil {
			t.Fatal(err)
		}
	}
	log(now.Add(-2*time.Hour), "They told us they are moving to HubSpot at renewal.", nil, model.Cue{Kind: model.CueChurnRisk, Text: "moving to HubSpot"})
	log(now.Add(-time.Hour), "Liked the idea.", []model.Offer{{ProductID: offer, Response: model.ResponseInterested}})
	v, err := s.AccountView(ctx, id, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Briefing.Suggestions) > 0 || !strings.Contains(strings.Join(v.Briefing.Advice, " "), "moving to HubSpot") {
		t.Errorf("%s: %d offers after the churn risk, advice %q", id, len(v.Briefing.Suggestions), v.Briefing.Advice)
	}
}

// TestWordsThatLiftAnObjectionKeepItLifted: "budget for 2027 approved" on a
// call without any cue lifts an earlier "way too expensive", and an
// ordinary call after it does not bring it back.
func TestWordsThatLiftAnObjectionKeepItLifted(t *testing.T) {
	_, id, now, view, logCall := leadingWithExpansion(t)
	logCall(now.Add(-3*time.Hour), "Honestly this is way too expensive for us.", nil, model.Cue{Kind: model.CuePrice, Text: "way too expensive"})
	if expands(view()) {
		t.Fatalf("%s: an upgrade or seats right after the objection", id)
	}
	logCall(now.Add(-2*time.Hour), "Good news, budget for 2027 approved.", nil)
	if !expands(view()) {
		t.Errorf("%s: the budget approved did not lift the objection: %q", id, view().Advice)
	}
	logCall(now.Add(-time.Hour), "Sent them the deck on reporting.", nil)
	if !expands(view()) {
		t.Errorf("%s: an ordinary call brought the objection back: %q", id, view().Advice)
	}
}

// TestAMilderObjectionDoesNotReplaceAGraverOne: a freeze heard on one call
// and "too expensive" on the next still stop every offer, and a churn risk
// followed by "too expensive" still holds every offer back.
func TestAMilderObjectionDoesNotReplaceAGraverOne(t *testing.T) {
	for _, graver := range []model.Cue{
		{Kind: model.CuePrice, Text: "no budget left", Severity: 3},
		{Kind: model.CueChurnRisk, Text: "looking at alternatives"},
	} {
		_, id, now, view, logCall := leadingWithExpansion(t)
		logCall(now.Add(-3*time.Hour), "They said "+graver.Text+".", nil, graver)
		logCall(now.Add(-time.Hour), "Also way too expensive anyway.", nil, model.Cue{Kind: model.CuePrice, Text: "way too expensive"})
		if b := view(); len(b.Suggestions) != 0 || !strings.Contains(strings.ToLower(strings.Join(b.Advice, " ")), graver.Text) {
			t.Errorf("%s: %q then a price objection: %d offers, advice %q", id, graver.Text, len(b.Suggestions), b.Advice)
		}
	}
}

// TestStayingAndAnOfferTakenLiftAPriceObjectionHeardWithAChurnRisk: "way
// too expensive, trialling HubSpot", then "they are staying with us" with
// an offer accepted: the churn risk is lifted by the words, and the price
// objection by the offer taken, as it is when heard alone.
func TestStayingAndAnOfferTakenLiftAPriceObjectionHeardWithAChurnRisk(t *testing.T) {
	_, id, now, view, logCall := leadingWithExpansion(t)
	offer := view().Suggestions[0].Product.ID
	logCall(now.Add(-3*time.Hour), "Way too expensive, they are trialling HubSpot.", nil,
		model.Cue{Kind: model.CuePrice, Text: "Way too expensive"}, model.Cue{Kind: model.CueChurnRisk, Text: "trialling HubSpot"})
	if expands(view()) {
		t.Fatalf("%s: an upgrade or seats right after the objection", id)
	}
	logCall(now.Add(-2*time.Hour), "They are staying with us. Go ahead, they said yes.", []model.Offer{{ProductID: offer, Response: model.ResponseAccepted}})
	if b := view(); strings.Contains(strings.Join(b.Advice, " "), "too expensive") {
		t.Errorf("%s: staying and an offer accepted, advice still %q", id, b.Advice)
	}
}
