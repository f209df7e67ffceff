package model

import (
	"strings"
	"testing"
	"time"
)

// testCueRules is a small rule set for the engine's tests, apart from the
// demo playbook's word lists.
func testCueRules() CueRules {
	responses := map[CueKind]string{}
	for _, k := range CueKinds {
		responses[k] = "say " + string(k)
	}
	responses[CueCompetitor] = "{competitor}: {difference}"
	responses[CueTiming] = "talk on {follow_up}"
	responses[CuePain] = "you said {words}"
	return CueRules{
		Competitors: []Competitor{{Name: "Acme", Aliases: []string{"acme crm", "акме"}, Difference: map[string]string{"en": "we are faster", "ja": "速い"}}},
		Languages: []CueLanguage{
			{
				Locale:         "en",
				Negations:      []string{"not", "no", "*n't"},
				NegationsAfter: []string{"freeze"},
				ClauseBreaks:   []string{"but"},
				QuestionStarts: []string{"is it"},
				QuestionWords:  []string{"if"},
				Phrases: map[CueKind][]string{
					CuePrice:  {"too expensive", "budget* .. cut"},
					CueGrowth: {"hiring", "adding # seats"},
					CueTiming: {"next quarter", "q1|q2|q3|q4", "in # week*"},
				},
				Problems:  []string{"fail*", "slow"},
				Pains:     map[string][]string{"integration": {"import*"}},
				Urgent:    []string{"urgent"},
				TimeUnits: map[string][]string{"week": {"week*"}, "quarter": {"quarter"}, "month": {"month*"}},
				Responses: responses,
			},
			{
				Locale:         "ja",
				Spaceless:      true,
				NegationsAfter: []string{"ない", "とは思わ"},
				QuestionEnds:   []string{"か"},
				Phrases:        map[CueKind][]string{CuePrice: {"高すぎ", "予算..足りない"}, CueGrowth: {"採用"}},
				Problems:       []string{"エラー"},
				Pains:          map[string][]string{"integration": {"連携"}},
				Responses:      responses,
			},
		},
	}
}

func mustDetector(t *testing.T, r CueRules) *CueDetector {
	t.Helper()
	if err := r.Validate([]string{"integration"}); err != nil {
		t.Fatal(err)
	}
	d, err := NewCueDetector(r)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func kinds(cues []Cue) string {
	var parts []string
	for _, c := range cues {
		parts = append(parts, string(c.Kind)+"="+c.Text)
	}
	return strings.Join(parts, "; ")
}

func TestDetectRules(t *testing.T) {
	d := mustDetector(t, testCueRules())
	tests := []struct {
		locale, text, want string
	}{
		{"en", "Way too expensive for us.", "price=too expensive"},
		{"en", "not too expensive", ""},
		{"en", "it isn't too expensive", ""},
		{"en", "not sure, too expensive", "price=too expensive"},
		{"en", "not great but too expensive", "price=too expensive"},
		{"en", "too expensive?", ""},
		{"en", "is it too expensive", ""},
		{"en", "if it is too expensive we stop", ""},
		{"en", "budget was cut", "price=budget was cut"},
		{"en", "budget no cut", ""},
		{"en", "hiring 20 people", "growth=hiring 20"},
		{"en", "hiring in 3 weeks", "growth=hiring"},
		{"en", "hiring freeze", ""},
		{"en", "adding 12 seats", "growth=adding 12 seats"},
		{"en", "our imports keep failing", "pain=imports keep failing"},
		{"en", "imports do not fail", ""},
		{"en", "imports are fine. slow laptop", ""},
		{"en", "we use Acme CRM and AcmeCRM", "competitor=Acme CRM; competitor=AcmeCRM"},
		{"en", "ja 高すぎ", ""},
		{"ja", "ちょっと高すぎます", "price=高すぎ"},
		{"ja", "高すぎない", ""},
		{"ja", "高すぎるとは思わない", ""},
		{"ja", "高すぎますか", ""},
		{"ja", "予算が全然足りない", "price=予算が全然足りない"},
		{"ja", "来月20人採用", "growth=20人採用"},
		{"ja", "連携でエラーが出る", "pain=連携でエラー"},
		{"ja", "連携でエラーが出ない", ""},
		{"xx", "too expensive", ""},
	}
	for _, tt := range tests {
		if got := kinds(d.Detect(tt.text, tt.locale)); got != tt.want {
			t.Errorf("Detect(%q, %s) = %q, want %q", tt.text, tt.locale, got, tt.want)
		}
	}
}

func TestDetectNumbersAndSeverity(t *testing.T) {
	d := mustDetector(t, testCueRules())
	c := d.Detect("hiring 1,200 people", "en")
	if len(c) != 1 || c[0].Number != 1200 {
		t.Errorf("hiring 1,200: %+v", c)
	}
	c = d.Detect("hiring 20% more", "en")
	if len(c) != 1 || c[0].Number != 0 {
		t.Errorf("a share is not a count: %+v", c)
	}
	c = d.Detect("urgent: imports fail daily", "en")
	if len(c) != 1 || c[0].Severity != 2 {
		t.Errorf("urgent in another clause: %+v", c)
	}
	c = d.Detect("imports fail, urgent", "en")
	if len(c) != 1 || c[0].Severity != 2 {
		t.Errorf("urgent after a comma: %+v", c)
	}
	c = d.Detect("urgent imports fail", "en")
	if len(c) != 1 || c[0].Severity != 3 || c[0].Category != "integration" {
		t.Errorf("urgent pain: %+v", c)
	}
	if c[0].Text != "imports fail" || "urgent imports fail"[c[0].Start:c[0].End] != c[0].Text {
		t.Errorf("offsets: %+v", c[0])
	}
}

func TestFollowUpDate(t *testing.T) {
	now := time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC)
	d := mustDetector(t, testCueRules())
	tests := []struct{ text, want string }{
		{"next quarter", "2027-01-04"}, // 1 January is off, the 2nd a Saturday
		{"in 3 weeks", "2026-12-21"},   // a Sunday: the Monday
		{"maybe q2", "2027-04-01"},
	}
	for _, tt := range tests {
		c := d.Detect(tt.text, "en")
		if len(c) != 1 {
			t.Fatalf("%q: %v", tt.text, c)
		}
		if got := c[0].FollowUpDate(now).Format(time.DateOnly); got != tt.want {
			t.Errorf("%q: follow-up %s, want %s", tt.text, got, tt.want)
		}
	}
	if got := (Cue{Kind: CueTiming}).FollowUpDate(now).Format(time.DateOnly); got != "2026-12-14" {
		t.Errorf("no time named: %s", got)
	}
	if got := d.Response(d.Detect("next quarter", "en")[0], "en", now); got != "talk on 4 January" {
		t.Errorf("response: %q", got)
	}
}

