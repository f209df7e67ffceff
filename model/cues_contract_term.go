package model

import "strings"

// cueContractWords are the stems of the words for a contract or a
// subscription, folded: "contract runs till June", „Vertrag läuft bis
// März“, «договор до июня», "leping kehtib märtsini". A date said of one
// is when the contract ends, not a day the customer asks to be called.
var cueContractWords = []string{
	"contract", "subscription", "licence", "license", "agreement",
	"vertrag", "abo", "lizenz", "laufzeit",
	"договор", "контракт", "подписк", "лицензи",
	"leping", "litsents", "tellimus",
}

// isContractWord reports whether a folded word names a contract.
func isContractWord(w string) bool {
	for _, s := range cueContractWords {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// contractTerm reports whether the timing match [from, to) is nothing but
// a date, or how long something lasts ("till June"), in a clause [cs, ce)
// that names a contract: "contract ends March 31" says when it ends; a
// put-off of its own ("call back before the contract ends") is matched
// by more words and stays, and so does a clause with a negation, which
// says what waits until then ("no new contracts signed before April").
func contractTerm(words []cueWord, from, to, cs, ce int) bool {
	if !dateWords(words, from, to) {
		return false
	}
	contract := false
	for k := cs; k < ce; k++ {
		if words[k].negation {
			return false
		}
		contract = contract || isContractWord(words[k].norm)
	}
	return contract
}

// dateWords reports whether the words [from, to) name a month and hold
// nothing but the words of a date and of how long something lasts ("till
// June", "March 31", «до июня»).
func dateWords(words []cueWord, from, to int) bool {
	month := false
	for k := from; k < to; k++ {
		w := words[k].norm
		switch {
		case isMonthWord(w):
			month = true
		case cueUntilWords[w] || cueMonthLeads[w] || dayNumber(words[k]) != 0 || words[k].isNumber && looksLikeYear(words[k].number):
		default:
			return false
		}
	}
	return month
}
