package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// heardOn is the latest connected call, days ago, whose notes say words
// in a sentence of their own, heard as a cue of kind.
func heardOn(days int, kind CueKind, words string) *HeardOnCall {
	return &HeardOnCall{At: daysAgoAt(days), Notes: "Call back next week. " + words + ". Sent the deck.",
		Cues: []Cue{{Kind: CueTiming, Text: "next week", Number: 1, Unit: "week"}, {Kind: kind, Text: words}}}
}

func TestWhatWasHeardOnTheLatestCallHoldsOffersBack(t *testing.T) {
	tests := []struct {
		name                string
		locale              string
		last                *HeardOnCall
		pains               []PainPoint
		offered, notOffered []string
		// advice is a piece of the advice; "" for none.
		advice   string
		guidance string
	}{
		{"a price objection a week ago: no upgrade, cross-sells stay", "en", heardOn(7, CuePrice, "way too expensive"), nil,
			[]string{"forecast"}, []string{"pipe-ent"},
			"On the call of 8 June 2026 the notes say “way too expensive”: no upgrades or seats for now.",
			StageValueRealized.CostGuidanceIn("en")},
		{"a price objection four months ago is not held against them", "en", heardOn(120, CuePrice, "way too expensive"), nil,
			[]string{"pipe-ent", "forecast"}, nil, "", StageValueRealized.GuidanceIn("en")},
		{"a call without an objection holds nothing back", "en", heardOn(3, CueGrowth, "hiring ten reps"), nil,
			[]string{"pipe-ent", "forecast"}, nil, "", StageValueRealized.GuidanceIn("en")},
		{"a churn risk yesterday: no offers at all, and the account is treated as at risk", "en", heardOn(1, CueChurnRisk, "looking at alternatives"), nil,
			nil, []string{"pipe-ent", "forecast", "insights"},
			"On the call of 14 June 2026 the notes say “looking at alternatives”: no offers until that is settled.",
			StageAtRisk.GuidanceIn("en")},
		{"a noted cost pain speaks for itself over what was heard", "en", heardOn(7, CuePrice, "way too expensive"),
			[]PainPoint{pain(1, PainCost, "We pay for licences nobody uses", 2)},
			[]string{"forecast"}, []string{"pipe-ent"},
			"No upgrades or seats while they say “We pay for licences nobody uses”",
			StageValueRealized.CostGuidanceIn("en")},
		{"German: the day and the words as a German rep reads them", "de", heardOn(7, CuePrice, "zu teuer"), nil,
			[]string{"forecast"}, []string{"pipe-ent"},
			"Gesprächsnotiz vom 08.06.2026: „zu teuer“. Vorerst keine Upgrades",
			StageValueRealized.CostGuidanceIn("de")},
		{"Japanese: the day in Japanese", "ja", heardOn(7, CuePrice, "高すぎる"), nil,
			[]string{"forecast"}, []string{"pipe-ent"},
			"2026年6月8日の通話メモ：「高すぎる」。当面は上位プランやライセンス追加を提案せず",
			StageValueRealized.CostGuidanceIn("ja")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(holding("pipe-pro", 20, 15))
			in.Account.Locale = tt.locale
			in.Account.ARR = 5_000_000 // known, and large enough that no price weighs
			in.LastCall = tt.last
			in.Pains = tt.pains
			b := briefing(t, in)
			wantOffers(t, b, tt.offered, tt.notOffered, tt.advice)
			if b.Guidance != tt.guidance {
				t.Errorf("guidance %q, want %q", b.Guidance, tt.guidance)
			}
		})
	}
}

