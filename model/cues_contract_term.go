package model

import (
	"slices"
	"strings"
)

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
	// «договорились на 03.12»: agreed on a day, no contract.
	if strings.HasPrefix(w, "договорил") {
		return false
	}
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
// by more words and stays, and so does a clause about a call, or with a
// negation of its own, which says what waits until then ("no new
// contracts signed before April"; see termNegated). A date written with
// numbers ("contract ends 3/31", „Vertrag endet am 30.06.“) is a date
// too.
func contractTerm(words []cueWord, from, to, cs, ce int, contact bool) bool {
	if contact || !dateWords(words, from, to) && !(to == from+1 && strings.ContainsAny(words[from].norm, "./")) {
		return false
	}
	// The contract may be named in a clause before: "Lepingut ei
	// plaanita pikendada, see kehtib märtsi lõpuni".
	ss, se := cs, ce
	for ss > 0 && words[ss-1].sentence == words[cs].sentence {
		ss--
	}
	for se < len(words) && words[se].sentence == words[cs].sentence {
		se++
	}
	for k := ss; k < se; k++ {
		if isContractWord(words[k].norm) {
			return true
		}
	}
	return false
}

// contractTermHolds reports whether a hit marked as a contract's term is
// one: a clause that holds a price objection or a freeze ("no new
// contracts until April", 新規契約は一切凍結) says what waits until then.
func contractTermHolds(h cueHit, hits []cueHit) bool {
	return h.term && !slices.ContainsFunc(hits, func(o cueHit) bool {
		return o.clause == h.clause && o.rule.kind == CuePrice && o.rule.role == roleCue && !o.negated
	})
}

// termNegated reports whether the clause [cs, ce) holds a negation that
// belongs to no churn risk: in "won't be renewing when the contract is up
// in May" the negation is the churn risk's, and May is still when the
// contract ends.
func termNegated(hits []cueHit, flags []wordFlags, cs, ce int) bool {
	for k := cs; k < ce; k++ {
		if !flags[k].negation {
			continue
		}
		owned := false
		for _, o := range hits {
			if o.rule.role == roleCue && o.rule.kind == CueChurnRisk && !o.negated && o.from <= k && k < o.to {
				owned = true
			}
		}
		if !owned {
			return true
		}
	}
	return false
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

// contractText reports whether a spaceless clause's folded text names a
// contract (契約) and no call (連絡).
func contractText(text string) bool {
	return strings.Contains(text, "契約") && !strings.Contains(text, "連絡")
}
