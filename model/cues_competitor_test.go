package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// TestSwitchingToSalesOpsOwnCompetitorsIsAChurnRisk: the churn patterns
// that name a rival (@competitor) hold for the competitors sales ops list,
// in every language, and talk of a rival's integration is no churn.
func TestSwitchingToSalesOpsOwnCompetitorsIsAChurnRisk(t *testing.T) {
	rules := demoCueDetector(t).Rules()
	rules.Competitors = []model.Competitor{
		{Name: "Samsara", Aliases: []string{"samsara"}},
		{Name: "Wialon", Aliases: []string{"wialon", "виалон*"}},
		{Name: "Ecofleet", Aliases: []string{"ecofleet"}},
		{Name: "Cariot", Aliases: []string{"cariot", "キャリオット"}},
	}
	for i := range rules.Competitors {
		rules.Competitors[i].Difference = map[string]string{}
		for _, l := range rules.Languages {
			rules.Competitors[i].Difference[l.Locale] = "x"
		}
	}
	d, err := model.NewCueDetector(rules)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		locale, note string
		churn        bool
	}{
		{"de", "Wir überlegen, zu Samsara zu wechseln.", true},
		{"de", "Sie wollen zu einem anderen Anbieter wechseln.", true},
		{"en", "They are switching to Samsara next quarter.", true},
		{"en", "They are considering Samsara for the whole fleet.", true},
		{"ru", "Думаем перейти на Wialon.", true},
		{"et", "Kaalume Ecofleetile üleminekut.", true},
		{"et", "Ecofleetile üleminek", true},
		{"et", "Ecofleet üleminek", true},
		{"ja", "Cariotへの切り替えを検討している。", true},
		{"ja", "キャリオットに乗り換える予定です。", true},
		{"en", "They asked whether we integrate with Samsara.", false},
		{"de", "Die Samsara-Schnittstelle läuft gut.", false},
	} {
		churn := false
		for _, c := range d.DetectNote(tc.note, tc.locale) {
			churn = churn || c.Kind == model.CueChurnRisk
		}
		if churn != tc.churn {
			t.Errorf("%s %q: churn risk %v, want %v", tc.locale, tc.note, churn, tc.churn)
		}
	}
}

// TestTheReplyDoesNotOfferSeatsAfterAFreeze: "we hire 5 drivers" after
// "the budget is used up" is answered as the freeze, not with seats; a
// growth cue alone is answered as growth.
func TestTheReplyDoesNotOfferSeatsAfterAFreeze(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		locale, note string
		want         model.CueKind
	}{
		{"de", "Das Budget ist aufgebraucht. Wir stellen 5 neue Fahrer ein.", model.CuePrice},
		{"en", "They said it's too expensive. They are hiring 12 reps in March.", model.CuePrice},
		{"en", "Looking at alternatives. Also hiring 12 reps.", model.CueChurnRisk},
		{"en", "They are hiring 12 reps in March.", model.CueGrowth},
		{"en", "Hiring 12 reps. Call me next quarter.", model.CueTiming},
	} {
		c, ok := model.CueToAnswer(d.DetectNote(tc.note, tc.locale), cueDateNow)
		if !ok || c.Kind != tc.want {
			t.Errorf("%s %q: answered %v (%q), want %s", tc.locale, tc.note, c.Kind, c.Text, tc.want)
		}
	}
}

// TestAFreezeIsAnsweredByHoldingOff: the reply to a spend freeze holds
// off and asks when budget frees up, in each language, or names the day
// the notes say it ends; it is answered before a price objection heard
// with it, which alone keeps the playbook's answer.
func TestAFreezeIsAnsweredByHoldingOff(t *testing.T) {
	d := demoCueDetector(t)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ locale, note, want string }{
		{"en", "No budget left this year.", "When do you expect budget to open up again?"},
		{"de", "Das Budget ist aufgebraucht.", "Wann rechnen Sie wieder mit Budget?"},
		{"ja", "予算が尽きました。", "いつ頃になりそうでしょうか"},
		{"ru", "Бюджет исчерпан.", "когда снова появится бюджет?"},
		{"et", "Eelarve on otsas.", "Millal eelarve teie hinnangul taas vabaneb?"},
		// A freeze heard with a price objection is the one answered,
		// whichever comes last, and a day named is said back as when to
		// talk again.
		{"en", "budget frozen, too expensive anyway", "When do you expect budget to open up again?"},
		{"en", "Budget frozen until Q2 per Linda, all new spend on hold", "nothing new before 1 April."},
		{"de", "Budget bis April eingefroren, zu teuer ist es sowieso", "vor dem 1. April starten wir nichts Neues"},
		{"ja", "来年3月まで新規の購入は一切ストップ（全社的なコスト削減）", "3月31日を過ぎましたら"},
		{"ru", "бюджет заморожен до апреля, и вообще дорого", "до 1 апреля ничего нового"},
		{"et", "eelarve on külmutatud aprillini", "räägime uuesti 1. aprillil"},
		// The day the freeze ends, not the day of the next call.
		{"de", "Budget eingefroren bis Ende Q1. Nächste Woche Mittwoch nochmal anrufen.", "vor dem 31. März starten wir nichts Neues"},
		{"en", "Budget frozen until end of Q1, call back next week", "nothing new before 31 March."},
		// A call agreed before the freeze ends is said besides its end.
		{"en", "Budget frozen till Q2, no new seats this yr. Follow up Jan 12.", "nothing new before 1 April. Until then, let's make sure you get the most out of what you have; we'll speak again on 12 January."},
		{"ru", "Бюджет заморожен до апреля. Созвон 15 января.", "до 1 апреля ничего нового предлагать не буду. А пока давайте сделаем так, чтобы вы получали максимум от того, что у вас уже есть; созвонимся 15 января."},
		// A call agreed for after the freeze is the day said back.
		{"ru", "Бюджет заморожен до марта. Созвон 2 марта.", "до 2 марта ничего нового"},
		{"et", "Eelarve on külmutatud kuni veebruari lõpuni. Võtame uuesti ühendust märtsis.", "räägime uuesti 1. märtsil"},
	} {
		c, ok := model.CueToAnswer(d.DetectNote(tc.note, tc.locale), cueDateNow)
		if !ok || c.Label() != "Spend freeze" {
			t.Errorf("%s %q: answered %v (%s)", tc.locale, tc.note, c, c.Label())
			continue
		}
		if say := d.Response(c, tc.locale, now); !strings.Contains(say, tc.want) {
			t.Errorf("%s %q: says %q, want %q in it", tc.locale, tc.note, say, tc.want)
		}
	}
	c, _ := model.CueToAnswer(d.DetectNote("Way too expensive for us.", "en"), cueDateNow)
	if say := d.Response(c, "en", now); strings.Contains(say, "budget to open up") {
		t.Errorf("a price objection is answered as a freeze: %q", say)
	}
}

