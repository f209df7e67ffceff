package model_test

import (
	"strings"
	"testing"

	"talktrack/model"
)

// TestPayingTooMuchAndWantingNothingNewHoldsBackNewProducts: "we pay too
// much" with "nothing new" on the same call holds back cross-sells with the
// upgrades and seats, in every language, and the advice says so; "we pay
// too much" alone still leaves cross-sells.
func TestPayingTooMuchAndWantingNothingNewHoldsBackNewProducts(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct{ locale, price, nothingNew, advice string }{
		{"en", "They pay way too much for what they use.", "They pay way too much for what they use. Not interested in anything new.", "they want nothing new"},
		{"de", "Das ist ihnen viel zu teuer.", "Das ist ihnen viel zu teuer. Brauchen wir nicht, sagt sie.", "Der Kunde will nichts Neues"},
		{"ja", "高すぎるとのこと。", "高すぎるとのこと。今のところ必要ないです。", "新しいものは不要"},
		{"ru", "Для них это слишком дорого.", "Для них это слишком дорого. Нам это не нужно, говорит она.", "Клиент не хочет ничего нового"},
		{"et", "See on neile liiga kallis.", "See on neile liiga kallis. Meil pole seda vaja.", "Kuna klient ei soovi praegu midagi uut"},
	} {
		in := freezeInput(t, tc.locale)
		at := in.Now.AddDate(0, 0, -3)
		in.LastCall = &model.HeardOnCall{At: at, Notes: tc.price, Cues: d.DetectNote(tc.price, tc.locale)}
		if !offersCrossSell(model.Recommend(in)) {
			t.Fatalf("%s: no cross-sell after a price objection alone; the test says nothing", tc.locale)
		}
		in.LastCall = &model.HeardOnCall{At: at, Notes: tc.nothingNew, Cues: d.DetectNote(tc.nothingNew, tc.locale)}
		b := model.Recommend(in)
		if len(b.Suggestions) > 0 {
			t.Errorf("%s: %q heard, yet %d offers, first %s", tc.locale, tc.nothingNew, len(b.Suggestions), b.Suggestions[0].Product.ID)
		}
		if !strings.Contains(strings.Join(b.Advice, "\n"), tc.advice) {
			t.Errorf("%s: advice %q lacks %q", tc.locale, b.Advice, tc.advice)
		}
	}
}
