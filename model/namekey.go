package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NameKey folds a name for matching: lower case, letters and digits only,
// Latin letters without their accents, so "GTX Pro", "GTXPro" and
// "gtx-pro" share the key "gtxpro", and a rep without õ or ü on the
// keyboard finds "Hõbekoda" as "hobekoda" and "Müller" as "muller". Other
// scripts keep their marks: ガ is not カ.
func NameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		if r >= 0x80 && unicode.Is(unicode.Latin, r) {
			r = baseLatin(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// baseLatin is a Latin letter without its accent ("õ" → "o"), or the
// letter itself when it has none to drop ("ß", "ø").
func baseLatin(r rune) rune {
	d := norm.NFD.String(string(r))
	for _, c := range d {
		if c < 0x80 {
			return c
		}
		break
	}
	return r
}
