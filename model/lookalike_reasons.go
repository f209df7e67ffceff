package model

import (
	"math"
	"slices"
	"time"
)

// addLookalikes adds the look-alike customers' reason to a cross-sell (see
// Evidence.lookalikeShares) and returns its unrounded points.
func (r *recommender) addLookalikes(c *candidate) float64 {
	ev := r.in.Evidence
	j, ok := ev.productIndex(c.product.ID)
	if !ok || ev.lookalikes == nil {
		return 0
	}
	if !r.sharesDone {
		r.sharesDone = true
		var held []int32
		for _, i := range r.heldIndex() {
			if i >= 0 && !slices.Contains(held, int32(i)) {
				held = append(held, int32(i))
			}
		}
		slices.Sort(held)
		r.shares, r.sharesRestOn, _ = ev.lookalikeSharesWeighed(held, latestHeld(r.in.Holdings, r.cat))
	}
	if r.shares == nil {
		return 0
	}
	share := r.shares[j]
	var arrived time.Time
	if la := ev.lookalikes; la.exposedFrom[j] > 0 {
		arrived = time.Unix(la.arrived[j]*secondsPerDay, 0).UTC()
	}
	return r.addExact(c, pointsLookalikesMax*share, func(pts int) Reason {
		return lookalikeReason(c.product, share, r.sharesRestOn, arrived, pts)
	})
}

// addTrend adds the book's trend to a cross-sell (see trend) and returns
// its unrounded points.
func (r *recommender) addTrend(c *candidate) float64 {
	ev := r.in.Evidence
	j, ok := ev.productIndex(c.product.ID)
	if !ok || ev.trend == nil {
		return 0
	}
	t := ev.trend
	n := t.recent[j]
	return r.addExact(c, pointsTrendMax*float64(n)/float64(t.most), func(pts int) Reason {
		return trendReason(c.product, n*t.step, t.step > 1, t.since, pts)
	})
}

// addPopularity adds how widely the book holds a cross-sell (see
// pointsPopularMax) and returns its unrounded points.
func (r *recommender) addPopularity(c *candidate) float64 {
	ev := r.in.Evidence
	j, ok := ev.productIndex(c.product.ID)
	if !ok || ev.Accounts <= 0 {
		return 0
	}
	n := ev.holders[j]
	return r.addExact(c, pointsPopularMax*float64(n)/float64(ev.Accounts), func(pts int) Reason {
		return popularityReason(c.product, n, ev.Accounts, pts)
	})
}

// addExact adds exact points, rounded, to a candidate, with the reason why
// writes when reasons are explained, and returns them unrounded.
func (r *recommender) addExact(c *candidate, exact float64, why func(pts int) Reason) float64 {
	pts := int(math.Round(exact))
	switch {
	case pts == 0:
	case r.explain:
		c.addLater(pts, func() string { return why(pts).Text })
	default:
		c.add(Reason{Points: pts})
	}
	return exact
}

// productIndex numbers a product in the evidence; false without evidence
// or when nobody holds it.
func (e *Evidence) productIndex(id string) (int, bool) {
	if e == nil {
		return 0, false
	}
	j, ok := e.index[id]
	return j, ok
}

// capEvidence settles the points of what the book's history says of a
// candidate (its reasons from index from to to: the item model,
// look-alikes, the trend and what ranks above it), and returns where they
// now end. They add up to its exact evidence (c.evidence) rounded
// once, not to the sum of each reason rounded on its own, so that points
// rank offers as the evidence does; and to exactly maxEvidencePoints at
// most, each reason scaled alike, so that a need the account shows itself
// (a pain, a full licence, the next tier) is never outweighed by what
// other customers hold. The unrounded evidence still breaks ties.
func capEvidence(c *candidate, from, to int) int {
	total := 0
	for _, r := range c.reasons[from:to] {
		total += r.Points
	}
	target := int(math.Round(min(c.evidence, maxEvidencePoints)))
	if target == total || total == 0 {
		return to
	}
	sum, largest := 0, from
	for i := from; i < to; i++ {
		was := c.reasons[i].Points
		c.reasons[i].Points = int(math.Round(float64(was) * float64(target) / float64(total)))
		c.score += c.reasons[i].Points - was
		sum += c.reasons[i].Points
		if c.reasons[i].Points > c.reasons[largest].Points {
			largest = i
		}
	}
	// Rounding must not part candidates the cap makes equal: the largest
	// reason takes up the difference.
	c.reasons[largest].Points += target - sum
	c.score += target - sum
	// A reason scaled to nothing is no reason.
	kept := c.reasons[:from]
	for _, r := range c.reasons[from:to] {
		if r.Points != 0 {
			kept = append(kept, r)
		}
	}
	end := len(kept)
	c.reasons = append(kept, c.reasons[to:]...)
	return end
}
