package model

import (
	"errors"
	"strconv"
	"strings"

	cldr "golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// pluralForms names the CLDR plural categories a template may choose
// between, as golang.org/x/text/feature/plural numbers them.
var pluralForms = map[string]cldr.Form{
	"zero": cldr.Zero, "one": cldr.One, "two": cldr.Two,
	"few": cldr.Few, "many": cldr.Many, "other": cldr.Other,
}

// pluralChoice picks, from forms written "one:Lizenz|other:Lizenzen", the
// one the whole number value (thousands separators allowed) takes in lang: Russian 1, 21 → one; 2-4, 22 →
// few; 5-20, 25 → many. A category the template does not give falls back
// to "other". False when value is not a whole number or nothing fits.
func pluralChoice(lang, value, forms string) (string, bool) {
	// The number may be written with thousands separators ("1.160").
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, value)
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 {
		return "", false
	}
	want := cldr.Cardinal.MatchPlural(language.Make(lang), n, 0, 0, 0, 0)
	other, hasOther := "", false
	for _, f := range strings.Split(forms, "|") {
		name, text, _ := strings.Cut(f, ":")
		form, known := pluralForms[strings.TrimSpace(name)]
		if !known {
			continue
		}
		if form == want {
			return text, true
		}
		if form == cldr.Other {
			other, hasOther = text, true
		}
	}
	return other, hasOther
}

// CheckPluralChoice reports what is wrong with the forms of a plural
// choice ("one:Lizenz|other:Lizenzen"): every form needs a known category
// and a colon, and "other" must be among them.
func CheckPluralChoice(forms string) error {
	hasOther := false
	for _, f := range strings.Split(forms, "|") {
		name, _, ok := strings.Cut(f, ":")
		name = strings.TrimSpace(name)
		if _, known := pluralForms[name]; !ok || !known {
			return errors.New("has the plural form " + strconv.Quote(f) + ": write each form as one:…, few:…, many:… or other:…")
		}
		hasOther = hasOther || name == "other"
	}
	if !hasOther {
		return errors.New("has a plural choice without an other: form")
	}
	return nil
}
