package model

// ourService is one language's compiled patterns for pains about the
// service we give (see CueLanguage.OurService and CueLanguage.TheirOwn).
type ourService struct {
	about, own []*cuePattern
}

// compileOurService compiles a language's OurService and TheirOwn lists.
func compileOurService(cl CueLanguage) (ourService, error) {
	var s ourService
	for _, list := range []struct {
		name string
		srcs []string
		dst  *[]*cuePattern
	}{{"our_service", cl.OurService, &s.about}, {"their_own", cl.TheirOwn, &s.own}} {
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
// language's OurService patterns, and holding none of its TheirOwn words
// ("our support team", "customers wait"), which make it the service the
// customer gives their own customers.
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
		own := map[int]bool{}
		for _, p := range l.service.own {
			n.each(p, func(clause, _, _, _, _ int) { own[clause] = true })
		}
		found := false
		for _, p := range l.service.about {
			n.each(p, func(clause, _, _, _, _ int) { found = found || !own[clause] })
		}
		return found
	}
	words := splitCueWords(text).words
	own := map[int]bool{}
	for _, w := range words {
		for _, p := range l.service.own {
			if p.singleWord() && p.matchWord(w.norm) {
				own[w.clause] = true
			}
		}
	}
	for i, w := range words {
		if own[w.clause] {
			continue
		}
		end := i
		for end < len(words) && words[end].clause == w.clause {
			end++
		}
		for _, p := range l.service.about {
			if _, ok := p.matchWordsAt(words, i, end); ok {
				return true
			}
		}
	}
	return false
}
