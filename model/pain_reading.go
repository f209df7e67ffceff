package model

import (
	"strings"
	"unicode"
)

// cueDetector is the catalogue's cue rules compiled, on first use; nil
// without rules. The store checks the lists on import; lists it cannot
// compile only leave pains as they are filed.
func (c *Catalog) cueDetector() *CueDetector {
	if c == nil || c.cuesOnce == nil || c.cueRules.IsZero() {
		return nil
	}
	c.cuesOnce.Do(func() { c.cues, _ = NewCueDetector(c.cueRules) })
	return c.cues
}

// namesCost reports whether a pain's words name what the customer pays
// (see CueLanguage.CostWords), in any language of the cue rules.
func (c *Catalog) namesCost(title string) bool {
	return c.namesAny(title, func(l CueLanguage) []string { return l.CostWords })
}

// speaksOf reports whether a pain's words name a topic of a pain category
// in any language of the cue rules ("dashboard" for reporting, "ERP" for
// integration), with or without a problem beside it.
func (c *Catalog) speaksOf(title, category string) bool {
	return c.namesAny(title, func(l CueLanguage) []string { return l.Pains[category] })
}

// namesAny reports whether a pain's words match one of the words each cue
// language lists, both folded as cues are (see foldCue): a stem ("price*"), an ending ("*kosten"), a part
// ("*preis*") or the word; a listed phrase of several words, or any word
// of a language written without spaces, is found anywhere in the text.
func (c *Catalog) namesAny(title string, list func(CueLanguage) []string) bool {
	// Folded as cues are: «отчёт» is the listed отчет*, „Gebühr“ gebuhr.
	lower := foldCue(title)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, l := range c.cueRules.Languages {
		for _, w := range list(l) {
			w = foldCue(w)
			if l.Spaceless || strings.ContainsAny(strings.Trim(w, "*"), " -") {
				if part := strings.Trim(w, "*"); part != "" && strings.Contains(lower, part) {
					return true
				}
				continue
			}
			for _, t := range words {
				if wordMatches(w, t) {
					return true
				}
			}
		}
	}
	return false
}

// wordMatches matches one word of a pain against a listed word: a stem
// ("price*"), an ending ("*kosten"), a part ("*preis*") or the word.
func wordMatches(w, word string) bool {
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

// aboutUs reports whether a pain speaks to us, the vendor (see
// CueLanguage.AboutUs): "your support takes a week", «ваша поддержка»; or
// of the service we give without saying "your" (see
// CueDetector.SpeaksOfOurService).
// A word of it right after a preposition ("in your system", «в вашей
// системе») or, in Estonian, before a noun in a place case ("teie
// süsteemis") says where, not whom the complaint is about: it does not
// count. A capitalised phrase of several words ("Ihre Hotline") is
// matched as written, anywhere.
func (c *Catalog) aboutUs(title string) bool {
	return saysYour(c.cueRules, title) || c.cueDetector().SpeaksOfOurService(title)
}

// saysYour reports whether a pain's words hold a word of the rules'
// AboutUs lists, as Catalog.aboutUs reads them.
func saysYour(rules CueRules, title string) bool {
	lower := strings.ToLower(title)
	original := strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, l := range rules.Languages {
		for _, w := range l.AboutUs {
			multi := strings.Contains(w, " ")
			switch {
			case l.Spaceless:
				if part := strings.Trim(w, "*"); part != "" && strings.Contains(title, part) {
					return true
				}
			case capitalised(w) && multi:
				if strings.Contains(title, w) {
					return true
				}
			case multi:
				if strings.Contains(lower, strings.ToLower(w)) {
					return true
				}
			default:
				for i, t := range original {
					cand := t
					if !capitalised(w) {
						cand = words[i]
					} else if i == 0 {
						continue // German "Ihre" first is "their" as often as "your"
					}
					if !wordMatches(w, cand) || (i > 0 && placePrepositions[words[i-1]]) ||
						(l.Locale == "et" && i+1 < len(words) && estonianPlaceCase(words[i+1])) {
						continue
					}
					return true
				}
			}
		}
	}
	return false
}

// placePrepositions say where something is ("in your system", "aus Ihrem
// Tool", «в вашей системе»), in the languages that write words apart.
var placePrepositions = map[string]bool{
	"in": true, "into": true, "inside": true, "from": true, "via": true, "through": true, "to": true, "with": true, "on": true,
	"im": true, "ins": true, "aus": true, "mit": true, "zu": true, "über": true, "auf": true,
	"в": true, "во": true, "из": true, "через": true, "к": true, "с": true, "на": true,
}

// estonianPlaceCase reports whether an Estonian word ends in a place case
// (inessive -s, illative -sse, elative -st, adessive -l, allative -le,
// ablative -lt): "teie süsteemis" is in your system.
func estonianPlaceCase(w string) bool {
	for _, end := range []string{"sse", "st", "lt", "le", "s", "l"} {
		if strings.HasSuffix(w, end) && len([]rune(w)) > len(end)+2 {
			return true
		}
	}
	return false
}

// lowerOnly keeps the words written without a capital.
func lowerOnly(words []string) []string {
	var out []string
	for _, w := range words {
		if !capitalised(w) {
			out = append(out, w)
		}
	}
	return out
}

// capitalised reports whether a listed word starts with a capital letter.
func capitalised(w string) bool {
	for _, r := range strings.TrimLeft(w, "*") {
		return unicode.IsUpper(r)
	}
	return false
}

// saysFrozen reports whether a pain's words say that no new spend is
// possible now ("Finance froze all new spend until Q2", "Budget ist
// aufgebraucht"; see CueLanguage.SpendFreeze), read as a note in the
// account's language (locale) would be: such a cost pain stops every
// offer, whatever severity the CRM gave it.
func (c *Catalog) saysFrozen(title, locale string) bool {
	d := c.cueDetector()
	if d == nil {
		return false
	}
	return c.frozen.get(painKey{locale, title}, func() bool {
		for _, q := range d.DetectNote(title, locale) {
			if q.Kind == CuePrice && q.Severity >= 3 {
				return true
			}
		}
		return false
	})
}

// joiningSaid is how many people a pain's words say are joining ("Ab
// April kommen 35 neue Pflegekräfte dazu", "hiring 40 engineers"), read
// as a note in the account's language (locale) would be; 0 when none.
func (c *Catalog) joiningSaid(title, locale string) int {
	d := c.cueDetector()
	if d == nil {
		return 0
	}
	return c.joins.get(painKey{locale, title}, func() int {
		n := 0
		for _, q := range d.DetectNote(title, locale) {
			if q.Kind == CueGrowth {
				n = max(n, q.Number)
			}
		}
		return n
	})
}
