package model

import "strings"

// cueContactStems are the stems of the words by which a note speaks of a
// call or a meeting, folded: "follow up", "call", „Rückruf“, „Termin“,
// «созвон», «перезвонить», "helista", "kohtumine". A day named in such
// a clause ("Asked me to follow up Thursday", «Созвон в четверг»,
// "Helista 7.12", „WV KW2“: Wiedervorlage, the reminder to call) is the day of the next call, wherever it stands.
var cueContactStems = []string{
	"follow", "f/u", "cb", "call", "ring", "talk", "speak", "meet", "touch", "reconnect", "catch", "check", "ping", "chat", "reach", "reply", "answer", "qbr", "ebr",
	"anruf", "anrufen", "ruckruf", "telefon", "termin", "melde", "sprechen", "gesprach", "wv", "wiedervorlage", "nachfass",
	"созвон", "звон", "договорил", "перезвон", "позвон", "набрат", "набер", "встреч", "связ", "поговор", "ответ",
	"helist", "kohtu", "raagi", "uhendust", "kone", "vestl", "vastus", "tagasiside",
}

// contactClauses marks the clauses of a note that speak of a call or a
// meeting (see cueContactStems).
func contactClauses(words []cueWord) map[int]bool {
	out := map[int]bool{}
	for _, w := range words {
		for _, s := range cueContactStems {
			if strings.HasPrefix(w.norm, s) {
				out[w.clause] = true
				break
			}
		}
	}
	return out
}
