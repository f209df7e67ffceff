package model

import (
	"slices"
	"time"
)

// trend is what the book's accounts took up most lately: for each product,
// how many accounts first bought it on or after since, the day from which
// the latest fifth (trendShare) of the book's dated first purchases fall.
// Products go out of sale and new ones come in; what customers like this
// one started buying lately is a better guess of what they buy next than
// what they bought years ago.
type trend struct {
	since time.Time
	// recent counts the accounts per product, by evidence index; most is
	// the largest count.
	recent []int
	most   int
	// step is the pool's sampling step: counts are scaled by it, and
	// written as estimates when it is over 1.
	step int
}

// newTrend builds the trend from the dated first purchases (dated pairs a
// product's evidence index with a unix time); nil when fewer than
// minTrendPurchases are dated, too few to tell a trend from chance.
func newTrend(products int, dated [][2]int64, step int) *trend {
	if len(dated) < minTrendPurchases {
		return nil
	}
	times := make([]int64, len(dated))
	for i, d := range dated {
		times[i] = d[1]
	}
	slices.Sort(times)
	since := times[len(times)-max(1, int(float64(len(times))*trendShare))]
	t := &trend{since: time.Unix(since, 0).UTC(), recent: make([]int, products), step: step}
	for _, d := range dated {
		if d[1] >= since {
			t.recent[d[0]]++
		}
	}
	t.most = slices.Max(t.recent)
	if t.most == 0 {
		return nil
	}
	return t
}
