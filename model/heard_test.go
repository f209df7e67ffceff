package model

import (
	"strings"
	"testing"
	"time"
)

// heardOn is the latest connected call, days ago, with cues of kind in
// the words given.
func heardOn(days int, kind CueKind, words string) *HeardOnCall {
	return &HeardOnCall{At: daysAgoAt(days), Cues: []Cue{{Kind: CueTiming, Text: "next week", Number: 1, Unit: "week"}, {Kind: kind, Text: words}}}
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
			"On the call of 8 June 2026 they said “way too expensive”: no upgrades or seats for now.",
			StageValueRealized.CostGuidanceIn("en")},
		{"a price objection four months ago is not held against them", "en", heardOn(120, CuePrice, "way too expensive"), nil,
			[]string{"pipe-ent", "forecast"}, nil, "", StageValueRealized.GuidanceIn("en")},
		{"a call without an objection holds nothing back", "en", heardOn(3, CueGrowth, "hiring ten reps"), nil,
			[]string{"pipe-ent", "forecast"}, nil, "", StageValueRealized.GuidanceIn("en")},
		{"a churn risk yesterday: no offers at all, and the account is treated as at risk", "en", heardOn(1, CueChurnRisk, "looking at alternatives"), nil,
			nil, []string{"pipe-ent", "forecast", "insights"},
			"On the call of 14 June 2026 they said “looking at alternatives”: no offers until that is settled.",
			StageAtRisk.GuidanceIn("en")},
		{"a noted cost pain speaks for itself over what was heard", "en", heardOn(7, CuePrice, "way too expensive"),
			[]PainPoint{pain(1, PainCost, "We pay for licences nobody uses", 2)},
			[]string{"forecast"}, []string{"pipe-ent"},
			"No upgrades or seats while they say “We pay for licences nobody uses”",
			StageValueRealized.CostGuidanceIn("en")},
		{"German: the day and the words as a German rep reads them", "de", heardOn(7, CuePrice, "zu teuer"), nil,
			[]string{"forecast"}, []string{"pipe-ent"},
			"Im Gespräch am 08.06.2026 sagte der Kunde: „zu teuer“.",
			StageValueRealized.CostGuidanceIn("de")},
		{"Japanese: the day in Japanese", "ja", heardOn(7, CuePrice, "高すぎる"), nil,
			[]string{"forecast"}, []string{"pipe-ent"},
			"2026年6月8日の通話で「高すぎる」とのお声がありました。当面は上位プランやライセンス追加を提案せず",
			StageValueRealized.CostGuidanceIn("ja")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(holding("pipe-pro", 20, 15))
			in.Account.Locale = tt.locale
			in.LastCall = tt.last
			in.Pains = tt.pains
			b := briefing(t, in)
			for _, id := range tt.offered {
				if find(b, id) == nil {
					t.Errorf("%s not offered in %v", id, ids(b))
				}
			}
			for _, id := range tt.notOffered {
				if find(b, id) != nil {
					t.Errorf("%s offered in %v", id, ids(b))
				}
			}
			advice := strings.Join(b.Advice, " ")
			switch {
			case tt.advice == "" && advice != "":
				t.Errorf("advice %q, want none", advice)
			case !strings.Contains(advice, tt.advice):
				t.Errorf("advice %q, want it to say %q", advice, tt.advice)
			}
			if b.Guidance != tt.guidance {
				t.Errorf("guidance %q, want %q", b.Guidance, tt.guidance)
			}
		})
	}
}

func TestAHeardObjectionIsQuotedOnceInTheAdvice(t *testing.T) {
	in := input(holding("pipe-pro", 20, 15))
	in.LastCall = heardOn(2, CuePrice, "“too expensive”")
	b := briefing(t, in)
	if got := strings.Join(b.Advice, " "); !strings.Contains(got, "said “too expensive”:") {
		t.Errorf("advice %q, want the words quoted once", got)
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
