package model

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// gateInput has something of every sort to offer: seats near the limit, a
// tier upgrade that solves a pain, a complement without a pain and a
// cross-sell that solves one.
func gateInput(stage Stage) BriefingInput {
	in := input(holding("pipe-pro", 50, 47))
	in.Account.Stage = stage
	in.Pains = []PainPoint{
		pain(1, "security", "Auditors keep asking who changed what", 3),
		// Its words meet Connect's sentence ("Connect handles
		// integration"): adoption takes only offers that answer a pain so.
		pain(2, "integration", "The integration is missing", 2),
	}
	return in
}

func TestStageGates(t *testing.T) {
	// More seats of Pipeline Pro ride on the upgrade to Enterprise: one
	// offer per family.
	all := []string{"connect", "forecast", "pipe-ent"}
	tests := []struct {
		stage Stage
		want  []string // suggested product ids, sorted
	}{
		{StageOnboarding, nil},
		{StageAdoption, []string{"connect"}},
		{StageValueRealized, all},
		{StageAdvocate, all},
		{StageAtRisk, nil},
		{StageChurned, nil},
		{Stage(""), nil},
		{Stage("dormant"), nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.stage), func(t *testing.T) {
			b := briefing(t, gateInput(tt.stage))
			got := ids(b)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("suggestions = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAdoptionOnlySolvesPainsAndNeverUpgradesTiers(t *testing.T) {
	in := gateInput(StageAdoption)
	b := briefing(t, in)
	for _, s := range b.Suggestions {
		if s.Kind == KindUpsell {
			t.Errorf("adoption offers upsell %s", s.Product.ID)
		}
		if len(s.Solves) == 0 {
			t.Errorf("adoption offers %s, which solves no open pain", s.Product.ID)
		}
	}
	// The same account in value_realized does get the tier upgrade, and it
	// solves the security pain: adoption holds it back for being a tier.
	ent := find(briefing(t, gateInput(StageValueRealized)), "pipe-ent")
	if ent == nil || !slices.Equal(ent.Solves, []int64{1}) {
		t.Fatalf("value_realized: pipe-ent = %+v, want a suggestion solving pain 1", ent)
	}
	// With no open pain at all, adoption has nothing to offer.
	in.Pains = nil
	if b := briefing(t, in); len(b.Suggestions) != 0 {
		t.Errorf("adoption without pains offers %v", ids(b))
	}
}

func TestUpsellOffersOnlyTheNextTier(t *testing.T) {
	tests := []struct {
		name     string
		holdings []Holding
		want     []string // tier upgrades offered, sorted
	}{
		{"entry tier moves to the next", []Holding{holding("pipe-starter", 10, 8)}, []string{"pipe-pro"}},
		{"middle tier moves to the top", []Holding{holding("pipe-pro", 10, 8)}, []string{"pipe-ent"}},
		{"top tier has nowhere to go", []Holding{holding("pipe-ent", 10, 8)}, nil},
		{"two tiers held: up from the higher", []Holding{holding("pipe-starter", 10, 8), holding("pipe-pro", 10, 8)}, []string{"pipe-ent"}},
		{"lower tier held beside the top", []Holding{holding("pipe-starter", 10, 8), holding("pipe-ent", 10, 8)}, nil},
		{"add-on ladder", []Holding{holding("insights", 1, 0)}, []string{"insights-plus"}},
		{"add-on ladder top", []Holding{holding("insights-plus", 1, 0)}, nil},
		{"family of one", []Holding{holding("backup", 1, 0)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := briefing(t, input(tt.holdings...))
			var got []string
			for _, s := range b.Suggestions {
				if s.Kind == KindUpsell {
					got = append(got, s.Product.ID)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("tier upgrades = %v, want %v", got, tt.want)
			}
			for _, s := range b.Suggestions {
				if s.Product.Family == "pipeline" && s.Kind == KindCrossSell {
					t.Errorf("%s offered as a cross-sell from a held family", s.Product.ID)
				}
			}
		})
	}
}

func TestUpsellNextTierReasonAndQuantity(t *testing.T) {
	b := briefing(t, input(holding("pipe-starter", 12, 9)))
	s := find(b, "pipe-pro")
	if s == nil {
		t.Fatalf("no upgrade to pipe-pro in %v", ids(b))
	}
	if got := reasonPoints(t, s, "Next tier up from Pipeline Starter"); got != pointsNextTier {
		t.Errorf("next tier points = %d, want %d", got, pointsNextTier)
	}
	if s.Quantity != 12 {
		t.Errorf("quantity = %d, want the 12 seats they move up", s.Quantity)
	}
}

func TestSeatsNearTheLimit(t *testing.T) {
	// Pipeline Enterprise is the top tier: more seats stand on their own,
	// sized to the seats in use plus 20%, rounded up, never beyond.
	tests := []struct {
		name      string
		product   string
		qty, used int
		wantExtra int // 0: no seat offer
		reason    string
		points    int
	}{
		{"below the threshold", "pipe-ent", 50, 42, 0, "", 0},
		{"just over the threshold", "pipe-ent", 50, 43, 2, "Uses 43 of 50 seats (86%)", 31},
		{"at the threshold", "pipe-ent", 20, 17, 1, "Uses 17 of 20 seats (85%)", 30},
		{"nearly full", "pipe-ent", 50, 47, 7, "Uses 47 of 50 seats (94%)", 39},
		{"full", "pipe-ent", 50, 50, 10, "Uses 50 of 50 seats (100%)", 45},
		{"over the licence", "pipe-ent", 50, 60, 22, "Uses 60 of 50 seats (120%)", 45},
		{"rounds up", "pipe-ent", 10, 9, 1, "Uses 9 of 10 seats (90%)", 35},
		{"one seat", "pipe-ent", 1, 1, 1, "Uses 1 of its 1 seat (100%)", 45},
		{"not a seated product", "insights-plus", 10, 10, 0, "", 0},
		{"no seats bought", "pipe-ent", 0, 5, 0, "", 0},
		{"usage not tracked", "pipe-ent", 50, 0, 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := briefing(t, input(holding(tt.product, tt.qty, tt.used)))
			s := find(b, tt.product)
			if tt.wantExtra == 0 {
				if s != nil {
					t.Fatalf("offers more %s: %+v", tt.product, s)
				}
				return
			}
			if s == nil || s.Kind != KindSeats {
				t.Fatalf("no seats of %s in %v", tt.product, ids(b))
			}
			if s.Quantity != tt.wantExtra {
				t.Errorf("extra seats = %d, want %d", s.Quantity, tt.wantExtra)
			}
			if got := reasonPoints(t, s, tt.reason); got != tt.points {
				t.Errorf("points for %q = %d, want %d", tt.reason, got, tt.points)
			}
			if len(s.Solves) != 0 {
				t.Errorf("more seats claim to solve pains %v", s.Solves)
			}
		})
	}
}

func TestCrossSellFromComplements(t *testing.T) {
	tests := []struct {
		name     string
		holdings []Holding
		want     string
		reason   string
		quantity int
		absent   []string
	}{
		{"seated complement starts with the seats in use of what it builds on",
			[]Holding{holding("pipe-pro", 20, 15)}, "forecast",
			"Complements Pipeline Pro: forecasts build on the pipeline they already keep", 15, []string{"training"}},
		{"seated complement of a licence whose use is not tracked",
			[]Holding{holding("pipe-pro", 20, 0)}, "forecast",
			"Complements Pipeline Pro: forecasts build on the pipeline they already keep", 20, []string{"training"}},
		{"service complement",
			[]Holding{holding("pipe-starter", 8, 6)}, "training",
			"Complements Pipeline Starter: new teams adopt faster with a workshop", 1, []string{"forecast"}},
		{"unseated complement of an unseated product",
			[]Holding{holding("insights", 1, 0)}, "connect",
			"Complements Insights: dashboards need data from every system", 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := briefing(t, input(tt.holdings...))
			s := find(b, tt.want)
			if s == nil || s.Kind != KindCrossSell {
				t.Fatalf("no cross-sell of %s in %v", tt.want, ids(b))
			}
			if got := reasonPoints(t, s, tt.reason); got != pointsComplement {
				t.Errorf("complement points = %d, want %d", got, pointsComplement)
			}
			if s.Quantity != tt.quantity {
				t.Errorf("quantity = %d, want %d", s.Quantity, tt.quantity)
			}
			for _, id := range tt.absent {
				if find(b, id) != nil {
					t.Errorf("%s offered without a reason", id)
				}
			}
		})
	}
}

func TestComplementOfAHeldFamilyIsNotOffered(t *testing.T) {
	b := briefing(t, input(holding("pipe-pro", 20, 15), holding("forecast", 20, 15)))
	if s := find(b, "forecast"); s != nil && s.Kind == KindCrossSell {
		t.Errorf("forecast is held but offered as a cross-sell: %+v", s)
	}
}

func TestSecondComplementAddsASmallBonus(t *testing.T) {
	// Pipeline Pro and Enterprise both declare Forecast; holding both (an
	// odd but possible book) gives one full complement and one bonus.
	b := briefing(t, input(holding("pipe-pro", 10, 8), holding("pipe-ent", 10, 8)))
	s := find(b, "forecast")
	if s == nil {
		t.Fatalf("no forecast in %v", ids(b))
	}
	first := reasonPoints(t, s, "Complements Pipeline Enterprise: forecasts build on the pipeline they already keep")
	also := reasonPoints(t, s, "Also complements Pipeline Pro: forecasts build on the pipeline they already keep")
	if first != pointsComplement || also != pointsAlsoComplements {
		t.Errorf("complement points = %d and %d, want %d and %d", first, also, pointsComplement, pointsAlsoComplements)
	}
}

// peersInput holds Pipeline Pro in a segment where 12 of the 30 other
// accounts with it also hold Insights, 2 of 30 hold Premium Support, and 9
// hold Forecast. Stored counts include the briefed account itself: 31.
func peersInput() BriefingInput {
	in := input(holding("pipe-pro", 20, 15))
	in.Peers = PeerStats{
		Segment:  in.Account.Segment(),
		Accounts: 40,
		Holders:  map[string]int{"pipe-pro": 31, "insights": 14, "support": 3, "forecast": 9},
		Together: map[string]map[string]int{
			"pipe-pro": {"insights": 12, "support": 2, "forecast": 9, "pipe-pro": 31},
		},
	}
	return in
}

func TestCrossSellFromPeers(t *testing.T) {
	b := briefing(t, peersInput())
	s := find(b, "insights")
	if s == nil || s.Kind != KindCrossSell {
		t.Fatalf("no cross-sell of insights in %v", ids(b))
	}
	text := "12 of 30 similar customers (retail, 200-999 employees) with Pipeline Pro also hold Insights"
	// No book evidence: the segment's 12 of 30 is shrunk by 20 accounts of
	// doubt toward nothing, 50 × 12/50.
	if got, want := reasonPoints(t, s, text), 12; got != want {
		t.Errorf("peer points = %d, want %d", got, want)
	}
	// 12 of 30 is a reason to rank, but a minority is no proof to say.
	if got := point(s, PointProof); got != "" {
		t.Errorf("proof %q from 12 of 30 peers", got)
	}
	if find(b, "support") != nil {
		t.Errorf("premium support offered on 2 of 30 peers")
	}
	// Forecast is a complement too: both reasons count, and the proof uses
	// the complemented product's real numbers.
	f := find(b, "forecast")
	if f == nil {
		t.Fatalf("no forecast in %v", ids(b))
	}
	reasonPoints(t, f, "9 of 30 similar customers (retail, 200-999 employees) with Pipeline Pro also hold Forecast")
	if got := point(f, PointProof); got != "" {
		t.Errorf("forecast proof %q from 9 of 30 peers", got)
	}
}

func TestPeersAreIgnoredWhenTheyCannotBeTrue(t *testing.T) {
	tests := []struct {
		name  string
		tweak func(*PeerStats)
	}{
		{"another segment", func(p *PeerStats) { p.Segment = "software|5000+" }},
		{"too few holders", func(p *PeerStats) {
			p.Holders["pipe-pro"] = 2
			p.Together["pipe-pro"] = map[string]int{"insights": 2}
		}},
		{"more together than holders", func(p *PeerStats) { p.Together["pipe-pro"]["insights"] = 31 }},
		{"only the account itself", func(p *PeerStats) {
			p.Holders["pipe-pro"] = 1
			p.Together["pipe-pro"] = map[string]int{"insights": 1}
		}},
		{"nobody", func(p *PeerStats) { p.Together["pipe-pro"]["insights"] = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := peersInput()
			tt.tweak(&in.Peers)
			b := briefing(t, in)
			if s := find(b, "insights"); s != nil {
				t.Errorf("insights offered on untrue peer counts: %q", reasonTexts(s))
			}
		})
	}
}

func TestNoProofWithoutPeers(t *testing.T) {
	in := input(holding("pipe-pro", 20, 19), holding("insights", 1, 0))
	in.Pains = []PainPoint{pain(1, "security", "Auditors keep asking who changed what", 3)}
	b := briefing(t, in)
	if len(b.Suggestions) == 0 {
		t.Fatal("no suggestions to check")
	}
	for _, s := range b.Suggestions {
		if p := point(&s, PointProof); p != "" {
			t.Errorf("%s has proof %q without any peer data", s.Product.ID, p)
		}
	}
}

func TestOpenPainsRankHigherAndAreNamed(t *testing.T) {
	in := input(holding("pipe-pro", 20, 15))
	in.Pains = []PainPoint{
		pain(1, "reporting", "Reports take us two days", 3),
		pain(2, "support", "Tickets sit for a week", 1),
		{ID: 3, Category: "integration", Title: "We retype orders", Severity: 3, Status: PainResolved},
	}
	b := briefing(t, in)
	// Every reporting product's sentence says "reporting" ("Forecast
	// handles reporting"), so the word "reports" tells none of them apart:
	// the pain is theirs by category. Forecast: complement 20 + high pain
	// by category 30; the tier upgrade 30 (Pro already addresses
	// reporting, so Enterprise does not solve it) before Insights, high
	// pain by category 30 (and beats Insights Plus, same score, on name);
	// Premium Support: low pain 10 (its category only). Connect only
	// fixed a resolved pain.
	if got, want := ids(b), []string{"forecast", "pipe-ent", "insights", "support"}; !slices.Equal(got, want) {
		t.Fatalf("ranking = %v, want %v", got, want)
	}
	wantSolves := map[string][]int64{"forecast": {1}, "insights": {1}, "pipe-ent": nil, "support": {2}}
	for id, want := range wantSolves {
		if got := find(b, id).Solves; !slices.Equal(got, want) {
			t.Errorf("%s solves %v, want %v", id, got, want)
		}
	}
	f := find(b, "forecast")
	if got := reasonPoints(t, f, "Same category as their pain (reporting), check it fits: “Reports take us two days” (reporting, high): Forecast handles reporting"); got != 3*pointsPerSeverityByCategory {
		t.Errorf("high pain points = %d, want %d", got, 3*pointsPerSeverityByCategory)
	}
	// No sentence speaks of tickets: Premium Support is made for the
	// category, and says no more.
	if got := reasonPoints(t, find(b, "support"), "Same category as their pain (support), check it fits: “Tickets sit for a week” (support, low): Premium Support handles support"); got != pointsPerSeverityByCategory {
		t.Errorf("low pain points = %d, want %d: a claim by category alone earns less", got, pointsPerSeverityByCategory)
	}
	if got := point(f, PointBenefit); strings.Contains(got, "exactly") {
		t.Errorf("benefit = %q: a claim by category alone must not say it is made for exactly that", got)
	}
	if got, want := point(f, PointQuestion), "Where would Forecast help Acme Retail most this quarter?"; got != want {
		t.Errorf("question = %q, want %q", got, want)
	}

	// Without the pain, the same complement scores exactly the pain's
	// points less.
	in.Pains = nil
	plain := find(briefing(t, in), "forecast")
	if plain == nil || f.Score-plain.Score != 3*pointsPerSeverityByCategory {
		t.Errorf("forecast scores %d with the pain and %+v without", f.Score, plain)
	}
}

func TestSolvesListsEveryPainMostSevereFirst(t *testing.T) {
	in := input()
	in.Pains = []PainPoint{
		pain(7, "scale", "The dashboard times out at month end", 2),
		pain(4, "reporting", "Reports take us two days", 3),
		pain(9, "reporting", "Nobody trusts the numbers", 3),
	}
	b := briefing(t, in)
	// Insights Plus addresses reporting and scale; Insights only
	// reporting. One offer per family: the plus wins.
	if find(b, "insights") != nil {
		t.Errorf("two tiers of insights offered: %v", ids(b))
	}
	s := find(b, "insights-plus")
	if s == nil {
		t.Fatalf("no insights-plus in %v", ids(b))
	}
	// Same severity: the newer pain first (pain 4 was noted 4 days ago, 9
	// nine days ago).
	if want := []int64{4, 9, 7}; !slices.Equal(s.Solves, want) {
		t.Errorf("solves = %v, want %v", s.Solves, want)
	}
	// "Reports take us two days" shares only "reporting" with "Insights
	// Plus handles reporting", a word of every reporting sentence: all
	// three are claimed for their category.
	if got, want := s.Score, (3+3+2)*pointsPerSeverityByCategory; got != want {
		t.Errorf("score = %d, want %d", got, want)
	}
}

func TestUpgradeSolvesOnlyPainsTheHeldTierDoesNot(t *testing.T) {
	in := input(holding("pipe-starter", 10, 8))
	in.Pains = []PainPoint{pain(1, "reporting", "Reports take us two days", 3)}
	s := find(briefing(t, in), "pipe-pro")
	if s == nil || !slices.Equal(s.Solves, []int64{1}) {
		t.Errorf("pipe-pro from starter = %+v, want it to solve pain 1", s)
	}
}

func TestCoolOff(t *testing.T) {
	tests := []struct {
		name    string
		offers  []PastOffer
		coolOff time.Duration
		stage   Stage
		offered bool
		until   time.Time // zero: not listed as cooling off
	}{
		{"declined ten days ago", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(10)}}, 0, StageValueRealized,
			false, daysAgoAt(10).Add(DefaultCoolOff)},
		{"declined long ago", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(100)}}, 0, StageValueRealized, true, time.Time{}},
		{"cool-off just over", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(90)}}, 0, StageValueRealized, true, time.Time{}},
		{"shorter cool-off", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(40)}}, 30 * 24 * time.Hour, StageValueRealized, true, time.Time{}},
		{"longer cool-off", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(100)}}, 180 * 24 * time.Hour, StageValueRealized,
			false, daysAgoAt(100).Add(180 * 24 * time.Hour)},
		{"declined, then interested: in progress", []PastOffer{{"forecast", ResponseInterested, daysAgoAt(5)}, {"forecast", ResponseDeclined, daysAgoAt(10)}}, 0,
			StageValueRealized, false, time.Time{}},
		{"interested, then declined", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(5)}, {"forecast", ResponseInterested, daysAgoAt(20)}}, 0,
			StageValueRealized, false, daysAgoAt(5).Add(DefaultCoolOff)},
		{"same instant: the no wins", []PastOffer{{"forecast", ResponseInterested, daysAgoAt(5)}, {"forecast", ResponseDeclined, daysAgoAt(5)}}, 0,
			StageValueRealized, false, daysAgoAt(5).Add(DefaultCoolOff)},
		{"not now rests a month", []PastOffer{{"forecast", ResponseNotNow, daysAgoAt(5)}}, 0, StageValueRealized,
			false, daysAgoAt(5).Add(notNowHold)},
		{"not now a month and more ago", []PastOffer{{"forecast", ResponseNotNow, daysAgoAt(31)}}, 0, StageValueRealized, true, time.Time{}},
		{"listed even when the stage allows no offers", []PastOffer{{"forecast", ResponseDeclined, daysAgoAt(10)}}, 0, StageAtRisk,
			false, daysAgoAt(10).Add(DefaultCoolOff)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(holding("pipe-pro", 20, 15))
			in.Account.Stage = tt.stage
			in.PastOffers = tt.offers
			in.CoolOff = tt.coolOff
			b := briefing(t, in)
			if got := find(b, "forecast") != nil; got != tt.offered {
				t.Errorf("forecast offered = %v, want %v", got, tt.offered)
			}
			if tt.until.IsZero() {
				if len(b.CoolingOff) != 0 {
					t.Errorf("cooling off = %+v, want none", b.CoolingOff)
				}
				return
			}
			if len(b.CoolingOff) != 1 {
				t.Fatalf("cooling off = %+v, want forecast", b.CoolingOff)
			}
			c := b.CoolingOff[0]
			last := latestResponses(tt.offers)["forecast"]
			if c.Product.ID != "forecast" || !c.DeclinedAt.Equal(last.At) || !c.Until.Equal(tt.until) {
				t.Errorf("cooling off = %+v, want forecast declined %v until %v", c, last.At, tt.until)
			}
		})
	}
}

