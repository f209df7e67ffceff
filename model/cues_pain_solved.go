package model

import (
	"slices"
	"strings"
)

// A problem said to be solved ("the SSO issue got fixed", „wurde behoben“,
// 解消済み, «решили», "parandatud") is no open pain: its sentence answers
// it. One still to be solved ("not fixed yet", „noch nicht behoben“) is.

// cueSolvedStems are the starts of folded words saying a problem was
// solved.
var cueSolvedStems = []string{
	"fixed", "resolved", "solved", "sorted",
	"behoben", "gelost", "repariert",
	"решил", "решен", "исправ", "починил", "устранен",
	"parandatud", "parandati", "lahendatud", "lahendati",
}

// cueSolvedTexts are the same in a language written without spaces.
var cueSolvedTexts = []string{"解消済", "解消した", "解消され", "解決済", "解決した", "解決され", "修正済", "直った", "復旧"}

// cueStillWords say the solving is still to come.
var cueStillWords = map[string]bool{
	"not": true, "yet": true, "still": true, "never": true, "nicht": true, "noch": true, "nie": true,
	"не": true, "еще": true, "ещё": true, "пока": true, "ei": true, "pole": true, "veel": true,
}

// solvedSaid reports whether a sentence says its problem was solved, and
// not that it still waits.
func solvedSaid(sentence string) bool {
	for _, t := range cueSolvedTexts {
		if strings.Contains(sentence, t) {
			return !strings.Contains(sentence, "未")
		}
	}
	solved := false
	for _, w := range strings.FieldsFunc(foldCue(sentence), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' }) {
		if cueStillWords[w] {
			return false
		}
		solved = solved || startsWithAny(w, cueSolvedStems...)
	}
	return solved
}

// dropSolvedPains leaves out the pains whose sentence says they were
// solved.
func dropSolvedPains(cues []Cue, text string) []Cue {
	return slices.DeleteFunc(cues, func(c Cue) bool {
		return c.Kind == CuePain && solvedSaid(around(text, c.Start, c.End, false))
	})
}
