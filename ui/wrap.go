package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// wrap breaks s into lines of at most w columns. Text with spaces breaks
// at them. Japanese and Chinese, which have none, may break between any
// two wide characters, but a line never starts with closing punctuation
// (、。」) nor ends with an opening bracket (「): the character next to it
// moves down as well, as Japanese typesetting does.
func wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	if strings.ContainsRune(s, '\x1b') || !hasWide(s) {
		return strings.Split(ansi.Wrap(s, w, ""), "\n")
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrapWide(para, w)...)
	}
	return lines
}

// hasWide reports whether s has a character two columns wide.
func hasWide(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && ansi.StringWidth(string(r)) > 1 {
			return true
		}
	}
	return false
}

// wrapToken is a word, a space or one wide character.
type wrapToken struct {
	s     string
	width int
	space bool
	wide  bool
}

// Characters a Japanese line may not start with, and may not end with.
const (
	noLineStart = "、。，．・：；？！ー）」』】〉》〕］｝〟’”…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"
	noLineEnd   = "「『（【〈《〔［｛〝‘“"
)

func wrapTokens(s string) []wrapToken {
	var toks []wrapToken
	word := strings.Builder{}
	endWord := func() {
		if word.Len() > 0 {
			toks = append(toks, wrapToken{s: word.String(), width: ansi.StringWidth(word.String())})
			word.Reset()
		}
	}
	for _, r := range s {
		switch cw := ansi.StringWidth(string(r)); {
		case r == ' ':
			endWord()
			toks = append(toks, wrapToken{s: " ", width: 1, space: true})
		case cw > 1 || strings.ContainsRune(noLineStart+noLineEnd, r):
			endWord()
			toks = append(toks, wrapToken{s: string(r), width: cw, wide: true})
		default:
			word.WriteRune(r)
		}
	}
	endWord()
	return toks
}

// wrapWide fills lines greedily with the tokens of one paragraph.
func wrapWide(s string, w int) []string {
	var lines []string
	var cur []wrapToken
	width := func(ts []wrapToken) int {
		n := 0
		for _, t := range ts {
			n += t.width
		}
		return n
	}
	flush := func() {
		for len(cur) > 0 && cur[len(cur)-1].space {
			cur = cur[:len(cur)-1]
		}
		var b strings.Builder
		for _, t := range cur {
			b.WriteString(t.s)
		}
		lines = append(lines, b.String())
		cur = nil
	}
	for _, t := range wrapTokens(s) {
		cw := width(cur)
		switch {
		case t.space && cw == 0:
			continue // no line starts with a space
		case cw+t.width <= w:
			cur = append(cur, t)
			continue
		case t.space:
			flush()
			continue
		case t.width > w:
			// A word longer than the line is cut where it must be.
			if cw > 0 {
				flush()
			}
			parts := strings.Split(ansi.Hardwrap(t.s, w, false), "\n")
			for _, p := range parts[:len(parts)-1] {
				lines = append(lines, p)
			}
			last := parts[len(parts)-1]
			cur = []wrapToken{{s: last, width: ansi.StringWidth(last)}}
			continue
		}
		// Break before t; take along what may not end the line or what
		// t may not start one without.
		var carry []wrapToken
		for len(cur) > 1 {
			last := cur[len(cur)-1]
			first := t
			if len(carry) > 0 {
				first = carry[0]
			}
			keep := strings.Contains(noLineEnd, last.s) ||
				(strings.Contains(noLineStart, first.s) && !last.space)
			if !keep {
				break
			}
			carry = append([]wrapToken{last}, carry...)
			cur = cur[:len(cur)-1]
		}
		flush()
		cur = append(carry, t)
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}
