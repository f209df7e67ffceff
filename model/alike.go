package model

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Offers that the book's customers mostly hold together say much the same
// thing: when one of them ranks high, the next is rarely a second reason to
// call. spreadAlike makes room for a different need near the top, the way
// a rep would, by taking points of evidence from an offer that is mostly
// held together with one ranked above it.

// pointsAlikeMax is what an offer loses from its book evidence when every
// customer holding it holds one ranked above it too, and the other way
// round (co-holding cosine 1); less as fewer do. In backtests on seven
// public order books (see the README) 15 spread the top five enough to hit
// more accounts on six of them, 30 on five and lost a cutoff of the
// seventh.
const pointsAlikeMax = 15

// alikeDepth is how many of the best offers are spread; the rest are far
// below what a rep reads.
const alikeDepth = 30

// alikeMinLoss is the least an offer loses: less would say that a few
// customers in common are an overlap.
const alikeMinLoss = 2.5

// spreadAlike reorders the best offers (cands, ranked) one at a time: each
// next place goes to the offer ranking highest once it loses
// pointsAlikeMax times its co-holding cosine with the closest offer
// already placed, and the loss is added to its reasons. Only cross-sells
// the book's evidence knows lose points, and not those that answer an open
// pain: a need of the account's own is the different need spreading is
// for. The result is ranked as compareCandidates ranks.
func (r *recommender) spreadAlike(cands []*candidate) {
	ev := r.in.Evidence
	n := min(len(cands), alikeDepth)
	if ev == nil || n < 2 {
		return
	}
	type slot struct {
		c     *candidate
		index int     // in the evidence; -1 when it loses nothing
		loss  float64 // what it would lose now
		like  int     // the placed slot it is most like
		done  bool    // placed
	}
	slots := make([]slot, n)
	for i, c := range cands[:n] {
		slots[i] = slot{c: c, index: -1, like: -1}
		if j, ok := ev.productIndex(c.product.ID); ok && c.kind == KindCrossSell && !c.seats && len(c.solves) == 0 {
			slots[i].index = j
		}
	}
	for range n {
		best := -1
		for i := range slots {
			if slots[i].done {
				continue
			}
			if best < 0 || compareAlike(slots[i].c, slots[i].loss, slots[best].c, slots[best].loss) < 0 {
				best = i
			}
		}
		b := &slots[best]
		b.done = true
		if b.loss > 0 {
			r.loseToAlike(b.c, b.loss, slots[b.like].c)
		}
		if b.index < 0 {
			continue
		}
		for i := range slots {
			s := &slots[i]
			if s.index < 0 || s.done {
				continue
			}
			if loss := pointsAlikeMax * ev.cosine(s.index, b.index); loss >= alikeMinLoss && loss > s.loss {
				s.loss, s.like = loss, best
			}
		}
	}
	slices.SortStableFunc(cands, compareCandidates)
}

// compareAlike compares two offers as compareCandidates would once each
// loses loss points of evidence.
func compareAlike(a *candidate, lossA float64, b *candidate, lossB float64) int {
	sa, ea := scoreAfterLoss(a, lossA)
	sb, eb := scoreAfterLoss(b, lossB)
	return cmp.Or(cmp.Compare(sb, sa), cmp.Compare(math.Round(eb*1e6), math.Round(ea*1e6)), compareCandidates(a, b))
}

// scoreAfterLoss is a candidate's score and evidence once it loses loss
// points of evidence: the capped evidence points are settled anew.
func scoreAfterLoss(c *candidate, loss float64) (int, float64) {
	loss = boundedLoss(c, loss)
	if loss == 0 {
		return c.score, c.evidence
	}
	e := c.evidence - loss
	return c.score - evidencePoints(c) + int(math.Round(min(e, maxEvidencePoints))), e
}

// boundedLoss is the part of loss an offer can lose and still score a
// point: spreading moves an offer down the list, it does not take it off
// (an offer at zero points or below is none).
func boundedLoss(c *candidate, loss float64) float64 {
	least := float64(1 - (c.score - evidencePoints(c))) // evidence that keeps 1 point
	return max(0, min(loss, c.evidence-least))
}

// evidencePoints adds up the points of a candidate's evidence reasons.
func evidencePoints(c *candidate) int {
	had := 0
	for _, r := range c.reasons[c.evFrom:c.evTo] {
		had += r.Points
	}
	return had
}

// loseToAlike takes loss points of evidence from c, whose holders overlap
// with those of above, with the reason why.
func (r *recommender) loseToAlike(c *candidate, loss float64, above *candidate) {
	if loss = boundedLoss(c, loss); loss == 0 {
		return
	}
	c.evidence -= loss
	why := Reason{Points: -int(math.Round(loss)), above: above.product.ID}
	if r.explain {
		ev := r.in.Evidence
		i, _ := ev.productIndex(above.product.ID)
		j, _ := ev.productIndex(c.product.ID)
		have := "have"
		if ev.pairCount(i, j) == 1 {
			have = "has"
		}
		why.Text = fmt.Sprintf("Bought together with %s, ranked above (%s of its %s holders %s both): lowered so the top offers cover different needs",
			above.product.Name, formatCount("en", ev.pairCount(i, j)), formatCount("en", ev.holders[i]), have)
	}
	c.reasons = slices.Insert(c.reasons, c.evTo, why)
	c.score += why.Points
	c.evTo = capEvidence(c, c.evFrom, c.evTo+1)
}

// cosine is how much of their holders two products share: accounts
// holding both over the root of the product of their holders.
func (e *Evidence) cosine(i, j int) float64 {
	hi, hj := e.holders[i], e.holders[j]
	if hi == 0 || hj == 0 || i == j {
		return 0
	}
	return float64(e.pairCount(i, j)) / math.Sqrt(float64(hi)*float64(hj))
}