func TestCueResponseFillsCompetitor(t *testing.T) {
	d := mustDetector(t, testCueRules())
	c := d.Detect("они на акме", "en")
	if len(c) != 1 || c[0].Competitor != "Acme" {
		t.Errorf("an alias names the competitor in every language: %v", c)
	}
	c = d.Detect("they moved to acme crm", "en")
	if got := d.Response(c[0], "en", time.Now()); got != "Acme: we are faster" {
		t.Errorf("response %q", got)
	}
}

func TestCueRulesValidate(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(*CueRules)
		want   string
	}{
		{"bad kind", func(r *CueRules) { r.Languages[0].Phrases["pricey"] = []string{"x"} }, `"pricey" is not a phrase cue kind`},
		{"gap first", func(r *CueRules) { r.Languages[0].Phrases[CuePrice] = []string{".. cut"} }, `pattern ".. cut" has ".."`},
		{"two words in an alternative", func(r *CueRules) { r.Languages[0].Phrases[CuePrice] = []string{"a|b/c"} }, `not one word`},
		{"unknown pain", func(r *CueRules) { r.Languages[0].Pains["money"] = []string{"x"} }, `"money" is not one of the playbook's pain categories`},
		{"missing response", func(r *CueRules) { delete(r.Languages[0].Responses, CueGrowth) }, `no response for growth`},
		{"unknown placeholder", func(r *CueRules) { r.Languages[0].Responses[CuePrice] = "{price}" }, `unknown placeholder {price}`},
		{"missing difference", func(r *CueRules) { delete(r.Competitors[0].Difference, "ja") }, `has no difference in "ja"`},
		{"bad unit", func(r *CueRules) { r.Languages[0].TimeUnits["fortnight"] = []string{"x"} }, `"fortnight" is not a unit`},
		{"ja alternative", func(r *CueRules) { r.Languages[1].Phrases[CuePrice] = []string{"高い|高額"} }, `write each alternative`},
	}
	for _, tt := range tests {
		r := testCueRules()
		tt.break_(&r)
		err := r.Validate([]string{"integration"})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
}
