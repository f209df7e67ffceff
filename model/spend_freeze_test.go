package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// freezeCase is a note in one language that says new spend is frozen, one
// that only objects to the price, and a piece of the advice a freeze gives.
type freezeCase struct {
	locale, freeze, price, advice string
}

var freezeCases = []freezeCase{
	{"en", "Spoke to Dana. Finance froze all new spend until Q2.", "Spoke to Dana. The bill went up and the CFO asks why.", "no offers while they have no budget for anything new"},
	{"de", "Telefonat mit Frau Berger. Der Geschäftsführer hat alle Ausgaben eingefroren.", "Telefonat mit Frau Berger. Das ist ihnen zu teuer.", "Keine Angebote, solange kein Budget für Neues da ist"},
	{"ja", "佐藤様と通話。今期は予算凍結で新しい購入はできないとのこと。", "佐藤様と通話。ちょっと高すぎるとのこと。", "新規の予算がない間は提案しません"},
	{"ru", "Созвонились с Ириной. Финдиректор заморозил все расходы до апреля.", "Созвонились с Ириной. Для них это слишком дорого.", "Никаких предложений, пока у клиента нет бюджета на новое"},
	{"et", "Rääkisin Marega. Finantsjuht külmutas kõik kulutused aprillini.", "Rääkisin Marega. See on neile liiga kallis.", "Ärge tehke pakkumisi, seni kui kliendil pole uuteks kulutusteks eelarvet"},
}

func freezeInput(t *testing.T, locale string) model.BriefingInput {
	return model.BriefingInput{
		Account:  model.Account{ID: "acc-1", Name: "Acme", Industry: "retail", SizeBand: "200-999", Locale: locale, Stage: model.StageValueRealized, ARR: 500000},
		Catalog:  shippedCatalog(t),
		Now:      time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC),
		Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 40, SeatsUsed: 38}},
	}
}

func offersCrossSell(b model.Briefing) bool {
	for _, s := range b.Suggestions {
		if s.Kind == model.KindCrossSell {
			return true
		}
	}
	return false
}

// TestASpendFreezeHeardOnACallStopsEveryOffer: notes saying new spend is
// frozen hold back cross-sells too, in every language, and the advice
// says why; a price objection alone still leaves cross-sells.
func TestASpendFreezeHeardOnACallStopsEveryOffer(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range freezeCases {
		in := freezeInput(t, tc.locale)
		if !offersCrossSell(model.Recommend(in)) {
			t.Fatalf("%s: no cross-sell even without a call; the test says nothing", tc.locale)
		}
		at := in.Now.AddDate(0, 0, -3)
		in.LastCall = &model.HeardOnCall{At: at, Notes: tc.price, Cues: d.DetectNote(tc.price, tc.locale)}
		if b := model.Recommend(in); !offersCrossSell(b) {
			t.Errorf("%s: a price objection (%q) stopped cross-sells: %v", tc.locale, tc.price, b.Advice)
		}
		in.LastCall = &model.HeardOnCall{At: at, Notes: tc.freeze, Cues: d.DetectNote(tc.freeze, tc.locale)}
		b := model.Recommend(in)
		if len(b.Suggestions) > 0 {
			t.Errorf("%s: %q heard, yet %d offers, first %s", tc.locale, tc.freeze, len(b.Suggestions), b.Suggestions[0].Product.ID)
		}
		if !strings.Contains(strings.Join(b.Advice, "\n"), tc.advice) {
			t.Errorf("%s: advice %q lacks %q", tc.locale, b.Advice, tc.advice)
		}
		// A milder cost pain on file does not hide the freeze; a pain a
		// product answers is not said to be answered by nothing.
		in.Pains = []model.PainPoint{
			{ID: 1, AccountID: "acc-1", Category: model.PainCost, Title: "Tools overlap", Severity: 1, Status: model.PainOpen, NotedAt: at.AddDate(0, -1, 0)},
			{ID: 2, AccountID: "acc-1", Category: "automation", Title: "Approvals get lost in email threads", Severity: 2, Status: model.PainOpen, NotedAt: at.AddDate(0, -1, 0)},
		}
		b = model.Recommend(in)
		if len(b.Suggestions) > 0 || !strings.Contains(strings.Join(b.Advice, "\n"), tc.advice) {
			t.Errorf("%s: with a low cost pain on file, %d offers, advice %q", tc.locale, len(b.Suggestions), b.Advice)
		}
		for _, a := range b.Advice {
			if strings.Contains(a, "Approvals get lost") {
				t.Errorf("%s: during a freeze the advice says of a pain: %q", tc.locale, a)
			}
		}
	}
}

// TestACostPainSayingSpendIsFrozenStopsEveryOffer: a cost pain filed at
// medium severity whose words say spend is frozen stops every offer; one
// saying they pay too much stops only expansion.
func TestACostPainSayingSpendIsFrozenStopsEveryOffer(t *testing.T) {
	for _, tc := range []struct {
		locale, title string
		frozen        bool
	}{
		{"en", "Finance froze all new spend until Q2", true},
		{"en", "No budget left this year", true},
		{"en", "We pay too much for what we use", false},
		{"de", "Budget ist erst im Januar wieder frei", true},
		{"de", "Die Lizenzen sind zu teuer", false},
		{"ru", "бюджет на этот год исчерпан", true},
		{"et", "eelarve on sel aastal otsas", true},
		{"ja", "予算凍結のため今期の新規購入は不可", true},
	} {
		in := freezeInput(t, tc.locale)
		in.Pains = []model.PainPoint{{ID: 1, AccountID: "acc-1", Category: model.PainCost, Title: tc.title, Severity: 2, Status: model.PainOpen, NotedAt: in.Now.AddDate(0, 0, -10)}}
		b := model.Recommend(in)
		if tc.frozen && len(b.Suggestions) > 0 {
			t.Errorf("%s %q: %d offers, first %s", tc.locale, tc.title, len(b.Suggestions), b.Suggestions[0].Product.ID)
		}
		// The rep hears it as a freeze, not as a high-severity cost pain
		// it was not filed as.
		if want := model.AdviceNoOffersFreeze(tc.locale, tc.title); tc.frozen && !slices.Contains(b.Advice, want) {
			t.Errorf("%s %q: advice %q lacks %q", tc.locale, tc.title, b.Advice, want)
		}
		if !tc.frozen && !offersCrossSell(b) {
			t.Errorf("%s %q: no cross-sell left: %v", tc.locale, tc.title, b.Advice)
		}
	}
}
