package model

import "strings"

// cueRivalEventStems are the stems of the words for a demo, a trial or a
// pitch, folded: "demo", "trial", „Präsentation“, «демо», «презентация»,
// "esitlus", "piloot".
var cueRivalEventStems = []string{
	"demo", "trial", "pilot", "poc", "presentation", "pitch", "workshop",
	"prasentation", "testphase", "testzugang",
	"демо", "презентац", "пилот", "тест",
	"esitlus", "piloot", "proov",
}

// cueOurWords say the event is ours: "with us", "our demo", „mit uns“,
// «с нами», "meiega".
var cueOurWords = map[string]bool{
	"us": true, "our": true, "uns": true, "unsere": true, "unserer": true, "unseren": true,
	"нами": true, "нас": true, "наш": true, "нашу": true, "нашей": true, "meiega": true, "meie": true,
}

// rivalEventClauses marks the clauses of a note that speak of a demo, a
// trial or a pitch not said to be ours: when the sentence names a
// competitor ("They're also looking at Gong, have a demo with them next
// week"), the day such a clause names is the rival's, not our follow-up.
func rivalEventClauses(words []cueWord) map[int]bool {
	event, ours := map[int]bool{}, map[int]bool{}
	for _, w := range words {
		ours[w.clause] = ours[w.clause] || cueOurWords[w.norm]
		for _, s := range cueRivalEventStems {
			if strings.HasPrefix(w.norm, s) {
				event[w.clause] = true
			}
		}
	}
	for c := range ours {
		if ours[c] {
			delete(event, c)
		}
	}
	return event
}

// rivalsDate reports whether a timing hit stands in a clause about a
// demo or trial (rivalEvent) in a sentence that names a competitor: the
// day of the rival's demo.
func rivalsDate(h cueHit, hits []cueHit) bool {
	if h.rule.kind != CueTiming || !h.rivalEvent {
		return false
	}
	for _, o := range hits {
		if o.rule.kind == CueCompetitor && o.rule.role == roleCue && o.sentence == h.sentence && !o.negated {
			return true
		}
	}
	return false
}