func TestCoolOffBlocksSeatsAndUpgrades(t *testing.T) {
	in := input(holding("pipe-pro", 50, 49))
	in.PastOffers = []PastOffer{
		{"pipe-pro", ResponseDeclined, daysAgoAt(3)},
		{"pipe-ent", ResponseDeclined, daysAgoAt(20)},
		{"not-in-catalogue", ResponseDeclined, daysAgoAt(1)},
	}
	b := briefing(t, in)
	if s := find(b, "pipe-pro"); s != nil {
		t.Errorf("more seats offered three days after a no: %+v", s)
	}
	if s := find(b, "pipe-ent"); s != nil {
		t.Errorf("upgrade offered twenty days after a no: %+v", s)
	}
	var got []string
	for _, c := range b.CoolingOff {
		got = append(got, c.Product.ID)
	}
	if want := []string{"pipe-pro", "pipe-ent"}; !slices.Equal(got, want) {
		t.Errorf("cooling off = %v, want %v (newest decline first)", got, want)
	}
}

func TestTimingAndResponsesNudgeTheScore(t *testing.T) {
	in := input(holding("pipe-starter", 10, 8))
	in.Account.Stage = StageAdvocate
	in.Account.RenewalDate = day(2026, 7, 25) // 40 days after now
	in.PastOffers = []PastOffer{
		{"training", ResponseNotNow, day(2026, 5, 6)},
	}
	b := briefing(t, in)
	pro := find(b, "pipe-pro")
	if pro == nil {
		t.Fatalf("no pipe-pro in %v", ids(b))
	}
	want := map[string]int{
		"Next tier up from Pipeline Starter":                     pointsNextTier,
		"Renewal in 40 days: a natural moment to move up a tier": pointsRenewal,
		"Advocate: the best moment to grow what they have":       pointsAdvocateUpsell,
	}
	for text, pts := range want {
		if got := reasonPoints(t, pro, text); got != pts {
			t.Errorf("%q = %d points, want %d", text, got, pts)
		}
	}
	if len(pro.Reasons) != len(want) {
		t.Errorf("reasons = %q, want exactly %d", reasonTexts(pro), len(want))
	}
	training := find(b, "training")
	if training == nil {
		t.Fatalf("no training in %v", ids(b))
	}
	if got := reasonPoints(t, training, "Said not now on 6 May 2026, 40 days ago"); got != pointsNotNow {
		t.Errorf("not now = %d points, want %d", got, pointsNotNow)
	}
	for _, r := range training.Reasons {
		if r.Text == "Advocate: the best moment to grow what they have" {
			t.Error("the advocate bonus went to a cross-sell")
		}
	}

	// A "not now" past its quarter is still said, lightly; answers over a
	// year old and far renewals say nothing about now.
	in.Account.Stage = StageValueRealized
	in.Account.RenewalDate = day(2026, 12, 1)
	in.PastOffers = []PastOffer{{"training", ResponseNotNow, daysAgoAt(95)}}
	b = briefing(t, in)
	if got := reasonPoints(t, find(b, "training"), "Said not now on 12 Mar 2026, 95 days ago"); got != pointsLaterNotNow {
		t.Errorf("a not now of 95 days ago = %d points, want %d", got, pointsLaterNotNow)
	}
	in.PastOffers = []PastOffer{{"training", ResponseNotNow, daysAgoAt(400)}}
	b = briefing(t, in)
	if got := find(b, "pipe-pro").Score; got != pointsNextTier {
		t.Errorf("pipe-pro score = %d with nothing but the tier, want %d", got, pointsNextTier)
	}
	if got := find(b, "training").Score; got != pointsComplement {
		t.Errorf("training score = %d with nothing but the complement, want %d", got, pointsComplement)
	}
}

