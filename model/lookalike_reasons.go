package model

import (
	"math"
	"slices"
)

// addLookalikes adds the look-alike customers' reason to a cross-sell (see
// Evidence.lookalikeShares) and returns its unrounded points.
func (r *recommender) addLookalikes(c *candidate) float64 {
	ev := r.in.Evidence
	if ev == nil || ev.lookalikes == nil {
		return 0
	}
	j, ok := ev.index[c.product.ID]
	if !ok {
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
		r.shares, _ = ev.lookalikeShares(held)
	}
	if r.shares == nil {
		return 0
	}
	share := r.shares[j]
	exact := pointsLookalikesMax * share
	if pts := int(math.Round(exact)); pts != 0 {
		if r.explain {
			c.add(lookalikeReason(c.product, share, pts))
		} else {
			c.add(Reason{Points: pts})
		}
	}
	return exact
}

// addTrend adds the book's trend to a cross-sell (see trend) and returns
// its unrounded points.
func (r *recommender) addTrend(c *candidate) float64 {
	ev := r.in.Evidence
	if ev == nil || ev.trend == nil {
		return 0
	}
	j, ok := ev.index[c.product.ID]
	if !ok {
		return 0
	}
	n := ev.trend.recent[j]
	exact := pointsTrendMax * float64(n) / float64(ev.trend.most)
	if pts := int(math.Round(exact)); pts != 0 {
		if r.explain {
			c.add(trendReason(c.product, n*ev.trend.step, ev.trend.step > 1, ev.trend.since, pts))
		} else {
			c.add(Reason{Points: pts})
		}
	}
	return exact
}
