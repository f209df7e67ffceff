package model

import (
	"slices"
	"strings"
)

// competitorToken stands in a pattern for any competitor of the cue rules,
// by its name or an alias ("switch* .. to @competitor", 「@competitor..乗り
// 換え」), so that the patterns of switching to a rival hold for the
// competitors sales ops list, not only for the built-in playbook's.
const competitorToken = "@competitor"

// withCompetitors returns patterns with the competitor token replaced:
// in a language with spaces, a word `@competitor` (or one alternative of
// it, "@competitor|andere") becomes the one-word names and aliases as
// alternatives, with a stem in languages that inflect names (Estonian
// "Ecofleetile", Russian «Виалона»); in a language written without
// spaces, each pattern holding the token becomes one pattern per name and
// alias. A pattern whose token no competitor fills is left out: it can
// match nothing.
func (l CueLanguage) withCompetitors(patterns []string, competitors []Competitor) []string {
	if !slices.ContainsFunc(patterns, func(p string) bool { return strings.Contains(p, competitorToken) }) {
		return patterns
	}
	var names []string
	for _, c := range competitors {
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			a = strings.ToLower(strings.TrimSpace(a))
			if a == "" || !l.Spaceless && strings.ContainsAny(a, " |.") || slices.Contains(names, a) {
				continue
			}
			names = append(names, a)
		}
	}
	out := make([]string, 0, len(patterns))
	for _, p := range patterns {
		if !strings.Contains(p, competitorToken) {
			out = append(out, p)
			continue
		}
		if l.Spaceless {
			for _, n := range names {
				out = append(out, strings.ReplaceAll(p, competitorToken, strings.Trim(n, "*")))
			}
			continue
		}
		alts := make([]string, 0, len(names))
		for _, n := range names {
			if inflectsNames(l.Locale) && !strings.HasSuffix(n, "*") {
				n += "*"
			}
			alts = append(alts, n)
		}
		words := strings.Fields(p)
		drop := false
		for j, w := range words {
			parts := strings.Split(w, "|")
			if !slices.Contains(parts, competitorToken) {
				continue
			}
			parts = slices.DeleteFunc(parts, func(s string) bool { return s == competitorToken })
			parts = append(parts, alts...)
			if len(parts) == 0 {
				drop = true
			}
			words[j] = strings.Join(parts, "|")
		}
		if !drop {
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

// inflectsNames reports whether a language puts case endings on names, so
// that a competitor's name is matched as a stem.
func inflectsNames(locale string) bool {
	switch baseLocale(locale) {
	case "et", "ru":
		return true
	}
	return false
}

// everydayRivalNames are rivals' names that are everyday English words
// ("our outreach to new leads", "ring the gong", "close the deal"): written
// in lower case they are the word, not the rival; "Outreach", "Gong" are.
var everydayRivalNames = map[string]bool{"outreach": true, "gong": true, "close": true, "copper": true, "front": true, "monday": true, "attention": true, "dynamics": true}

// everydayWord reports whether a competitor hit's text is such a name
// written as the everyday word: all in lower case.
func everydayWord(text string) bool {
	return everydayRivalNames[text] && text == strings.ToLower(text)
}
