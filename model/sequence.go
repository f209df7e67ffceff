package model

import (
	"cmp"
	"fmt"
	"slices"
)

// Customers take products up in an order: the add-on after the product it
// adds to, the new model after the old one, the advanced course after the
// first. Holding two products together says they belong together; holding
// one and then taking up the other says what comes next, and that is what
// an offer is. sequence counts, for two products, how many accounts of the
// pool (see LookalikePool) took the second up after the first, both dated.

// sequence counts the dated first purchases of the pool's accounts by
// pair of products in the item model.
type sequence struct {
	// width is the item model's width; the counts are width*width, row
	// first taken up, column taken up with it or after.
	width int
	// after counts the accounts that first bought the column's product on
	// a later day than the row's; together those that hold both, dated.
	after, together []int32
	// holders counts the accounts holding each product, dated.
	holders []int32
	// step is the pool's sampling step: counts are scaled by it in
	// reasons, and written as estimates when it is over 1.
	step int
}

// newSequence counts what the pool's accounts took up after what: dated
// are their dated first purchases (evidence index, unix time), account
// after account, the n-th account's ending at ends[n]. It is nil when fewer
// than minTrendPurchases purchases are dated, too few to tell an order from
// chance.
func newSequence(e *Evidence, dated [][2]int64, ends []int, step int) *sequence {
	if len(dated) < minTrendPurchases {
		return nil
	}
	p := e.width
	s := &sequence{width: p, after: make([]int32, p*p), together: make([]int32, p*p), holders: make([]int32, p), step: step}
	type taken struct {
		m   int   // item model number
		day int64 // unix time of the first purchase
	}
	var items []taken
	from := 0
	for _, end := range ends {
		items = items[:0]
		for _, d := range dated[from:end] {
			if m := e.modelled[d[0]]; m >= 0 && !slices.ContainsFunc(items, func(t taken) bool { return t.m == m }) {
				items = append(items, taken{m, d[1]})
			}
		}
		from = end
		for _, x := range items {
			s.holders[x.m]++
			row := x.m * p
			for _, y := range items {
				if x.m == y.m {
					continue
				}
				s.together[row+y.m]++
				if y.day > x.day {
					s.after[row+y.m]++
				}
			}
		}
	}
	return s
}

// next is what the pool says of taking up offered (column mj) after held
// (row mi): the share of held's holders who hold offered, times the share
// of those who took it up later rather than before or with it, each shrunk
// by one account of doubt either way; and the counts behind it.
func (s *sequence) next(mi, mj int) (share float64, after, holders int) {
	n := s.holders[mi]
	if n == 0 {
		return 0, 0, 0
	}
	a, t := float64(s.after[mi*s.width+mj]), float64(s.together[mi*s.width+mj])
	return (a + 1) / (t + 2) * t / float64(n), int(s.after[mi*s.width+mj]), int(n)
}

// addSequence adds what customers took up after what the account holds to
// a cross-sell: pointsPerSequence for each held product whose every holder
// went on to take it up, less as fewer did, summed over the held products
// (ladder rungs of its own family aside), named by the one that says most.
// It returns the unrounded points.
func (r *recommender) addSequence(c *candidate) float64 {
	ev := r.in.Evidence
	if ev == nil || ev.seq == nil {
		return 0
	}
	j, ok := ev.index[c.product.ID]
	if !ok || ev.modelled[j] < 0 {
		return 0
	}
	s := ev.seq
	mj := ev.modelled[j]
	total, best := 0.0, -1
	var bestShare float64
	var bestAfter, bestHolders int
	for k, i := range r.heldIndex() {
		h := &r.held[k]
		if i < 0 || i == j || ev.modelled[i] < 0 || (h.Product.Family == c.product.Family && r.ladder(h.Product.Family)) {
			continue
		}
		share, after, holders := s.next(ev.modelled[i], mj)
		total += share
		if after > 0 && (best < 0 || cmp.Or(cmp.Compare(share, bestShare), cmp.Compare(r.held[best].Product.Name, h.Product.Name)) > 0) {
			best, bestShare, bestAfter, bestHolders = k, share, after, holders
		}
	}
	if best < 0 {
		return 0
	}
	return r.addExact(c, pointsPerSequence*total, func(pts int) Reason {
		return sequenceReason(r.held[best].Product, c.product, bestAfter*s.step, bestHolders*s.step, s.step > 1, pts)
	})
}

// sequenceReason explains the sequence's points by the held product that
// says most: after of its holders customers took the offer up after it;
// about says the counts are estimated from a sample of the book.
func sequenceReason(held, product Product, after, holders int, about bool, pts int) Reason {
	counts := formatCount("en", after) + " of " + formatCount("en", holders)
	if about {
		counts = "About " + formatCount("en", roughly(after)) + " of " + formatCount("en", roughly(holders))
	}
	return Reason{Points: pts, Text: fmt.Sprintf("%s customers with %s took up %s after it", counts, held.Name, product.Name)}
}
