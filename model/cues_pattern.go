package model

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// cueGapWords is how many words `..` may skip, and cueGapRunes how many
// characters it skips in a spaceless language.
const (
	cueGapWords = 5
	cueGapRunes = 4
)

// cueAlt is one alternative of a pattern word: exact, a stem (`word*`), an
// ending (`*word`) or a part (`*word*`).
type cueAlt struct {
	text         string
	stem, ending bool
}

func (a cueAlt) matches(w string) bool {
	switch {
	case a.stem && a.ending:
		return strings.Contains(w, a.text)
	case a.stem:
		return strings.HasPrefix(w, a.text)
	case a.ending:
		return strings.HasSuffix(w, a.text)
	}
	return w == a.text
}

// cueStep is one element of a pattern: a word with its alternatives, a
// number, or a gap.
type cueStep struct {
	alts   []cueAlt
	number bool
	gap    bool
	// lit is the text of a spaceless pattern's piece.
	lit string
}

// cuePattern is a compiled pattern; see CueLanguage for the syntax.
type cuePattern struct {
	src       string
	spaceless bool
	steps     []cueStep
}

// compileCuePattern reads a pattern as sales ops writes it.
func compileCuePattern(src string, spaceless bool) (*cuePattern, error) {
	s := strings.TrimSpace(src)
	if s == "" {
		return nil, errors.New("is empty")
	}
	if spaceless {
		return compileSpacelessPattern(src, s)
	}
	p := &cuePattern{src: src}
	for _, tok := range strings.Fields(s) {
		switch tok {
		case "#":
			p.steps = append(p.steps, cueStep{number: true})
			continue
		case "..":
			if len(p.steps) == 0 || p.steps[len(p.steps)-1].gap {
				return nil, errors.New(`has ".." where a word should be: ".." stands between two words`)
			}
			p.steps = append(p.steps, cueStep{gap: true})
			continue
		}
		var st cueStep
		for _, alt := range strings.Split(tok, "|") {
			a := cueAlt{stem: strings.HasSuffix(alt, "*"), ending: strings.HasPrefix(alt, "*")}
			text := strings.Trim(alt, "*")
			if text == "" {
				return nil, errors.New(`has an empty word: write "a|b", "word*" or "*word"`)
			}
			if !oneCueWord(text) {
				return nil, errors.New(`has "` + text + `", which is not one word: separate words with spaces`)
			}
			a.text = foldCue(text)
			st.alts = append(st.alts, a)
		}
		p.steps = append(p.steps, st)
	}
	if p.steps[len(p.steps)-1].gap {
		return nil, errors.New(`ends with "..": ".." stands between two words`)
	}
	return p, nil
}

// compileSpacelessPattern reads a pattern of a language written without
// spaces: pieces of text, `#` for digits and `..` for a short gap. A `*`
// is dropped, since any piece already matches inside longer words.
func compileSpacelessPattern(src, s string) (*cuePattern, error) {
	if strings.Contains(s, "|") {
		return nil, errors.New(`has "|": in this language write each alternative as a pattern of its own`)
	}
	s = strings.ReplaceAll(s, "*", "")
	p := &cuePattern{src: src, spaceless: true}
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, "#"):
			p.steps = append(p.steps, cueStep{number: true})
			s = s[1:]
		case strings.HasPrefix(s, ".."):
			if len(p.steps) == 0 {
				return nil, errors.New(`starts with "..": ".." stands between two pieces`)
			}
			p.steps = append(p.steps, cueStep{gap: true})
			s = s[2:]
		default:
			end := len(s)
			if i := strings.Index(s, "#"); i >= 0 {
				end = i
			}
			if i := strings.Index(s[:end], ".."); i >= 0 {
				end = i
			}
			p.steps = append(p.steps, cueStep{lit: foldCue(s[:end])})
			s = s[end:]
		}
	}
	if len(p.steps) == 0 {
		return nil, errors.New("is empty")
	}
	if p.steps[len(p.steps)-1].gap {
		return nil, errors.New(`ends with "..": ".." stands between two pieces`)
	}
	return p, nil
}