func TestTheAdviceQuotesTheSentenceOfTheNotesThatHoldsTheCue(t *testing.T) {
	tests := []struct{ notes, cue, want string }{
		{"Kate says they pay way too much for this, the CFO froze all new spend. Call me in April.", "pay way too much",
			"Kate says they pay way too much for this, the CFO froze all new spend"},
		// Nor is the full stop of a title or an abbreviation.
		{"Call with Hr. Wagner. Kd. will bei ca. 30 Lizenzen bleiben, zu teuer sonst. Termin im April.", "zu teuer", "Kd. will bei ca. 30 Lizenzen bleiben, zu teuer sonst"},
		// A decimal point is no sentence end; a line break is.
		{"Renewal at $4.5k a month is too expensive for them\nWants a call in May", "too expensive", "Renewal at $4.5k a month is too expensive for them"},
		{"経理部の佐藤様と面談。更新価格が高すぎるとのこと。来月再訪。", "高すぎる", "更新価格が高すぎるとのこと"},
		// A long sentence gives the clause that holds the cue.
		{"We went through " + strings.Repeat("every open ticket and ", 8) + "then Jo said, quite plainly, that it is far too expensive now; next steps agreed.", "too expensive",
			"that it is far too expensive now"},
		// Notes that do not hold the cue's words give the words.
		{"", "zu teuer", "zu teuer"},
		// Who said it is the rep's label, not the customer's words.
		{"Herr Keller: Route Planner Business ist uns zu teuer, das ist zu viel Geld.", "zu teuer", "Route Planner Business ist uns zu teuer, das ist zu viel Geld"},
		{"高橋部長：ドライブレコーダーは高すぎる。", "高すぎる", "ドライブレコーダーは高すぎる"},
		{"Kristjan: Route Planner Business on meie jaoks liiga kallis", "liiga kallis", "Route Planner Business on meie jaoks liiga kallis"},
		// "They said" is the rep's report, not their words.
		{"They said the renewal is way too expensive.", "way too expensive", "The renewal is way too expensive"},
		// A colon inside what they said stays: "Reason: too expensive" is theirs.
		{"Their verdict after the demo of all three options we showed: too expensive.", "too expensive", "Their verdict after the demo of all three options we showed: too expensive"},
	}
	for _, tt := range tests {
		h := &HeardOnCall{Notes: tt.notes}
		if got := h.Said(Cue{Kind: CuePrice, Text: tt.cue}); got != tt.want {
			t.Errorf("Said(%q in %q) = %q, want %q", tt.cue, tt.notes, got, tt.want)
		}
	}
	in := input(holding("pipe-pro", 20, 15))
	in.LastCall = &HeardOnCall{At: daysAgoAt(2), Notes: "Demo went fine. Jo said it's too expensive for a team of five.", Cues: []Cue{{Kind: CuePrice, Text: "too expensive"}}}
	b := briefing(t, in)
	if got := strings.Join(b.Advice, " "); !strings.Contains(got, "the notes say “Jo said it's too expensive for a team of five”:") {
		t.Errorf("advice %q, want the note's sentence quoted", got)
	}
	for _, s := range b.Suggestions {
		for _, tp := range s.TalkingPoints {
			if strings.Contains(tp.Text, "too expensive") {
				t.Errorf("%s: talking point %q quotes the rep's notes as the customer's words", s.Product.ID, tp.Text)
			}
		}
	}
}

func TestStableUntilEndsWhenWhatWasHeardStopsCounting(t *testing.T) {
	in := input(holding("pipe-pro", 20, 15))
	in.LastCall = &HeardOnCall{At: now.Add(2*time.Hour - HeardFor), Cues: []Cue{{Kind: CuePrice, Text: "too expensive"}}}
	until := StableUntil(in)
	if want := now.Add(2*time.Hour + time.Nanosecond); !until.Equal(want) {
		t.Fatalf("StableUntil = %v, want the end of what was heard %v", until, want)
	}
	before, after := in, in
	before.Now, after.Now = until.Add(-time.Nanosecond), until
	if find(Recommend(before), "pipe-ent") != nil || find(Recommend(after), "pipe-ent") == nil {
		t.Errorf("the upgrade is not held back until %v and offered from then: before %v, after %v", until, ids(Recommend(before)), ids(Recommend(after)))
	}
}

func TestPeopleSaidToJoinOnTheLatestCallAreCountedInTheSeats(t *testing.T) {
	in := input(holding("pipe-ent", 20, 19)) // 95% used: more seats
	before := find(briefing(t, in), "pipe-ent")
	if before == nil {
		t.Fatalf("no seats offered at 19 of 20: %v", ids(briefing(t, in)))
	}
	in.LastCall = &HeardOnCall{At: daysAgoAt(5), Notes: "Hiring again. 12 new reps start in March.",
		Cues: []Cue{{Kind: CueGrowth, Text: "Hiring"}, {Kind: CueGrowth, Text: "12 new reps", Number: 12}}}
	after := find(briefing(t, in), "pipe-ent")
	if after == nil || after.Quantity != 19+12-20 || after.Score != before.Score+pointsGrowthHeard {
		t.Fatalf("seats after 12 people said to join: %+v (before %d seats, score %d)", after, before.Quantity, before.Score)
	}
	if !slices.ContainsFunc(after.Reasons, func(r Reason) bool {
		return strings.Contains(r.Text, `"12 new reps", so the seats count the 12 people joining`)
	}) {
		t.Errorf("reasons %v do not say why", after.Reasons)
	}
	// The account's one seated family gets the seats the head count
	// needs, however many are free now: 30 of 40 in use and 12 joining
	// is 2 short.
	in.Holdings = []Holding{holding("pipe-ent", 40, 30)}
	if sg := find(briefing(t, in), "pipe-ent"); sg == nil || sg.Kind != KindSeats || sg.Quantity != 2 {
		t.Errorf("30 of 40 seats in use and 12 joining: %+v, want 2 more seats", sg)
	}
	// 28 of 40 in use and 12 joining fill the 40 exactly: nothing short.
	in.Holdings = []Holding{holding("pipe-ent", 40, 28)}
	if sg := find(briefing(t, in), "pipe-ent"); sg != nil {
		t.Errorf("28 of 40 seats in use and 12 joining: %+v, want no seats", sg)
	}
	// With two seated families, one with seats to spare is not grown on a
	// head count that names no family.
	in.Holdings = []Holding{holding("pipe-ent", 40, 30), holding("forecast", 10, 8)}
	if sg := find(briefing(t, in), "pipe-ent"); sg != nil {
		t.Errorf("seats offered with 10 of 40 free beside another seated family: %+v", sg)
	}
	// Said four months ago, it no longer sizes anything.
	in.Holdings = []Holding{holding("pipe-ent", 20, 19)}
	in.LastCall.At = daysAgoAt(120)
	if sg := find(briefing(t, in), "pipe-ent"); sg == nil || sg.Quantity != before.Quantity {
		t.Errorf("an old head count still sizes the seats: %+v", sg)
	}
}

