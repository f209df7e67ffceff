package model_test

import "testing"

// TestDetectAnyGuessesTheLanguage checks that a note typed without saying
// its language is read in the language it is written in, also when its cue
// lists alone cannot tell (no cue, or as many in two languages).
func TestDetectAnyGuessesTheLanguage(t *testing.T) {
	d := demoCueDetector(t)
	for _, c := range []struct{ text, locale string }{
		{"Ihr Support antwortet nie auf unsere Tickets.", "de"},
		{"Kunde ist zufrieden, alles gut.", "de"},
		{"Klient on rahul, pole probleemi.", "et"},
		{"The customer is happy, all good.", "en"},
		{"Поддержка отвечает медленно.", "ru"},
		{"レポート作成に時間がかかる", "ja"},
	} {
		if got, _ := d.DetectAny(c.text); got != c.locale {
			t.Errorf("%q read as %s, want %s", c.text, got, c.locale)
		}
	}
}
