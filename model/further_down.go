package model

import "slices"

// OffersShown is how many offers the screens and `show` list until the rep
// asks for the rest: a rep on a call can use three offers, not twenty.
const OffersShown = 3

// maxFurtherDownAdvice is how many open pains at most are said to be
// answered further down the list, the most severe first.
const maxFurtherDownAdvice = 2

// furtherDownAdvice says, for the most severe open pains that only offers
// below the first OffersShown claim, which of them answers it, best ranked
// first: a pain the customer raised must not drop out of what the rep sees
// because its answer ranks fourth (its price against their ARR, say). Cost
// pains are left out: what answers them is listed first.
func (r *recommender) furtherDownAdvice(cands []*candidate) []string {
	if len(cands) <= OffersShown {
		return nil
	}
	open := slices.Clone(r.open)
	slices.SortStableFunc(open, func(a, b PainPoint) int { return clampSeverity(b.Severity) - clampSeverity(a.Severity) })
	var out []string
	for _, p := range open {
		if len(out) == maxFurtherDownAdvice {
			break
		}
		if p.Category == PainCost || r.seatsSizedFor(p, cands[:OffersShown]) || slices.ContainsFunc(cands[:OffersShown], func(c *candidate) bool { return c.claims(p.ID) }) {
			continue
		}
		i := slices.IndexFunc(cands[OffersShown:], func(c *candidate) bool { return c.claims(p.ID) })
		if i < 0 {
			continue
		}
		c := cands[OffersShown+i]
		if c.claimsInTheirWords(p.ID) {
			out = append(out, AdviceFurtherDown(r.in.Account.Locale, Quoted(p.Title), c.product.NameIn(r.lang), OffersShown+i+1))
		} else {
			out = append(out, AdviceMayFit(r.in.Account.Locale, Quoted(p.Title), c.product.NameIn(r.lang)))
		}
	}
	return out
}
