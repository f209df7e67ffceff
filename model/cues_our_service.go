package model

import "strings"

// ourService is one language's compiled patterns for pains about the
// service we give (see CueLanguage.OurService, TheirOwn and Ours).
type ourService struct {
	about, own, ours []*cuePattern
}

// oursReach is how many words before a match a word of Ours still makes
// the service theirs ("our support team", "our own support desk").
const oursReach = 2

// compileOurService compiles a language's OurService and TheirOwn lists.
func compileOurService(cl CueLanguage) (ourService, error) {
	var s ourService
	for _, list := range []struct {
		name string
		srcs []string
		dst  *[]*cuePattern
	}{{"our_service", cl.OurService, &s.about}, {"their_own", cl.TheirOwn, &s.own}, {"ours", cl.Ours, &s.ours}} {
		for _, src := range list.srcs {
			p, err := compileCuePattern(src, cl.Spaceless)
			if err != nil {
				return s, Errorf(EINVALID, "cue rules for %q, %s: pattern %q %s", cl.Locale, list.name, src, err.Error())
			}
			*list.dst = append(*list.dst, p)
		}
	}
	return s, nil
}

// SpeaksOfOurService reports whether a pain speaks of the support or
// service we give without a word for "your" ("every ticket we open with
// support takes three days", „Der Support meldet sich erst nach Tagen“,
// 「サポートに問い合わせても返事が遅い」): a clause matching one of a
// language's OurService patterns, in a pain holding none of its TheirOwn
// words anywhere ("customers complain that the hotline is busy after six"),
// which make it the service the customer gives their own customers, and
// without a word of Ours right before the match ("our support team takes
// days"): "support never answers our emails" is about us.
func (d *CueDetector) SpeaksOfOurService(text string) bool {
	if d == nil {
		return false
	}
	if script := scriptLocale(text); script != "" {
		l := d.langs[script]
		return l != nil && l.speaksOfOurService(text)
	}
	for loc, l := range d.langs {
		if !l.Spaceless && loc != "ru" && l.speaksOfOurService(text) {
			return true
		}
	}
	return false
}

func (l *cueLang) speaksOfOurService(text string) bool {
	if len(l.service.about) == 0 {
		return false
	}
	if l.Spaceless {
		n := l.newSpacelessNote(text)
		own := false
		for _, p := range l.service.own {
			n.each(p, func(_, _, _, _, _ int) { own = true })
		}
		if own {
			return false
		}
		// Where a word of Ours ends, and "の" after it: 弊社のサポート.
		oursEnd := map[int]bool{}
		for _, p := range l.service.ours {
			n.each(p, func(_, _, end, _, _ int) {
				oursEnd[end] = true
				if strings.HasPrefix(n.norm[end:], "の") {
					oursEnd[end+len("の")] = true
				}
			})
		}
		found := false
		for _, p := range l.service.about {
			n.each(p, func(_, start, _, _, _ int) { found = found || !oursEnd[start] })
		}
		return found
	}
	// A word for their own customers makes the support of its clause and
	// of the clauses after it in its sentence theirs („Kunden beschweren
	// sich, dass die Hotline …“); said after the complaint it is ours: in
	// «Поддержка отвечает по 3 дня, клиент недоволен» the customer is ours,
	// and the support too.
	words := splitCueWords(text).words
	ownFrom := map[int]int{} // sentence → the first clause naming their customers
	for _, w := range words {
		for _, p := range l.service.own {
			if p.singleWord() && p.matchWord(w.norm) {
				if c, ok := ownFrom[w.sentence]; !ok || w.clause < c {
					ownFrom[w.sentence] = w.clause
				}
			}
		}
	}
	for i, w := range words {
		if c, ok := ownFrom[w.sentence]; ok && w.clause >= c {
			continue
		}
		end := i
		for end < len(words) && words[end].clause == w.clause {
			end++
		}
		for _, p := range l.service.about {
			if _, ok := p.matchWordsAt(words, i, end); ok && !l.oursBefore(words, i) {
				return true
			}
		}
	}
	return false
}

// oursBefore reports whether a word of Ours stands up to oursReach words
// before word i, in its clause.
func (l *cueLang) oursBefore(words []cueWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-oursReach && words[k].clause == words[i].clause; k-- {
		for _, p := range l.service.ours {
			if p.singleWord() && p.matchWord(words[k].norm) {
				return true
			}
		}
	}
	return false
}
