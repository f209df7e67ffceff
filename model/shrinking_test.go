package model_test

import (
	"strings"
	"testing"

	"talktrack/model"
)

// shrinkCases are notes saying the team gets smaller, and a piece of the
// advice the briefing gives for them, per language.
var shrinkCases = []struct{ locale, note, advice string }{
	{"en", "Spoke to Dana. Layoffs: the team goes from 40 to 25 in January.", "the team is getting smaller, so no upgrades or seats"},
	{"de", "Telefonat mit Frau Berger. Stellenabbau, das Team schrumpft auf 25 Leute.", "Das Team wird kleiner"},
	{"ja", "佐藤様と通話。来月リストラで人員を15名削減予定。", "体制が縮小されるため"},
	{"ru", "Созвонились с Ириной. Сокращение штата, уволят 15 человек.", "Команда сокращается"},
	{"et", "Rääkisin Marega. Koondamised, meeskond väheneb 25 inimeseni.", "Meeskond jääb väiksemaks"},
}

func expands(b model.Briefing) bool {
	for _, s := range b.Suggestions {
		if s.Kind == model.KindSeats || s.Kind == model.KindUpsell {
			return true
		}
	}
	return false
}

// TestATeamSaidToShrinkHearsNoSeatsOrUpgrades: layoffs heard on the latest
// call hold back seats and upgrades in every language, keep cross-sells,
// and the advice says why; growth heard on the same call outweighs them.
func TestATeamSaidToShrinkHearsNoSeatsOrUpgrades(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range shrinkCases {
		in := freezeInput(t, tc.locale)
		in.Account.Stage = model.StageAdvocate
		if !expands(model.Recommend(in)) {
			t.Fatalf("%s: no seats or upgrade even without a call; the test says nothing", tc.locale)
		}
		at := in.Now.AddDate(0, 0, -3)
		in.LastCall = &model.HeardOnCall{At: at, Notes: tc.note, Cues: d.DetectNote(tc.note, tc.locale)}
		b := model.Recommend(in)
		if expands(b) {
			t.Errorf("%s: %q still offers seats or an upgrade: %v", tc.locale, tc.note, b.Suggestions)
		}
		if !offersCrossSell(b) {
			t.Errorf("%s: a shrinking team stopped cross-sells too", tc.locale)
		}
		if !strings.Contains(strings.Join(b.Advice, " "), tc.advice) {
			t.Errorf("%s: advice %q does not say %q", tc.locale, b.Advice, tc.advice)
		}
		if b.Guidance != model.AdvocateShrinkingGuidance(tc.locale) {
			t.Errorf("%s: guidance %q still proposes growth", tc.locale, b.Guidance)
		}
	}
	in := freezeInput(t, "en")
	note := "Layoffs in marketing, but sales is hiring 10 new reps in January."
	in.LastCall = &model.HeardOnCall{At: in.Now.AddDate(0, 0, -3), Notes: note, Cues: d.DetectNote(note, "en")}
	if b := model.Recommend(in); !expands(b) {
		t.Errorf("growth heard beside layoffs held seats back: %v", b.Advice)
	}
}

// TestShrinkingHeardOnTheCallTakesSeatsOffTheList: on the live call, a
// team said to shrink takes upgrades and seats off the list, as a price
// objection does, and says why; growth heard too keeps them.
func TestShrinkingHeardOnTheCallTakesSeatsOffTheList(t *testing.T) {
	d := demoCueDetector(t)
	in := freezeInput(t, "en")
	in.Account.Stage = model.StageAdvocate
	sugs := model.Recommend(in).Suggestions
	if !expands(model.Briefing{Suggestions: sugs}) {
		t.Fatal("no seats or upgrade to take off; the test says nothing")
	}
	r := model.RerankForCues(sugs, d.Detect("they laid off 12 people last week", "en"))
	if expands(model.Briefing{Suggestions: r.Suggestions}) || !strings.Contains(r.HeldBack, "Team shrinking heard") {
		t.Errorf("layoffs heard on the call kept seats or upgrades: %v, %q", r.Suggestions, r.HeldBack)
	}
	r = model.RerankForCues(sugs, d.Detect("they laid off 12 people in support, but sales hires 10 new reps", "en"))
	if !expands(model.Briefing{Suggestions: r.Suggestions}) {
		t.Errorf("growth heard beside layoffs took seats off the list: %q", r.HeldBack)
	}
}

// TestLayoffsWithFewerLicencesAreAnsweredAsAShrinkingTeam: a price
// objection said with the team getting smaller is answered by
// right-sizing, not by a smaller first step to buy.
func TestLayoffsWithFewerLicencesAreAnsweredAsAShrinkingTeam(t *testing.T) {
	d := demoCueDetector(t)
	cues := d.Detect("Bauen 5 Stellen ab, Abteilung schrumpft auf 12. Wollen Lizenzen reduzieren.", "de")
	c, ok := model.CueToAnswer(cues, cueDateNow)
	if !ok || c.Kind != model.CueShrinking {
		t.Fatalf("answered %v, want the shrinking team (%s)", c, describeCues(cues))
	}
	if say := d.Response(c, "de", cueDateNow); !strings.Contains(say, "Team kleiner wird") {
		t.Errorf("reply %q", say)
	}
}

// TestSeatsOfANewProductCountOnlyWhoStays: "the team goes from 40 to 25"
// sizes a seated cross-sell for the people who stay, 15 fewer.
func TestSeatsOfANewProductCountOnlyWhoStays(t *testing.T) {
	d := demoCueDetector(t)
	in := freezeInput(t, "en")
	before := map[string]int{}
	for _, s := range model.Recommend(in).Suggestions {
		if s.Kind == model.KindCrossSell && s.Product.Seated && s.Quantity > 16 {
			before[s.Product.ID] = s.Quantity
		}
	}
	if len(before) == 0 {
		t.Fatal("no seated cross-sell of more than 16 seats; the test says nothing")
	}
	note := "Layoffs: the team goes from 40 to 25 in January."
	in.LastCall = &model.HeardOnCall{At: in.Now.AddDate(0, 0, -3), Notes: note, Cues: d.DetectNote(note, "en")}
	for _, s := range model.Recommend(in).Suggestions {
		if n, ok := before[s.Product.ID]; ok && s.Quantity != n-15 {
			t.Errorf("%s: %d seats after 15 leave, want %d", s.Product.ID, s.Quantity, n-15)
		}
	}
}
