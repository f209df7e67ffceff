package model

import (
	"fmt"
	"slices"
)

// painAnswersFirst lifts every offer that answers an open pain in the
// customer's own words above the best cross-sell that answers none that
// way: what other customers hold never outweighs a need the account told
// us of. The lift is a reason of its own, so every point stays explained.
// Upgrades and seats keep their place: a full licence or the next tier is
// a need of the account's own too.
func (r *recommender) painAnswersFirst(cands []*candidate) {
	best, any := 0, false
	for _, c := range cands {
		if c.kind == KindCrossSell && !c.answersInTheirWords() && (!any || c.score > best) {
			best, any = c.score, true
		}
	}
	if !any {
		return
	}
	moved := false
	for _, c := range cands {
		p, ok := c.firstInTheirWords()
		if !ok || c.score > best {
			continue
		}
		lift := best - c.score + 1
		c.add(painFirstReason(p, lift))
		moved = true
	}
	if moved {
		slices.SortStableFunc(cands, compareCandidates)
	}
}

// painFirstReason says why an offer answering the pain p in the customer's
// words comes before offers resting on what other customers hold.
func painFirstReason(p PainPoint, points int) Reason {
	return Reason{Points: points, Text: fmt.Sprintf("They told us “%s”: what answers it comes before what other customers hold", Quoted(p.Title))}
}