// TestAnEarlierDeclineIsSaidWhenTheOfferComesBack checks that a product
// declined before comes back after its cool-off with the decline named,
// so the rep does not walk into the last "no" unaware.
func TestAnEarlierDeclineIsSaidWhenTheOfferComesBack(t *testing.T) {
	in := input(holding("pipe-starter", 10, 9))
	in.PastOffers = []PastOffer{{"training", ResponseDeclined, daysAgoAt(120)}}
	b := briefing(t, in)
	s := find(b, "training")
	if s == nil {
		t.Fatalf("training not offered after its cool-off: %v", ids(b))
	}
	if got := reasonPoints(t, s, "Declined on 15 Feb 2026, 120 days ago"); got != pointsEarlierDecline {
		t.Errorf("decline = %d points, want %d", got, pointsEarlierDecline)
	}
}

func TestRenewalReasonWording(t *testing.T) {
	tests := []struct {
		renewal time.Time
		want    string // "" for no renewal reason
	}{
		{day(2026, 6, 15), "Renewal today: a natural moment to add seats"},
		{day(2026, 6, 16), "Renewal tomorrow: a natural moment to add seats"},
		{day(2026, 9, 13), "Renewal in 90 days: a natural moment to add seats"},
		{day(2026, 9, 14), ""},
		{day(2026, 6, 14), ""},
		{time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.renewal.Format(time.DateOnly), func(t *testing.T) {
			in := input(holding("pipe-ent", 10, 10))
			in.Account.RenewalDate = tt.renewal
			s := find(briefing(t, in), "pipe-ent")
			if s == nil {
				t.Fatal("no seat upsell")
			}
			var got string
			for _, r := range s.Reasons {
				if strings.HasPrefix(r.Text, "Renewal") {
					got = r.Text
				}
			}
			if got != tt.want {
				t.Errorf("renewal reason = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTiesBreakByKindThenNameThenID(t *testing.T) {
	mk := func(score int, kind SuggestionKind, name, id string) *candidate {
		return &candidate{score: score, kind: kind, product: Product{ID: id, Name: name}}
	}
	want := []*candidate{
		mk(50, KindCrossSell, "Zeta", "z"),
		mk(40, KindUpsell, "Omega", "o"),
		mk(40, KindCrossSell, "Alpha", "a"),
		mk(40, KindCrossSell, "Beta", "b1"),
		mk(40, KindCrossSell, "Beta", "b2"),
		mk(10, KindUpsell, "Alpha", "a0"),
	}
	got := slices.Clone(want)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
	slices.SortFunc(got, compareCandidates)
	if !slices.Equal(got, want) {
		for i := range got {
			t.Errorf("%d: got %s, want %s", i, got[i].product.ID, want[i].product.ID)
		}
	}

	// End to end: four complements of one product score alike and come out
	// by name, then id.
	pb := Playbook{Currency: "$", Products: []Product{
		{ID: "base", Name: "Base"},
		{ID: "g2", Name: "Gamma"}, {ID: "g1", Name: "Gamma"}, {ID: "b", Name: "Beta"}, {ID: "a", Name: "Alpha"},
	}}
	for _, id := range []string{"g2", "b", "g1", "a"} {
		pb.Complements = append(pb.Complements, Complement{ProductID: "base", ComplementID: id})
	}
	in := BriefingInput{Account: baseAccount(), Holdings: []Holding{holding("base", 1, 0)}, Catalog: NewCatalog(pb), Now: now}
	if got, want := ids(briefing(t, in)), []string{"a", "b", "g1", "g2"}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

// richInput exercises every rule at once, for determinism and benchmarks
// on the fixture.
func richInput(pb Playbook) BriefingInput {
	in := peersInput()
	in.Catalog = NewCatalog(pb)
	in.Account.Stage = StageAdvocate
	in.Account.RenewalDate = day(2026, 8, 1)
	in.Holdings = []Holding{holding("pipe-pro", 50, 48), holding("insights", 1, 0), holding("backup", 1, 0)}
	in.Pains = []PainPoint{
		pain(1, "reporting", "Reports take us two days", 3),
		pain(2, "support", "Tickets sit for a week", 1),
		pain(3, "security", "Auditors keep asking who changed what", 3),
		pain(4, "onboarding", "New hires take a month to get going", 2),
		{ID: 5, Category: "integration", Title: "We retype orders", Severity: 3, Status: PainResolved},
	}
	in.PastOffers = []PastOffer{
		{"support", ResponseNotNow, daysAgoAt(40)},
		{"training", ResponseInterested, daysAgoAt(12)},
		{"forecast", ResponseDeclined, daysAgoAt(200)},
		{"connect", ResponseDeclined, daysAgoAt(30)},
		{"connect", ResponseInterested, daysAgoAt(60)},
	}
	return in
}

func TestSameInputSameBriefingWhateverTheOrder(t *testing.T) {
	base := briefing(t, richInput(fixturePlaybook()))
	if len(base.Suggestions) < 4 || len(base.CoolingOff) != 1 {
		t.Fatalf("the rich input should exercise most rules; got %v and %d cooling off", ids(base), len(base.CoolingOff))
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 25 {
		pb := fixturePlaybook()
		shuffle(rng, pb.Products)
		shuffle(rng, pb.Complements)
		shuffle(rng, pb.PainCategories)
		in := richInput(pb)
		shuffle(rng, in.Holdings)
		shuffle(rng, in.Pains)
		shuffle(rng, in.PastOffers)
		got := briefing(t, in)
		if !reflect.DeepEqual(got, base) {
			t.Fatalf("round %d: briefing changed with input order:\n got %v\nwant %v", round, ids(got), ids(base))
		}
	}
}

func shuffle[T any](rng *rand.Rand, s []T) {
	rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

func TestNoCatalogueStillGivesGuidance(t *testing.T) {
	in := gateInput(StageAdvocate)
	in.Catalog = nil
	b := Recommend(in)
	if b.Guidance != StageAdvocate.Guidance() || len(b.Suggestions) != 0 || len(b.CoolingOff) != 0 {
		t.Errorf("briefing without a catalogue = %+v", b)
	}
}

func TestUnknownHoldingsAreIgnored(t *testing.T) {
	b := briefing(t, input(holding("retired-product", 10, 10)))
	for _, s := range b.Suggestions {
		if s.Product.ID == "retired-product" {
			t.Errorf("offers a product the catalogue does not know: %+v", s)
		}
	}
}

func TestPeersOfAnUnknownSegment(t *testing.T) {
	// Neither industry nor size known: the accounts sharing that are no
	// peer group, and nothing may call them similar.
	in := peersInput()
	in.Account.Industry, in.Account.SizeBand = "", ""
	in.Peers.Segment = in.Account.Segment()
	if s := find(briefing(t, in), "insights"); s != nil {
		t.Errorf("insights offered on peers of unknown industry and size: %q", reasonTexts(s))
	}
	// Half known: the reason names the half that is.
	in = peersInput()
	in.Account.SizeBand = ""
	in.Peers.Segment = in.Account.Segment()
	s := find(briefing(t, in), "insights")
	if s == nil {
		t.Fatal("no insights from retail peers")
	}
	reasonPoints(t, s, "12 of 30 similar customers (retail) with Pipeline Pro also hold Insights")
}

func TestWelcomeReasonWording(t *testing.T) {
	p := Product{Name: "Forecast"}
	for _, tc := range []struct {
		used      ResponseCount
		inSegment bool
		want      string
	}{
		// Answers, not customers: one customer offered it twice answered twice.
		{ResponseCount{Offered: 6, Welcomed: 5}, true, "5 of 6 offers of Forecast to similar customers were accepted or met with interest"},
		{ResponseCount{Offered: 1, Welcomed: 1}, false, "The one offer of Forecast to a customer was accepted or met with interest"},
		{ResponseCount{Offered: 1, Welcomed: 0}, true, "The one offer of Forecast to a similar customer was neither accepted nor met with interest"},
	} {
		if got := welcomeReason(p, tc.used, tc.inSegment, 1).Text; got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.used, got, tc.want)
		}
	}
}

func TestNotNowHoldsForAQuarter(t *testing.T) {
	for _, tc := range []struct {
		days int
		want bool
	}{{80, true}, {95, false}} {
		in := input(holding("pipe-starter", 10, 8))
		in.PastOffers = []PastOffer{{"training", ResponseNotNow, daysAgoAt(tc.days)}}
		training := find(briefing(t, in), "training")
		if training == nil {
			t.Fatalf("no training %d days after a not now", tc.days)
		}
		held := false
		for _, r := range training.Reasons {
			held = held || (r.Points == pointsNotNow && strings.HasPrefix(r.Text, "Said not now on "))
		}
		if held != tc.want {
			t.Errorf("%d days after a not now: held back = %v, want %v (%q)", tc.days, held, tc.want, reasonTexts(training))
		}
	}
}

func TestPeerAnswersInWords(t *testing.T) {
	for p, want := range map[PeerAnswers]string{
		{}:                        "",
		{Offered: 1, Accepted: 1}: "the one similar account offered it accepted",
		{Offered: 1}:              "the one similar account offered it did not accept",
		{Offered: 2}:              "none of the 2 similar accounts offered it accepted",
		{Offered: 9, Accepted: 4}: "4 of 9 similar accounts offered it accepted",
	} {
		if got := p.Text(); got != want {
			t.Errorf("%+v: %q, want %q", p, got, want)
		}
	}
}
