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
		// Another language's lists find more in these; their everyday
		// words say plainly which language they are.
		{"Laid off ~30% of staff, downsizing seats at renewal. Price isn't the issue, it's headcount.", "en"},
		{"Kündigung ist vom Tisch, Preis ist kein Thema. Melde mich am 15.12.", "de"},
		{"Koondamised, meeskond vähenes poole võrra.", "et"},
		{"Budget freeze bis Q2, Chef entscheidet", "de"},
		{"Kunde sagt ja, Angebot bis Freitag", "de"},
	} {
		if got, _ := d.DetectAny(c.text); got != c.locale {
			t.Errorf("%q read as %s, want %s", c.text, got, c.locale)
		}
	}
	// Read in German, a German note with an English budget freeze still
	// freezes new spend.
	if _, cues := d.DetectAny("Budget freeze bis Q2, Chef entscheidet"); !anyCue(cues, "freeze") {
		t.Errorf("Budget freeze bis Q2 in German: want a spend freeze, got %s", describeCues(cues))
	}
}

// TestANoteInPlainEnglishOnAGermanAccountIsReadInEnglish: the notes of a
// German account written in English, as international teams do, are read by
// the English lists when their everyday words say so plainly, however many
// cues the German lists find; and in German when those say German.
func TestANoteInPlainEnglishOnAGermanAccountIsReadInEnglish(t *testing.T) {
	d := demoCueDetector(t)
	cues := d.DetectNote("Laid off ~30% of staff, downsizing seats at renewal. Price isn't the issue, it's headcount.", "de")
	if !anyCue(cues, "shrinking") || anyCue(cues, "growth") {
		t.Errorf("English layoffs on a German account: got %s, want shrinking and no growth", describeCues(cues))
	}
	cues = d.DetectNote("Die Kündigung ist vom Tisch, der Preis ist kein Thema mehr.", "de")
	if anyCue(cues, "churn_risk") || anyCue(cues, "price") {
		t.Errorf("a German denial on a German account: got %s, want none", describeCues(cues))
	}
	if cues := d.DetectNote("Next QBR 3/15, all good.", "en"); !anyCue(cues, "timing") {
		t.Errorf("Next QBR 3/15: got %s, want the day of the review", describeCues(cues))
	}
}
