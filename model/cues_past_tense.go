package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cuePastVerbs are verbs in the past tense that no regular ending gives
// away, folded: "went", "rose", „stiegen“, «рос», "tegi".
var cuePastVerbs = map[string]bool{
	"went": true, "rose": true, "grew": true, "shrank": true, "cut": true, "did": true, "had": true, "got": true,
	"made": true, "took": true, "began": true, "came": true, "left": true, "lost": true, "won": true, "sold": true,
	"bought": true, "spent": true, "paid": true, "brought": true, "ran": true, "fell": true,
	"stiegen": true, "stieg": true, "sanken": true, "sank": true, "kamen": true, "kam": true,
	"рос": true, "росли": true,
	"tegi": true, "laks": true, "tostis": true, "kasvas": true, "vahenes": true, "alustas": true, "kaivitas": true, "muutis": true,
}

// cueFutureParticiples end like a past tense but tell of what is to come
// or is wanted: "scheduled for March", "postponed to March", „geplant“.
var cueFutureParticiples = map[string]bool{
	"scheduled": true, "rescheduled": true, "planned": true, "booked": true, "slated": true, "expected": true,
	"targeted": true, "aimed": true, "agreed": true, "decided": true, "asked": true, "wanted": true, "hoped": true,
	"postponed": true, "delayed": true, "pushed": true, "moved": true, "penciled": true, "pencilled": true,
	"locked": true, "needed": true, "interested": true, "supposed": true, "based": true, "limited": true, "frozen": true,
	"geplant": true, "gesetzt": true, "gebucht": true, "geblockt": true, "gewunscht": true, "gedacht": true, "angedacht": true, "vorgesehen": true, "verschoben": true,
}

// cuePerfectAux are the German auxiliaries of the perfect tense: „haben
// im Oktober die Preise erhöht“.
var cuePerfectAux = map[string]bool{"haben": true, "hat": true, "habe": true, "hatten": true, "hatte": true}

// pastTenseClause reports whether the clause [cs, ce) is told in the past
// tense (text is the note the words were split from): an English verb in -ed or one of cuePastVerbs, a German perfect
// (an auxiliary with a participle closing the clause), a Russian verb in -ли/-ла/-лся, an
// Estonian one in -sid. A participle of cueFutureParticiples ("scheduled",
// „geplant“) tells of what is to come.
func pastTenseClause(text string, words []cueWord, cs, ce int) bool {
	aux, participle := false, false
	for k := cs; k < ce; k++ {
		w := words[k].norm
		if cueFutureParticiples[w] {
			return false
		}
		n := len([]rune(w))
		switch {
		case cuePastVerbs[w]:
			return true
		case n >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
			return true
		case n >= 6 && (strings.HasSuffix(w, "ли") || strings.HasSuffix(w, "лись") || strings.HasSuffix(w, "лся") || strings.HasSuffix(w, "лась")):
			return true
		case n >= 6 && strings.HasSuffix(w, "sid"):
			return true
		case cuePerfectAux[w]:
			aux = true
		case n >= 5 && k == ce-1 && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) && lowerAt(text, words[k].start):
			// The participle closes a German clause: „… erhöht“, not a
			// noun („haben im März wieder Budget“).
			participle = true
		}
	}
	return aux && participle
}

// pastTenseText reports whether a Japanese clause's folded text ends in
// the past tense (値上げした, 導入しました, 上がったとのこと).
func pastTenseText(text string) bool {
	for _, tail := range []string{"とのこと", "との事", "そうです", "そう"} {
		text = strings.TrimSuffix(text, tail)
	}
	return strings.HasSuffix(text, "た")
}

// lowerAt reports whether the note's word at byte i starts in lower case.
func lowerAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}