// singleWord reports whether the pattern is one word without numbers or
// gaps, as negations and clause breaks must be in a spaced language.
func (p *cuePattern) singleWord() bool {
	return p.spaceless || len(p.steps) == 1 && !p.steps[0].number && !p.steps[0].gap
}

// matchWord reports whether a one-word pattern matches a word.
func (p *cuePattern) matchWord(w string) bool {
	for _, a := range p.steps[0].alts {
		if a.matches(w) {
			return true
		}
	}
	return false
}

// wordMatch is where a pattern matched a note's words.
type wordMatch struct {
	// end is the index after the last word matched.
	end int
	// num is the index of the number matched by `#`, -1 when none.
	num int
	// skipped counts the words gaps stepped over.
	skipped int
}

// matchWordsAt matches the pattern against words starting at i, not past
// limit (the end of the clause). A gap never steps over a negation, so
// "stell* .. ein" does not find "stellen niemanden ein".
func (p *cuePattern) matchWordsAt(words []cueWord, i, limit int) (wordMatch, bool) {
	return p.matchSteps(words, 0, i, limit, wordMatch{num: -1})
}

func (p *cuePattern) matchSteps(words []cueWord, k, i, limit int, m wordMatch) (wordMatch, bool) {
	if k == len(p.steps) {
		m.end = i
		return m, true
	}
	st := p.steps[k]
	if st.gap {
		for skip := 0; skip <= cueGapWords && i+skip < limit; skip++ {
			if skip > 0 && words[i+skip-1].negation {
				break
			}
			g := m
			g.skipped += skip
			if r, ok := p.matchSteps(words, k+1, i+skip, limit, g); ok {
				return r, true
			}
		}
		return m, false
	}
	if i >= limit {
		return m, false
	}
	w := words[i]
	if st.number {
		if !w.isNumber {
			return m, false
		}
		m.num = i
		return p.matchSteps(words, k+1, i+1, limit, m)
	}
	for _, a := range st.alts {
		if a.matches(w.norm) {
			return p.matchSteps(words, k+1, i+1, limit, m)
		}
	}
	return m, false
}

// matchTextAt matches a spaceless pattern against text at byte i. It
// returns the end of the match and the digits' span (-1 when none).
func (p *cuePattern) matchTextAt(text string, i int) (end, numStart, numEnd int, ok bool) {
	return p.matchPieces(text, 0, i, -1, -1)
}

func (p *cuePattern) matchPieces(text string, k, i, ns, ne int) (int, int, int, bool) {
	if k == len(p.steps) {
		return i, ns, ne, true
	}
	st := p.steps[k]
	switch {
	case st.gap:
		j := i
		for skip := 0; skip <= cueGapRunes; skip++ {
			if end, a, b, ok := p.matchPieces(text, k+1, j, ns, ne); ok {
				return end, a, b, true
			}
			if j >= len(text) {
				break
			}
			_, size := utf8.DecodeRuneInString(text[j:])
			j += size
		}
		return 0, 0, 0, false
	case st.number:
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j == i {
			return 0, 0, 0, false
		}
		return p.matchPieces(text, k+1, j, i, j)
	}
	if !strings.HasPrefix(text[i:], st.lit) {
		return 0, 0, 0, false
	}
	return p.matchPieces(text, k+1, i+len(st.lit), ns, ne)
}

// oneCueWord reports whether text is read as one word of a note: letters
// and digits only, or what the note reader takes as one word ("don't",
// "e-mail").
func oneCueWord(text string) bool {
	if !strings.ContainsFunc(text, func(r rune) bool { return !isCueWordRune(r) }) {
		return true
	}
	w := splitCueWords(text).words
	return len(w) == 1 && w[0].start == 0 && w[0].end == len(text)
}
