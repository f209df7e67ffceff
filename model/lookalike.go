package model

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"
	"time"
)

// BookAccount is what one account of the book holds, for the look-alikes
// and the trend of Evidence.WithHistory.
type BookAccount struct {
	// ProductIDs are the products it holds.
	ProductIDs []string
	// Since are, in the order of ProductIDs, when it first bought each;
	// zero when unknown. Nil when no date is known.
	Since []time.Time
}

// lookalikes indexes the distinct sets of products the book's accounts
// hold: accounts holding the same products are one set, so a book of a
// hundred thousand accounts over a few dozen products is searched as a few
// thousand sets. The sets are stored column by column, their products one
// after another in a single slice, so that a briefing reads them in order.
type lookalikes struct {
	// items are the sets' products by evidence index, each set ascending,
	// set after set: set s holds items[start[s]:start[s+1]].
	items []int32
	start []int32
	// accounts counts, for each set, the accounts holding it exactly.
	accounts []int32
	// cube is, for each set, how much one account of it weighs before
	// the overlap: 1 over its size cubed, its size being how much its
	// length counts against the similarity (its length to the power
	// 1-lookalikeAsymmetry).
	cube []float64
	// bySet finds a set by its key (setKey).
	bySet map[string]int32
	// postings lists, for each product, the sets that hold it.
	postings [][]int32
}

// sets is how many distinct sets the book holds.
func (la *lookalikes) sets() int { return len(la.accounts) }

// add indexes one more distinct set, held by one account so far.
func (la *lookalikes) add(key string, items []int32) {
	s := int32(la.sets())
	la.bySet[key] = s
	la.items = append(la.items, items...)
	la.start = append(la.start, int32(len(la.items)))
	la.accounts = append(la.accounts, 1)
	la.cube = append(la.cube, math.Pow(float64(len(items)), -3*(1-lookalikeAsymmetry)))
	for _, i := range items {
		la.postings[i] = append(la.postings[i], s)
	}
}

// lookalikeAsymmetry is how much of a look-alike's similarity is measured
// against the briefed account's own holdings rather than the look-alike's
// (½ is the plain cosine). Above ½, an account that holds what this one
// holds and more stays a close look-alike: what it holds beyond is what
// the offers are made of. Chosen by backtests on six public order books
// (see the README): 0.7 beat 0.5, 0.6, 0.8 and 0.9 on them together.
const lookalikeAsymmetry = 0.7

// LookalikePool is how many accounts at most look-alikes, the trend and
// the sequence are drawn from: a larger book is sampled, every PoolStep-th
// account by id, so that a briefing stays under a millisecond at a hundred
// thousand accounts.
const LookalikePool = 5000

// PoolStep is the step of the sample of a book of n accounts: 1 (every
// account) up to LookalikePool accounts.
func PoolStep(n int) int { return max(1, (n+LookalikePool-1)/LookalikePool) }

// WithHistory is the same evidence with what the accounts of the pool hold
// (the book, or a sample of it: see PoolStep), and since when: it adds the
// look-alike customers (accounts whose holdings are most like the briefed
// account's), the trend (products the book's accounts took up most
// lately) and the sequence (what customers took up after what the account
// holds) to the reasons of cross-sells. step is the pool's PoolStep: the
// trend's counts are scaled by it. Products held by nobody in the item
// model are left out.
func (e *Evidence) WithHistory(accounts []BookAccount, step int) *Evidence {
	out := *e
	la := &lookalikes{bySet: map[string]int32{}, postings: make([][]int32, len(e.holders)), start: []int32{0}}
	var items []int32
	total := 0
	for _, a := range accounts {
		total += len(a.Since)
	}
	// dated are the dated first purchases (product, unix time), account
	// after account; ends[n] is where the n-th account's end.
	dated := make([][2]int64, 0, total)
	ends := make([]int, 0, len(accounts))
	for _, a := range accounts {
		items = items[:0]
		for k, id := range a.ProductIDs {
			i, ok := e.index[id]
			if !ok {
				continue
			}
			if !slices.Contains(items, int32(i)) {
				items = append(items, int32(i))
			}
			if k < len(a.Since) && !a.Since[k].IsZero() {
				dated = append(dated, [2]int64{int64(i), a.Since[k].Unix()})
			}
		}
		ends = append(ends, len(dated))
		if len(items) == 0 {
			continue
		}
		slices.Sort(items)
		key := setKey(items)
		if s, ok := la.bySet[key]; ok {
			la.accounts[s]++
			continue
		}
		la.add(key, items)
	}
	out.lookalikes = la
	out.withRecency(accounts, max(step, 1))
	out.seq = newSequence(e, dated, ends, max(step, 1))
	out.trend = newTrend(len(e.holders), dated, max(step, 1))
	return &out
}

