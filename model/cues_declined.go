package model

import "slices"

// dropDeclinedOffers reads what a customer turns down. A timing cue that
// shares words with a no-need cue is the "now" of "we don't need it now"
// ("praegu pole seda vaja", „brauchen wir aktuell nicht“, 今回は見送ります):
// no need, not a wish to be called back. A no-need cue that shares words
// with a churn cue turns down the contract or us ("lepingust loobume"),
// which the churn cue already says; turning down one offer alone
// ("Liivakastist loobusime") stays no need.
func dropDeclinedOffers(cues []Cue) []Cue {
	overlapsKind := func(c Cue, kind CueKind) bool {
		return slices.ContainsFunc(cues, func(o Cue) bool {
			return o.Kind == kind && o.Start < c.End && c.Start < o.End
		})
	}
	return slices.DeleteFunc(slices.Clone(cues), func(c Cue) bool {
		return c.Kind == CueTiming && overlapsKind(c, CueNoNeed) ||
			c.Kind == CueNoNeed && overlapsKind(c, CueChurnRisk)
	})
}

// dateOnlyWords reports whether the words [from, to) are nothing but a
// date: month names, the words that lead to them ("in", "until") and days
// ("in March", "January 15th", «марте»).
func dateOnlyWords(words []cueWord, from, to int) bool {
	month := false
	for k := from; k < to; k++ {
		w := words[k].norm
		switch {
		case isMonthWord(w):
			month = true
		case cueMonthLeads[w] || dayNumber(words[k]) != 0 || words[k].isNumber && looksLikeYear(words[k].number):
		default:
			return false
		}
	}
	return month
}
