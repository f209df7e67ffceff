package model

import (
	"strings"
	"unicode"
)

// functionWords are short words every note in a language is full of, for
// telling apart the languages written in Latin letters when their cue
// lists do not: a note with no cue, or as many in two languages.
var functionWords = map[string][]string{
	"en": {"the", "and", "is", "are", "was", "we", "they", "our", "your", "it", "not", "to", "of", "for", "with", "will", "have", "has", "this", "that", "next", "never", "no", "but"},
	"de": {"der", "die", "das", "und", "ist", "sind", "war", "wir", "sie", "ihr", "unser", "nicht", "kein", "keine", "nie", "zu", "mit", "für", "auf", "im", "den", "dem", "ein", "eine", "noch", "aber", "erst", "auch"},
	"et": {"ja", "on", "ei", "see", "mis", "kui", "et", "meie", "nad", "ta", "oma", "aga", "ka", "veel", "teie", "nende", "pole", "oli", "siis", "kuni", "enne", "pärast"},
}

// latinLocale is the language among locales whose function words the text
// uses most, "" when it uses none of them or two languages as much.
func latinLocale(text string, locales []string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	best, bestN, tie := "", 0, false
	for _, loc := range locales {
		n := 0
		for _, w := range words {
			for _, f := range functionWords[loc] {
				if w == f {
					n++
					break
				}
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = loc, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
