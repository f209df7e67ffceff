package model

import (
	"cmp"
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
	// Subscribed says it holds something billed by the month or the year
	// (see Recurring): a customer still, who could take up whatever came
	// to the book since, however long ago it last took something up.
	Subscribed bool
}

// lookalikes indexes the distinct sets of products the book's accounts
// hold: accounts holding the same products (and last taking one up on the
// same day, or subscribing) are one set, so a book of a hundred thousand
// accounts over a few dozen products is searched as at most the pool's
// (LookalikePool) sets, far fewer when they subscribe. The sets are stored column by column, their products one
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
	// latest is, for each set, the day (unix days) its accounts last
	// took a product up (see latestPurchase): accounts holding the same
	// products are one set only when that day is the same too.
	latest []int64
	// place is each set's place among the sets ordered by latest, and
	// exposedFrom, for each product, the first place whose set was still
	// buying when the product came to the book (see arrivals): the
	// look-alikes that could have bought it. It is 0 for a product that
	// came before every set's latest purchase; corrects says some
	// product came later.
	place       []int32
	exposedFrom []int32
	arrived     []int64
	corrects    bool
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
	la.latest = append(la.latest, math.MinInt64)
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
		latest := latestPurchase(a)
		key := setKey(items, latest)
		if s, ok := la.bySet[key]; ok {
			la.accounts[s]++
			continue
		}
		la.add(key, items)
		la.latest[la.sets()-1] = latest
	}
	la.arrivals(e, dated)
	out.lookalikes = la
	out.withRecency(accounts, max(step, 1))
	out.seq = newSequence(e, dated, ends, max(step, 1))
	out.trend = newTrend(len(e.holders), dated, max(step, 1))
	return &out
}

// latestPurchase is the day (unix days) an account last first bought a
// product, math.MaxInt64 when it holds something undated or subscribes:
// then it may still be buying.
func latestPurchase(a BookAccount) int64 {
	if a.Subscribed {
		return math.MaxInt64
	}
	latest := int64(math.MinInt64)
	for k := range a.ProductIDs {
		if k >= len(a.Since) || a.Since[k].IsZero() {
			return math.MaxInt64
		}
		latest = max(latest, a.Since[k].Unix()/secondsPerDay)
	}
	return latest
}

// latestHeld is latestPurchase of a briefed account's holdings.
func latestHeld(holdings []Holding, cat *Catalog) int64 {
	latest := int64(math.MinInt64)
	for _, h := range holdings {
		if h.Since.IsZero() || (cat != nil && Recurring(cat.Products[h.ProductID].BillingUnit)) {
			return math.MaxInt64
		}
		latest = max(latest, h.Since.Unix()/secondsPerDay)
	}
	return latest
}

const secondsPerDay = 24 * 60 * 60

// arrivals dates when each product came to the book, the day of its first
// dated purchase in the pool, and finds for each the look-alikes that were
// still buying then (see lookalikes.exposedFrom). A product fewer than
// minPeerHolders accounts hold is not dated: its first purchase may come
// long after it was on sale.
func (la *lookalikes) arrivals(e *Evidence, dated [][2]int64) {
	n := la.sets()
	order := make([]int32, n)
	for s := range order {
		order[s] = int32(s)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(la.latest[a], la.latest[b]) })
	la.place = make([]int32, n)
	latest := make([]int64, n)
	for k, s := range order {
		la.place[s] = int32(k)
		latest[k] = la.latest[s]
	}
	la.arrived = make([]int64, len(e.holders))
	for j := range la.arrived {
		la.arrived[j] = math.MaxInt64
	}
	for _, d := range dated {
		la.arrived[d[0]] = min(la.arrived[d[0]], d[1]/secondsPerDay)
	}
	la.exposedFrom = make([]int32, len(e.holders))
	for j, day := range la.arrived {
		if day == math.MaxInt64 || e.holders[j] < minPeerHolders {
			la.arrived[j] = math.MinInt64
			continue
		}
		k, _ := slices.BinarySearch(latest, day)
		la.exposedFrom[j] = int32(k)
		la.corrects = la.corrects || k > 0
	}
}

// setKey is a set's key in lookalikes.bySet: its products, and the day
// its accounts last took one up (see latestPurchase).
func setKey(items []int32, latest int64) string {
	b := binary.BigEndian.AppendUint64(make([]byte, 0, 8+2*len(items)), uint64(latest))
	for _, i := range items {
		b = binary.AppendUvarint(b, uint64(uint32(i)))
	}
	return string(b)
}

// overlapBuffers are reusable counters for lookalikeShares, one per set,
// all zero between uses.
type overlapBuffers struct {
	overlap []int32
	// byPlace sums the sets' weights by place (see lookalikes.place),
	// then from each place on.
	byPlace []float64
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
// few look-alikes are never a pattern. A product that came to the book
// after some look-alikes last took anything up is a share of those that
// did since (see lookalikes.exposedFrom). held are the account's products by
// evidence index, ascending, without repeats, and latest the day it last
// took one up (latestHeld), which finds its own set; ok is false when no
// other account shares anything with it.
func (e *Evidence) lookalikeShares(held []int32, latest int64) (shares []float64, ok bool) {
	shares, _, ok = e.lookalikeSharesWeighed(held, latest)
	return shares, ok
}

// lookalikeSharesWeighed is lookalikeShares with how many accounts the
// shares effectively rest on: (Σ weight)² ÷ Σ weight², about 1 when one
// near twin outweighs the rest.
func (e *Evidence) lookalikeSharesWeighed(held []int32, latest int64) (shares []float64, effective float64, ok bool) {
	la := e.lookalikes
	if la == nil || len(held) == 0 {
		return nil, 0, false
	}
	buf, _ := overlapPool.Get().(*overlapBuffers)
	if buf == nil || len(buf.overlap) < la.sets() {
		buf = &overlapBuffers{overlap: make([]int32, la.sets()), byPlace: make([]float64, la.sets()+1)}
	}
	defer overlapPool.Put(buf)
	overlap := buf.overlap[:la.sets()]
	byPlace := buf.byPlace[:la.sets()+1]
	for _, i := range held {
		for _, s := range la.postings[i] {
			overlap[s]++
		}
	}
	self, hasSelf := la.bySet[setKey(held, latest)]
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
		if la.corrects {
			byPlace[la.place[s]] = w
		}
		for _, j := range la.items[la.start[s]:la.start[s+1]] {
			shares[j] += w
		}
	}
	if la.corrects {
		defer clear(byPlace)
	}
	// Fewer than minPeerHolders look-alikes are not a pattern.
	if total == 0 || others < minPeerHolders {
		return nil, 0, false
	}
	if !la.corrects {
		for j := range shares {
			shares[j] /= total
		}
		return shares, total * total / squares, true
	}
	for k := len(byPlace) - 2; k >= 0; k-- {
		byPlace[k] += byPlace[k+1]
	}
	for j := range shares {
		// A product that came to the book lately is a share of the
		// look-alikes still buying since: the others never had the
		// chance to buy it.
		if from := la.exposedFrom[j]; from == 0 {
			shares[j] /= total
		} else if exposed := byPlace[from]; exposed > 0 {
			shares[j] = min(shares[j]/exposed, 1)
		}
	}
	return shares, total * total / squares, true
}
