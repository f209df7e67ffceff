package model

import (
	"slices"
	"strings"
)

// cueGrowthOffStems are the starts of words, folded, by which a growth
// cue's clause says the team shrinks or the plan to grow is off: "the
// team shrinks", "layoffs", "the expansion is cancelled", „der Vertrieb
// schrumpft“, „Entlassungen“, „die Expansion ist abgesagt“, «сокращение
// штата», «набор отменили», "koondamine", "värbamine tühistati". Words
// that also say what growth is for ("hiring to reduce wait times") are
// left out: only a team's shrinking or a plan's end is listed.
var cueGrowthOffStems = []string{
	"shrink", "shrank", "shrunk", "downsiz", "layoff", "laid", "redundanc", "cancel", "scrapped", "shelved", "axed", "postpon", "abandon", "paus", "freez", "frozen", "froze", "halted",
	"schrumpf", "geschrumpft", "verklein", "reduzier", "abgebaut", "entlass", "stellenabbau", "personalabbau", "gestrichen", "abgesagt", "storniert", "gekippt", "abgeblasen", "verschoben", "eingefroren", "gestoppt", "pausiert",
	"сокращ", "уменьш", "увол", "отмен", "свернул", "сворачива", "отложил", "отложен", "замороз", "заморож", "приостанов",
	"koonda", "vahene", "kahane", "tuhist", "katkest", "loobu", "lukat", "kulmut", "peatat", "peatati",
}

// cueGrowthOffPairs are two words, folded, that say the same side by
// side, where either alone says something else: "the plan is off",
// "called off", "down to 25 people", „auf Eis“, „nur noch 35 Leute“,
// "jääb ära".
var cueGrowthOffPairs = [][2]string{
	{"is", "off"}, {"are", "off"}, {"was", "off"}, {"were", "off"}, {"called", "off"}, {"on", "ice"}, {"down", "to"},
	{"auf", "eis"}, {"vom", "tisch"}, {"nur", "noch"}, {"jaab", "ara"}, {"jai", "ara"}, {"jaavad", "ara"}, {"jaeti", "ara"},
}

// cueGrowthOffTexts are the same in a language written without spaces:
// 縮小, 人員削減, 採用計画は中止, 見送り.
var cueGrowthOffTexts = []string{"縮小", "削減", "減ら", "減少", "減員", "中止", "見送", "取りやめ", "取り止め", "白紙", "撤回", "リストラ", "解雇", "延期", "凍結", "ストップ", "停止"}

// growthOffWords reports whether the clause [cs, ce) of a note's words says
// the team shrinks or the plan to grow is off (see cueGrowthOffStems and
// cueGrowthOffPairs).
func growthOffWords(words []cueWord, cs, ce int) bool {
	return clauseSays(words, cs, ce, cueGrowthOffStems, cueGrowthOffPairs)
}

// clauseSays reports whether a word of the clause [cs, ce) starts with one
// of the stems, or two words side by side are one of the pairs.
func clauseSays(words []cueWord, cs, ce int, stems []string, pairs [][2]string) bool {
	for k := cs; k < ce; k++ {
		if startsWithAny(words[k].norm, stems...) {
			return true
		}
		for _, p := range pairs {
			if k+1 < ce && words[k].norm == p[0] && words[k+1].norm == p[1] {
				return true
			}
		}
	}
	return false
}

// growthOffText is growthOffWords for a clause of a spaceless note.
func growthOffText(clause string) bool {
	for _, t := range cueGrowthOffTexts {
		if strings.Contains(clause, t) {
			return true
		}
	}
	return false
}

// fewer reports whether a count of people goes down from x to y: "from 40
// to 25" is a team shrinking, not 25 people joining.
func fewer(x, y int) bool { return y < x }

// more reports whether a count of people goes up from x to y.
func more(x, y int) bool { return y > x }

// whenTheyShrink reports whether a timing hit stands in the clause of a
// team said to shrink (a shrinking cue, or growth that goes down) or of a
// plan to grow called off: in "laid off 30 people in October", 来月リストラ,
// "the team shrank from 30 to 18 after the reorg" or "layoffs, the sales
// team shrinks from 8 to 5 reps in January" the time says when, not that
// they want to wait.
func whenTheyShrink(h cueHit, hits []cueHit) bool {
	return h.rule.kind == CueTiming && slices.ContainsFunc(hits, func(g cueHit) bool {
		if g.rule.kind == CueShrinking && !g.negated && g.sentence == h.sentence && h.unit == "" {
			return true // „Team wird verkleinert, nach der Fusion“: the cause, no day
		}
		return (g.rule.kind == CueGrowth && g.calledOff || g.rule.kind == CueShrinking && !g.negated) && (g.clause == h.clause || g.offClause == h.clause+1)
	})
}
