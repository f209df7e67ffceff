package model

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// cuePastTimeWords say that a date lies in the past, folded: "last
// year", "two years ago", „letztes Jahr“, «в прошлом году», «год назад»,
// "möödunud aastal", "eelmisel aastal".
var cuePastTimeWords = map[string]bool{
	"last": true, "ago": true, "previous": true, "past": true,
	"letztes": true, "letzten": true, "letzte": true, "vergangenen": true, "vergangenes": true, "vorigen": true, "voriges": true, "vorletzten": true,
	"прошлом": true, "прошлого": true, "прошлый": true, "прошлой": true, "прошлую": true, "назад": true,
	"moodunud": true, "moodunud-aastal": true, "eelmisel": true, "eelmise": true, "eelmine": true,
}

// cuePastTenseWords are the past tense of "to be" and "to go" that tell
// what happened on a date ("Went live on March 3rd", „Go-Live war am
// 01.09.“, "oli märtsis"); a clause that speaks of a call or a meeting
// ("the meeting was moved to Thursday") still names the day of the next.
var cuePastTenseWords = map[string]bool{
	"went": true, "was": true, "were": true,
	"war": true, "waren": true, "wurde": true, "wurden": true,
	"был": true, "была": true, "было": true, "были": true,
	"oli": true, "olid": true, "toimus": true,
}

// historyClause reports whether the clause [cs, ce) tells of the past, so
// that a date it names is history, no day to come: a word of
// cuePastTimeWords, or of cuePastTenseWords when the clause does not
// speak of a call (contact).
func historyClause(words []cueWord, cs, ce int, contact bool) bool {
	for k := cs; k < ce; k++ {
		w := words[k].norm
		if cuePastTimeWords[w] || cuePastTenseWords[w] && !contact || w == "vor" && agoUnit(words, k+1, ce) {
			return true
		}
	}
	return false
}

// agoUnit reports whether a time unit in the dative follows within two
// words from k: „vor zwei Jahren“, „vor einem Monat“ (ago), where „vor
// April“ is before April.
func agoUnit(words []cueWord, k, ce int) bool {
	for j := k; j < min(ce, k+2); j++ {
		switch words[j].norm {
		case "jahren", "monaten", "wochen", "tagen", "jahr", "monat":
			return true
		}
	}
	return false
}

// cuePastTexts mark a clause of a spaceless language as telling of the
// past: 昨年, 去年, 前年, 先月 and 済み (done: 導入済み).
var cuePastTexts = []string{"昨年", "去年", "前年", "先月", "先週", "済み", "済"}

// historyText reports whether a spaceless clause's folded text tells of
// the past (see cuePastTexts).
func historyText(text string) bool {
	return slices.ContainsFunc(cuePastTexts, func(p string) bool { return strings.Contains(text, p) })
}

// dropPastDates leaves out the timing cues whose date names a year and
// lies before today ("Внедрились в марте 2025"), and those told in the past
// tense whose month has already gone this year ("raised prices to their
// own customers by 10% in Oct", read in November): history, no day to
// call. So are those naming a day that just went by („Termin war am
// 20.11.“, "call on Nov 25 went well"; see justPast).
func dropPastDates(cues []Cue, today time.Time) []Cue {
	y, m, d := today.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, today.Location())
	return slices.DeleteFunc(cues, func(c Cue) bool {
		if c.Kind == CueTiming && c.justPast(today) {
			return true
		}
		if c.Kind == CueTiming && c.pastTense && c.Unit == cueUnitDate && c.Number < 10000 && time.Month(c.Number/100) < m {
			return true
		}
		if c.Kind != CueTiming || c.Unit != cueUnitDate || !looksLikeYear(c.Number/10000) {
			return false
		}
		named := time.Date(c.Number/10000, time.Month(c.Number/100%100), 1, 0, 0, 0, 0, today.Location())
		named = named.AddDate(0, 0, min(c.Number%100, named.AddDate(0, 1, -1).Day())-1)
		return named.Before(day)
	})
}

// dropPastGrowth leaves out the growth cues whose stretch of the note
// (see stretchAround) names a year before today's: "opened a branch in
// 2012", «в 2012 открыли филиал», „2012 eine Filiale eröffnet“,
// 2012年に支店を開設 tell the company's history, not growth to come.
func dropPastGrowth(cues []Cue, text string, today time.Time) []Cue {
	return slices.DeleteFunc(cues, func(c Cue) bool {
		if c.Kind != CueGrowth || c.Start < 0 || c.End > len(text) || c.Start > c.End {
			return false
		}
		from, to := stretchAround(text, c.Start, c.End)
		return slices.ContainsFunc(yearsIn(foldCue(text[from:to])), func(y int) bool { return y < today.Year() })
	})
}

// yearsIn returns the runs of exactly four digits in folded text that
// look like a year (see looksLikeYear).
func yearsIn(text string) []int {
	var years []int
	for i := 0; i < len(text); {
		if !isASCIIDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIIDigit(text[j]) {
			j++
		}
		if n, err := strconv.Atoi(text[i:j]); err == nil && j-i == 4 && looksLikeYear(n) {
			years = append(years, n)
		}
		i = j
	}
	return years
}
