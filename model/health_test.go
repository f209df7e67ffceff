package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestHealthReasonsAddUpToTheScore(t *testing.T) {
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	good := HealthInput{
		Account:     Account{Stage: StageAdvocate, RenewalDate: now.AddDate(0, 6, 0)},
		SeatsBought: 100, SeatsUsed: 92,
		LastConversation: now.AddDate(0, 0, -5),
		Now:              now,
	}
	bad := HealthInput{
		Account:     Account{Stage: StageAtRisk, RenewalDate: now.AddDate(0, 0, -20)},
		SeatsBought: 100, SeatsUsed: 20,
		SeatsUsedBefore: 60, SeatsBefore: now.AddDate(0, -2, 0),
		AttemptsSince: 3,
		OpenPains:     [4]int{0, 1, 1, 2},
		Declined:      2, LostDeals: 1,
		Cues: []HealthCue{{Text: "we are looking at other vendors", HeardAt: now.AddDate(0, 0, -3)}},
		Now:  now,
	}
	cases := []struct {
		name      string
		in        HealthInput
		score     int
		band      HealthBand
		fragments []string
	}{
		{"thriving advocate", good, 100, BandHealthy, []string{"92% of seats in use (92 of 100)", "last conversation 5 days ago", "no open pain points", "stage: advocate"}},
		{"at risk on every count", bad, 0, BandAtRisk, []string{"20% of seats in use", "no conversation logged; 3 call attempts did not reach them", "2 high, 1 medium, 1 low", "passed 20 days ago", "2 offers (2 declined), 1 deal (1 lost) in the last 6 months", "seat use fell by 40"}},
		{"nothing known", HealthInput{Account: Account{Stage: StageValueRealized}, Now: now}, 12 + 0 + 20 + 5 + 10 + 12, BandWatch, []string{"seat use not tracked", "renewal date unknown", "no offer made or deal closed"}},
		{"a busy pipeline losing a third", HealthInput{Account: Account{Stage: StageAdvocate}, DealsClosed: 60, LostDeals: 20, Now: now}, 12 + 0 + 20 + 5 + 7 + 15, BandWatch, []string{"60 deals (20 lost)"}},
		{"renewal in 20 days, pains", HealthInput{Account: Account{Stage: StageAdoption, RenewalDate: now.AddDate(0, 0, 20)}, SeatsBought: 10, SeatsUsed: 6, LastConversation: now.AddDate(0, 0, -40), OpenPains: [4]int{0, 0, 1, 0}, Offered: 4, NotNow: 1, Now: now}, 12 + 10 + 16 + 3 + 9 + 9, BandWatch, []string{"renewal in 20 days", "4 offers (1 put off)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := ComputeHealth(c.in)
			sum := 0
			var texts []string
			for _, r := range h.Reasons {
				sum += r.Points
				texts = append(texts, r.Text)
				if r.Max > 0 && (r.Points < 0 || r.Points > r.Max) {
					t.Errorf("reason %q has %d of %d points", r.Text, r.Points, r.Max)
				}
			}
			if sum != h.Score || h.Score != c.score || h.Band != c.band {
				t.Fatalf("score %d (%s), reasons add to %d; want %d (%s)\n%s", h.Score, h.Band, sum, c.score, c.band, strings.Join(texts, "\n"))
			}
			all := strings.Join(texts, "\n")
			for _, f := range c.fragments {
				if !strings.Contains(all, f) {
					t.Errorf("no reason says %q:\n%s", f, all)
				}
			}
		})
	}
}

func TestHealthPenaltiesNeverGoBelowZero(t *testing.T) {
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	in := HealthInput{Account: Account{Stage: StageAtRisk, RenewalDate: now.AddDate(0, 0, -1)}, SeatsBought: 10, SeatsUsed: 1,
		OpenPains: [4]int{0, 0, 0, 4}, Declined: 3, Now: now,
		Cues: []HealthCue{{Text: "cancel", HeardAt: now.AddDate(0, 0, -10)}, {Text: "too expensive", HeardAt: now.AddDate(0, 0, -10)}, {Text: "old", HeardAt: now.AddDate(-1, 0, 0)}}}
	h := ComputeHealth(in)
	if h.Score != 0 {
		t.Fatalf("score %d, want 0: %+v", h.Score, h.Reasons)
	}
	in.LastConversation = now.AddDate(0, 0, -3) // 20 points, then two cues take them
	h = ComputeHealth(in)
	if h.Score != 0 || len(h.Reasons) != 8 || h.Reasons[6].Points != -10 {
		t.Fatalf("score %d with reasons %+v", h.Score, h.Reasons)
	}
}

// TestAConversationWhereTheySpokeOfLeavingEarnsNothing: a call on which a
// churn risk was heard does not count as a recent conversation, so the
// account's health falls after it instead of rising.
func TestAConversationWhereTheySpokeOfLeavingEarnsNothing(t *testing.T) {
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	in := HealthInput{Account: Account{Stage: StageValueRealized}, SeatsBought: 10, SeatsUsed: 9, Now: now,
		LastConversation: now.AddDate(0, 0, -100)}
	before := ComputeHealth(in).Score
	in.LastConversation = now
	in.Cues = []HealthCue{{Text: "looking at alternatives", HeardAt: now}}
	after := ComputeHealth(in)
	if after.Score >= before {
		t.Errorf("health %d before the call, %d after a churn risk heard on it: %+v", before, after.Score, after.Reasons)
	}
	in.Cues = nil
	if ComputeHealth(in).Score <= before {
		t.Error("a conversation without a churn risk earns nothing either; the test says nothing")
	}
}

func TestBandThresholds(t *testing.T) {
	for score, band := range map[int]HealthBand{0: BandAtRisk, 44: BandAtRisk, 45: BandWatch, 69: BandWatch, 70: BandHealthy, 100: BandHealthy} {
		if got := BandFor(score); got != band {
			t.Errorf("BandFor(%d) = %s, want %s", score, got, band)
		}
	}
}

// TestAConversationWhereTheyObjectedToThePriceEarnsLess: a freeze heard on
// the latest conversation earns it nothing, a price objection half, and
// the reason quotes what was said.
func TestAConversationWhereTheyObjectedToThePriceEarnsLess(t *testing.T) {
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	in := HealthInput{Account: Account{Stage: StageValueRealized}, SeatsBought: 10, SeatsUsed: 9, Now: now, LastConversation: now}
	plain := ComputeHealth(in).Score
	in.Objection = &HealthObjection{Text: "way too expensive", HeardAt: now}
	price := ComputeHealth(in)
	in.Objection = &HealthObjection{Text: "budget is frozen", Freeze: true, HeardAt: now}
	freeze := ComputeHealth(in)
	if plain-price.Score != healthConversationMax/2 || plain-freeze.Score != healthConversationMax {
		t.Errorf("health %d after a plain conversation, %d after a price objection, %d after a freeze", plain, price.Score, freeze.Score)
	}
	if !slices.ContainsFunc(freeze.Reasons, func(r HealthReason) bool { return strings.Contains(r.Text, "froze spending (“budget is frozen”") }) {
		t.Errorf("the freeze is not named: %+v", freeze.Reasons)
	}
	// An objection on an earlier call is history: the latest one counts.
	in.Objection.HeardAt = now.AddDate(0, 0, -20)
	if got := ComputeHealth(in).Score; got != plain {
		t.Errorf("a freeze heard 20 days before the latest conversation changed health %d → %d", plain, got)
	}
}
