package model

import (
	"strings"
	"unicode"
)

// functionWords are short words every note in a language is full of, for
// telling apart the languages written in Latin letters when their cue
// lists do not: a note with no cue, or as many in two languages.
var functionWords = map[string][]string{
	"en": {"the", "and", "is", "are", "was", "we", "they", "our", "your", "it", "not", "to", "of", "for", "with", "will", "have", "has", "this", "that", "next", "never", "no", "but", "isn", "don", "doesn", "won", "at", "from", "by"},
	"de": {"der", "die", "das", "und", "ist", "sind", "war", "wir", "sie", "ihr", "unser", "nicht", "kein", "keine", "nie", "zu", "mit", "für", "auf", "im", "den", "dem", "ein", "eine", "noch", "aber", "erst", "auch", "bis", "vom", "am", "um", "bei", "nach", "vor", "wird", "werden", "hat", "haben", "uns", "mich", "sich", "ab", "zum", "zur"},
	"et": {"on", "ei", "mis", "kui", "et", "meie", "nad", "ta", "oma", "aga", "ka", "veel", "teie", "nende", "pole", "oli", "siis", "kuni", "enne", "pärast", "kas", "ning", "juba", "tuleb", "saab", "meil", "neil", "tal", "ole", "oleks", "võib"},
}

// latinLocale is the language among locales whose function words (and
// letters: õ is Estonian, ß German) the text uses most, with how sure the
// guess is: clear when it counts at least two and no other language's, or
// three times any other's. It is "" when the text uses none or two languages as much.
func latinLocale(text string, locales []string) (locale string, clear bool) {
	lower := strings.ToLower(text)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	best, bestN, second := "", 0, 0
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
		if l := letterOf[loc]; l != "" {
			n += 2 * strings.Count(lower, l)
		}
		switch {
		case n > bestN:
			best, bestN, second = loc, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN == 0 || bestN == second {
		return "", false
	}
	// Plain: two words of one language and none of another, or three
	// times as many as any other ("Herr Müller ist der CFO, he will
	// decide" is not plain).
	return best, second == 0 && bestN >= 2 || bestN >= 3 && bestN >= 3*second
}

// letterOf is a letter only one of the languages written in Latin letters
// uses.
var letterOf = map[string]string{"et": "õ", "de": "ß"}
