package model

import "slices"

// dropDeclinedOffers reads what a customer turns down. A timing cue that
// shares words with a no-need cue is the "now" of "we don't need it now"
// ("praegu pole seda vaja", „brauchen wir aktuell nicht“, 今回は見送ります):
// no need, not a wish to be called back. A no-need cue that shares words
// with a churn cue turns down the contract or us ("lepingust loobume"),
// which the churn cue already says; turning down one offer alone
// ("Liivakastist loobusime") stays no need. A price cue inside a no-need
// cue is what they do not need: „Keine weiteren Lizenzen nötig“ says no
// more licences are needed, not that none may be bought.
func dropDeclinedOffers(cues []Cue) []Cue {
	overlapsKind := func(c Cue, kind CueKind) bool {
		return slices.ContainsFunc(cues, func(o Cue) bool {
			return o.Kind == kind && o.Start < c.End && c.Start < o.End
		})
	}
	holdsKind := func(c Cue, kind CueKind) bool {
		return slices.ContainsFunc(cues, func(o Cue) bool {
			return o.Kind == kind && o.Start <= c.Start && c.End <= o.End && (o.Start != c.Start || o.End != c.End)
		})
	}
	return slices.DeleteFunc(slices.Clone(cues), func(c Cue) bool {
		return c.Kind == CueTiming && overlapsKind(c, CueNoNeed) ||
			c.Kind == CueNoNeed && overlapsKind(c, CueChurnRisk) ||
			c.Kind == CuePrice && holdsKind(c, CueNoNeed)
	})
}
