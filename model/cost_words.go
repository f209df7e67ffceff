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

// costWordMatches matches one word of a pain against a cost word (or a
// topic): a stem ("price*"), an ending ("*kosten"), a part ("*preis*") or
// the word.
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

// speaksOf reports whether a pain's words name a topic of a pain category
// in any language of the cue rules ("dashboard" for reporting, "ERP" for
// integration), with or without a problem beside it.
func (c *Catalog) speaksOf(title, category string) bool {
	lower := strings.ToLower(title)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, l := range c.cueRules.Languages {
		for _, topic := range l.Pains[category] {
			topic = strings.ToLower(topic)
			if l.Spaceless || strings.ContainsAny(strings.Trim(topic, "*"), " -") {
				if part := strings.Trim(topic, "*"); part != "" && strings.Contains(lower, part) {
					return true
				}
				continue
			}
			for _, w := range words {
				if costWordMatches(topic, w) {
					return true
				}
			}
		}
	}
	return false
}
