package model

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// TestTopSuggestionIsRecommendsFirst checks TopSuggestion against
// Recommend on accounts varied in every input the rules read: stage,
// holdings, seat use, pains, past answers of every age and peer counts.
func TestTopSuggestionIsRecommendsFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	bases := []BriefingInput{richInput(fixturePlaybook()), benchInput()}
	withSuggestions, without := 0, 0
	for round := range 400 {
		in := bases[round%len(bases)]
		in.Account.Stage = Stages[rng.IntN(len(Stages))]
		in.Holdings = pick(rng, in.Holdings)
		for i := range in.Holdings {
			in.Holdings[i].SeatsUsed = rng.IntN(in.Holdings[i].Quantity + 5)
		}
		in.Pains = pick(rng, in.Pains)
		in.PastOffers = pick(rng, in.PastOffers)
		for i := range in.PastOffers {
			in.PastOffers[i].At = daysAgoAt(rng.IntN(200))
			in.PastOffers[i].Response = Responses[rng.IntN(len(Responses))]
		}
		if rng.IntN(2) == 0 {
			in.Account.RenewalDate = now.AddDate(0, 0, rng.IntN(200)-50)
		}
		want := Recommend(in)
		p, kind, ok := TopSuggestion(in)
		name := fmt.Sprintf("round %d (%s)", round, in.Account.Stage)
		if len(want.Suggestions) == 0 {
			without++
			if ok {
				t.Errorf("%s: TopSuggestion gives %s, Recommend nothing", name, p.ID)
			}
			continue
		}
		withSuggestions++
		first := want.Suggestions[0]
		if !ok || p.ID != first.Product.ID || kind != first.Kind {
			t.Errorf("%s: TopSuggestion gives %s (%s, %v), Recommend %s (%s)", name, p.ID, kind, ok, first.Product.ID, first.Kind)
		}
	}
	if withSuggestions < 100 || without < 50 {
		t.Errorf("the rounds should mix accounts with and without suggestions: %d with, %d without", withSuggestions, without)
	}
	if _, _, ok := TopSuggestion(BriefingInput{Account: baseAccount()}); ok {
		t.Error("no catalogue should give no suggestion")
	}
}

// pick keeps a random subset of s, in a new slice.
func pick[T any](rng *rand.Rand, s []T) []T {
	var out []T
	for _, v := range s {
		if rng.IntN(3) > 0 {
			out = append(out, v)
		}
	}
	return out
}

// ranking is what a list shows of a briefing: each suggestion's product
// and kind, in order.
func ranking(b Briefing) string {
	var out []string
	for _, s := range b.Suggestions {
		out = append(out, s.Product.ID+"/"+string(s.Kind))
	}
	return fmt.Sprint(out)
}

// TestRankingHoldsUntilStableUntil checks on varied accounts that the
// ranking at any moment before StableUntil is the one at Now.
func TestRankingHoldsUntilStableUntil(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	base := richInput(fixturePlaybook())
	changed := 0 // rounds whose ranking changes at StableUntil itself
	for round := range 300 {
		in := base
		in.Account.Stage = []Stage{StageValueRealized, StageAdvocate, StageAdoption}[rng.IntN(3)]
		in.Now = now.Add(time.Duration(rng.IntN(48*60)) * time.Minute)
		in.PastOffers = pick(rng, base.PastOffers)
		for i := range in.PastOffers {
			// Answers whose cool-off or window ends within a day or two.
			in.PastOffers[i].At = in.Now.Add(-time.Duration(rng.IntN(4*24*60)) * time.Minute).
				Add(-[]time.Duration{DefaultCoolOff, notNowWindow}[rng.IntN(2)] + 36*time.Hour)
			in.PastOffers[i].Response = Responses[rng.IntN(len(Responses))]
		}
		in.Account.RenewalDate = day(2026, 6, 14+rng.IntN(6)).AddDate(0, 0, renewalWindowDays*rng.IntN(2))
		until := StableUntil(in)
		if !until.After(in.Now) {
			t.Fatalf("round %d: StableUntil %v is not after now %v", round, until, in.Now)
		}
		want := ranking(Recommend(in))
		for _, at := range []time.Time{until.Add(-time.Nanosecond), in.Now.Add(until.Sub(in.Now) / 2)} {
			later := in
			later.Now = at
			if got := ranking(Recommend(later)); got != want {
				t.Fatalf("round %d: at %v (now %v, stable until %v) the ranking is %s, at now %s", round, at, in.Now, until, got, want)
			}
		}
		at := in
		at.Now = until
		if ranking(Recommend(at)) != want {
			changed++
		}
	}
	// The horizons must be where the rankings change, not only before
	// (cool-offs and not-now windows ending; interested answers have no
	// window, they are in progress).
	if changed < 5 {
		t.Errorf("the ranking changed at StableUntil in only %d of 300 rounds", changed)
	}
}

// TestStableUntilEndsWithTheCoolOff checks the horizon against a decline
// whose cool-off ends this afternoon: the product is back from then on.
func TestStableUntilEndsWithTheCoolOff(t *testing.T) {
	in := richInput(fixturePlaybook())
	in.PastOffers = []PastOffer{{ProductID: "pipe-ent", Response: ResponseDeclined, At: now.Add(2*time.Hour - DefaultCoolOff)}}
	until := StableUntil(in)
	if want := now.Add(2 * time.Hour); !until.Equal(want) {
		t.Fatalf("StableUntil = %v, want the end of the cool-off %v", until, want)
	}
	before, after := in, in
	before.Now, after.Now = until.Add(-time.Nanosecond), until
	if ranking(Recommend(before)) == ranking(Recommend(after)) {
		t.Errorf("the ranking does not change when the cool-off ends: %s", ranking(Recommend(after)))
	}
	in.PastOffers = nil
	if want := time.Date(2026, 6, 16, 0, 0, 0, 0, time.UTC); !StableUntil(in).Equal(want) {
		t.Errorf("without answers StableUntil = %v, want the next midnight %v", StableUntil(in), want)
	}
}