// TestAPriceObjectionAboutUsIsQuotedOverARivalsQuote: of two price cues on
// the call, the one in a sentence naming no competitor is the one quoted.
func TestAPriceObjectionAboutUsIsQuotedOverARivalsQuote(t *testing.T) {
	notes := "They are also talking to HubSpot, who quoted them less. The renewal is way too expensive for them."
	call := &HeardOnCall{At: daysAgoAt(2), Notes: notes, Cues: []Cue{
		{Kind: CueCompetitor, Text: "HubSpot", Competitor: "HubSpot"},
		{Kind: CuePrice, Text: "quoted them less"},
		{Kind: CuePrice, Text: "way too expensive"},
	}}
	in := input(holding("pipe-pro", 20, 15))
	in.LastCall = call
	c, _, ok := in.heard(CuePrice)
	if !ok || c.Text != "way too expensive" {
		t.Errorf("quoted %q, want the objection about us", c.Text)
	}
	call.Cues = call.Cues[:2]
	if c, _, ok := in.heard(CuePrice); !ok || c.Text != "quoted them less" {
		t.Errorf("with only the rival's quote: %q, %v", c.Text, ok)
	}
}

// TestPeopleAPainSaysAreJoiningAreCountedInTheSeats: "hiring 12 reps" on
// file sizes the seats as the same words on a call would, the reason
// quotes it, and no line says nothing answers it.
func TestPeopleAPainSaysAreJoiningAreCountedInTheSeats(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	in := input(holding("pipe-ent", 40, 30))
	in.Catalog = NewCatalog(pb)
	if sg := find(briefing(t, in), "pipe-ent"); sg != nil {
		t.Fatalf("30 of 40 seats in use and nobody joining: %+v, want no seats", sg)
	}
	in.Pains = []PainPoint{pain(1, "security", "We're hiring 12 reps in March and nobody knows the tool", 2)}
	b := briefing(t, in)
	sg := find(b, "pipe-ent")
	if sg == nil || sg.Kind != KindSeats || sg.Quantity != 2 {
		t.Fatalf("30 of 40 seats in use and a pain saying 12 are joining: %+v, want 2 more seats", sg)
	}
	if !slices.ContainsFunc(sg.Reasons, func(r Reason) bool {
		return strings.Contains(r.Text, "They say “We're hiring 12 reps in March and nobody knows the tool”, so the seats count the 12 people joining")
	}) {
		t.Errorf("reasons %v do not quote the pain", sg.Reasons)
	}
	for _, a := range b.Advice {
		if strings.Contains(a, "hiring 12 reps") && strings.Contains(a, "nothing") {
			t.Errorf("advice %q says nothing answers the pain the seats are sized by", a)
		}
	}
}

// TestAHiringPainIsNoCaseForAProductOfItsCategory: in adoption, "hiring
// 12 reps" filed under scale is not said to be what a scale product may
// fit: people joining need seats.
func TestAHiringPainIsNoCaseForAProductOfItsCategory(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	in := input(holding("pipe-starter", 10, 10))
	in.Catalog = NewCatalog(pb)
	in.Account.Stage = StageAdoption
	in.Pains = []PainPoint{pain(1, "scale", "Big quarter ahead for the whole team", 2)}
	mayFit := func(b Briefing) bool {
		return slices.ContainsFunc(b.Advice, func(a string) bool { return strings.Contains(a, "is made for this kind of problem") })
	}
	if !mayFit(briefing(t, in)) {
		t.Fatalf("a scale pain names no product that may fit: %q", briefing(t, in).Advice)
	}
	in.Pains = []PainPoint{pain(1, "scale", "We're hiring 12 reps in March", 2)}
	if b := briefing(t, in); mayFit(b) {
		t.Errorf("a hiring pain is said to be what a scale product may fit: %q", b.Advice)
	}
}