// TestARivalsIntegrationIsNoRivalWeighed: a rival named for its
// integration or its data is marked so and not answered as a rival
// weighed; a rival named otherwise is.
func TestARivalsIntegrationIsNoRivalWeighed(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		locale, note string
		integration  bool
	}{
		{"en", "Wants to import contacts from Salesforce into our CRM.", true},
		{"de", "Fragen nach der Schnittstelle zu Microsoft Dynamics.", true},
		{"ja", "Zendeskとの連携について質問あり。", true},
		{"en", "Marketing uses HubSpot, want it connected to our CRM", true},
		{"de", "HubSpot soll ans CRM angebunden werden", true},
		{"et", "Küsisid Zendeski liidestuse kohta.", true},
		{"en", "Salesforce quoted us less.", false},
	} {
		cues := d.DetectNote(tc.note, tc.locale)
		var comp *model.Cue
		for i := range cues {
			if cues[i].Kind == model.CueCompetitor {
				comp = &cues[i]
			}
		}
		if comp == nil {
			t.Errorf("%s %q: no competitor cue", tc.locale, tc.note)
			continue
		}
		if got := comp.Category == model.CueIntegration; got != tc.integration {
			t.Errorf("%s %q: integration %v, want %v", tc.locale, tc.note, got, tc.integration)
		}
		c, ok := model.CueToAnswer(cues, cueDateNow)
		if tc.integration && ok && c.Kind == model.CueCompetitor {
			t.Errorf("%s %q: a rival's integration is answered as a rival weighed", tc.locale, tc.note)
		}
		if !tc.integration && !ok {
			t.Errorf("%s %q: nothing answered", tc.locale, tc.note)
		}
	}
}

// TestAnEnglishNoteOnAGermanAccountKeepsItsGrowth: a month German spells
// the same ("August") does not make the German lists win a tie with the
// English ones that hear the hiring.
func TestAnEnglishNoteOnAGermanAccountKeepsItsGrowth(t *testing.T) {
	d := demoCueDetector(t)
	cues := d.DetectNote("Florian: hiring 4 accountants in August.", "de")
	if !slices.ContainsFunc(cues, func(c model.Cue) bool { return c.Kind == model.CueGrowth && c.Number == 4 }) {
		t.Errorf("growth lost: %s", describeCues(cues))
	}
	if cues := d.DetectNote("Rückruf im August, vorher keine Zeit", "de"); !slices.ContainsFunc(cues, func(c model.Cue) bool { return c.Kind == model.CueTiming }) {
		t.Errorf("a German note on a German account: %s", describeCues(cues))
	}
}

// TestARivalLeftBehindIsNoRivalWeighed: "they came over from Salesforce"
// names a rival they left for us: no reply about weighing it.
func TestARivalLeftBehindIsNoRivalWeighed(t *testing.T) {
	d := demoCueDetector(t)
	cues := d.DetectNote("They came over from Salesforce two years ago, very happy with us", "en")
	if c, ok := model.CueToAnswer(cues, cueDateNow); ok && c.Kind == model.CueCompetitor {
		t.Errorf("answered as a rival weighed: %s", describeCues(cues))
	}
	if c, ok := model.CueToAnswer(d.DetectNote("They are comparing us with Salesforce", "en"), cueDateNow); !ok || c.Kind == model.CueTiming {
		t.Errorf("a rival weighed: answered %+v", c)
	}
}
