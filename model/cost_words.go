package model

import (
	"strings"
	"unicode"
)

// namesCost reports whether a pain's words name what the customer pays
// (see CueLanguage.CostWords), in any language of the cue rules.
func (c *Catalog) namesCost(title string) bool {
	lower := strings.ToLower(title)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, l := range c.cueRules.Languages {
		for _, w := range l.CostWords {
			w = strings.ToLower(w)
			if l.Spaceless {
				if part := strings.Trim(w, "*"); part != "" && strings.Contains(lower, part) {
					return true
				}
				continue
			}
			for _, t := range words {
				if costWordMatches(w, t) {
					return true
				}
			}
		}
	}
	return false
}

// costWordMatches matches one word of a pain against a cost word: a stem
// ("price*"), an ending ("*kosten"), a part ("*preis*") or the word.
func costWordMatches(w, word string) bool {
	stem, ending := strings.HasSuffix(w, "*"), strings.HasPrefix(w, "*")
	core := strings.Trim(w, "*")
	switch {
	case core == "":
		return false
	case stem && ending:
		return strings.Contains(word, core)
	case stem:
		return strings.HasPrefix(word, core)
	case ending:
		return strings.HasSuffix(word, core)
	}
	return word == core
}