// setKey is a set's key in lookalikes.bySet.
func setKey(items []int32) string {
	b := make([]byte, 0, 2*len(items))
	for _, i := range items {
		b = binary.AppendUvarint(b, uint64(uint32(i)))
	}
	return string(b)
}

// overlapBuffers are reusable counters for lookalikeShares, one per set,
// all zero between uses.
type overlapBuffers struct {
	overlap []int32
}

var overlapPool sync.Pool

// lookalikeShares weighs every account of the book by how much of what it
// holds the briefed account holds too, and returns for each product the
// weighted share of those accounts holding it. The weight is the two sets'
// asymmetric cosine similarity (shared products over the briefed
// account's count to the power lookalikeAsymmetry times the other's to the
// rest), cubed, so that near twins count far more than accounts sharing
// one popular product. The account itself is left out. With fewer than
// minPeerHolders accounts sharing anything with it there is no answer: a
// few look-alikes are never a pattern. held are the account's products by
// evidence index, ascending, without repeats; ok is false when no other
// account shares anything with it.
func (e *Evidence) lookalikeShares(held []int32) (shares []float64, ok bool) {
	shares, _, ok = e.lookalikeSharesWeighed(held)
	return shares, ok
}

// lookalikeSharesWeighed is lookalikeShares with how many accounts the
// shares effectively rest on: (Σ weight)² ÷ Σ weight², about 1 when one
// near twin outweighs the rest.
func (e *Evidence) lookalikeSharesWeighed(held []int32) (shares []float64, effective float64, ok bool) {
	la := e.lookalikes
	if la == nil || len(held) == 0 {
		return nil, 0, false
	}
	buf, _ := overlapPool.Get().(*overlapBuffers)
	if buf == nil || len(buf.overlap) < la.sets() {
		buf = &overlapBuffers{overlap: make([]int32, la.sets())}
	}
	defer overlapPool.Put(buf)
	overlap := buf.overlap[:la.sets()]
	for _, i := range held {
		for _, s := range la.postings[i] {
			overlap[s]++
		}
	}
	self, hasSelf := la.bySet[setKey(held)]
	// The similarity, cubed, is overlap³ / (own × size)³.
	own := math.Pow(float64(len(held)), -3*lookalikeAsymmetry)
	shares = make([]float64, len(e.holders))
	total, others, squares := 0.0, 0.0, 0.0
	// The sets are read in order, once: an account holding a popular
	// product shares something with most of them, and reading them in
	// order is faster than following its products' postings.
	for s, o := range overlap {
		if o == 0 {
			continue
		}
		overlap[s] = 0
		n := float64(la.accounts[s])
		if hasSelf && int32(s) == self {
			n-- // the account itself
		}
		f := float64(o)
		w := n * la.cube[s] * own * f * f * f
		if w == 0 {
			continue
		}
		total += w
		others += n
		squares += w * w / n
		for _, j := range la.items[la.start[s]:la.start[s+1]] {
			shares[j] += w
		}
	}
	// Fewer than minPeerHolders look-alikes are not a pattern.
	if total == 0 || others < minPeerHolders {
		return nil, 0, false
	}
	for j := range shares {
		shares[j] /= total
	}
	return shares, total * total / squares, true
}
