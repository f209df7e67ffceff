package model

import "strings"

// A day set to start what they bought ("want to kick off Jan 4", „Go-live
// am 1. Februar“, 来週キックオフ) is when the work begins, not a put-off:
// no timing cue, and no "no rush" said back. A clause that also speaks of
// a call ("call me after the kick-off next week") keeps its day, and so
// does a note that asks for a call at another time ("go-live moved to
// March, call back then": the call is then).

// cueKickoffStems are the starts of folded words for starting the work.
var cueKickoffStems = []string{
	"kickoff", "kick-off", "golive", "go-live",
	"startschuss", "projektstart",
	"запуск", "старт",
	"kaivit",
}

// cueKickoffPairs are the same said in two words: "kick off", "go live".
var cueKickoffPairs = [][2]string{{"kick", "off"}, {"kicking", "off"}, {"go", "live"}, {"goes", "live"}, {"going", "live"}}

// cueKickoffTexts are the same in a language written without spaces.
var cueKickoffTexts = []string{"キックオフ", "稼働開始", "本番稼働", "利用開始", "運用開始", "導入開始"}

// kickoffClause reports whether the clause [cs, ce) sets the day the work
// starts.
func kickoffClause(words []cueWord, cs, ce int) bool {
	return clauseSays(words, cs, ce, cueKickoffStems, cueKickoffPairs)
}

// kickoffText is kickoffClause for a clause of a spaceless note.
func kickoffText(clause string) bool {
	for _, t := range cueKickoffTexts {
		if strings.Contains(clause, t) {
			return true
		}
	}
	return false
}

// kickoffOnly reports whether a timing hit is the day the work starts and
// no other timing hit of the note asks for a call (see kickoffClause).
func kickoffOnly(h cueHit, hits []cueHit) bool {
	if !h.kickoff {
		return false
	}
	for _, o := range hits {
		if o.rule.kind == CueTiming && o.rule.role == roleCue && !o.kickoff && !o.negated && !o.dateOnly {
			return false
		}
	}
	return true
}
