package demo

import (
	"strings"
	"testing"
)

// painMistakes are wordings a German or Estonian customer would not use,
// each once among the demo's pain phrases. Pains are quoted back to the
// customer ("Sie hatten gesagt: „…“", "Te mainisite: „…“"), so they must
// read as the customer's own words.
var painMistakes = map[string][]string{
	"de": {
		"bricht bei jeder Änderung\x00", // "breaks": a German export "bricht ab"
		"kommt bei jedem zehnten Kontakt zurück",
	},
	"et": {
		"Iga esmaspäev ",          // adverbial time is "igal esmaspäeval"
		"Pooled meie kliendid ",   // "pooled" takes the elative: "pooled meie klientidest"
		"Iga meiliga tuleb umbes", // "with every mail every tenth letter"
		"ja ei tea,",              // a subject is missing after "ja"
	},
}

// TestPainPhrasesSayItRight fails on a German or Estonian demo pain that
// has one of the mistakes above.
func TestPainPhrasesSayItRight(t *testing.T) {
	for lang, mistakes := range painMistakes {
		byCategory, fallback := painWords(lang)
		n := 1
		all := []string{fallback}
		for _, phrases := range byCategory {
			n += len(phrases)
			all = append(all, phrases...)
		}
		if n < 40 {
			t.Fatalf("%s: only %d pain phrases", lang, n)
		}
		for _, p := range all {
			for _, m := range mistakes {
				if strings.Contains(p+"\x00", m) {
					t.Errorf("%s pain %q says %q", lang, p, strings.TrimSuffix(m, "\x00"))
				}
			}
		}
	}
}
