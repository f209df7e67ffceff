package model

import (
	"cmp"
	"maps"
	"runtime"
	"slices"
	"sync"
	"time"
)

// BacktestAccount is one account as the book knew it before a date, and
// what it went on to buy.
type BacktestAccount struct {
	// Account is the account; its stage is not dated history, so a
	// backtest ranks every account as one that may hear offers.
	Account Account
	// Holdings are what it held before the date.
	Holdings []Holding
	// Pains are the pain points noted before the date.
	Pains []PainPoint
	// PastOffers are the answers to offers made before the date.
	PastOffers []PastOffer
	// Bought are the products it first bought on or after the date.
	Bought []string
}

// BacktestInput is a book as it stood before AsOf.
type BacktestInput struct {
	Catalog  *Catalog
	AsOf     time.Time
	Accounts []BacktestAccount
	// K is how many offers per account count; 5 when zero.
	K int
	// FirstDated and LastDated are the earliest and latest days on which
	// any account first bought a product, before or after AsOf; zero when
	// the book has no dated purchase. They tell a user which days can be
	// backtested.
	FirstDated, LastDated time.Time
}

// MethodScore is how one ranking did.
type MethodScore struct {
	// Method names the ranking.
	Method string `json:"method"`
	// Hits counts the accounts with at least one of the top K bought.
	Hits int `json:"hits"`
	// HitRate is Hits over the accounts evaluated (hit@k).
	HitRate float64 `json:"hit_rate"`
	// Precision is the mean share of the top K that was bought
	// (precision@k).
	Precision float64 `json:"precision"`
	// Coverage is the share of the catalogue that appears in someone's top
	// K.
	Coverage float64 `json:"coverage"`
	// Offered is how many offers the top K held on average: fewer than K
	// where the rules hold the rest back or nothing speaks for more.
	Offered float64 `json:"offered"`
}

// BacktestResult is a backtest's outcome, talktrack first, then the two
// baselines.
type BacktestResult struct {
	AsOf time.Time `json:"-"`
	K    int       `json:"k"`
	// Accounts held something before the date; Evaluated also bought
	// something new on or after it, the only ones a ranking can hit.
	Accounts  int           `json:"accounts"`
	Evaluated int           `json:"evaluated"`
	Methods   []MethodScore `json:"methods"`
	// FirstDated and LastDated are BacktestInput's, YYYY-MM-DD; empty when
	// the book has no dated purchase.
	FirstDated string `json:"first_dated,omitempty"`
	LastDated  string `json:"last_dated,omitempty"`
}

// Method names in a BacktestResult.
const (
	MethodTalktrack    = "talktrack"
	MethodPopularity   = "popularity"
	MethodCooccurrence = "co-occurrence"
)

// Backtest ranks offers for every account that held something before the
// date, with talktrack's rules and with two trivial baselines, and checks
// each top K against what the account went on to buy. Talktrack ranks as
// Recommend does from peer statistics and evidence rebuilt from the
// holdings before the date; only offers of products the account did not
// hold count (seat offers cannot be checked against purchases). The
// baselines: popularity offers the products held by most accounts;
// co-occurrence the products with the largest sum, over held products, of
// accounts holding both (ties by popularity, then id).
func Backtest(in BacktestInput) BacktestResult {
	k := in.K
	if k <= 0 {
		k = 5
	}
	res := BacktestResult{AsOf: in.AsOf, K: k}
	in.Catalog = in.Catalog.soldThen()
	if !in.FirstDated.IsZero() {
		res.FirstDated, res.LastDated = in.FirstDated.Format(time.DateOnly), in.LastDated.Format(time.DateOnly)
	}
	var accounts []BacktestAccount
	for _, a := range in.Accounts {
		if len(a.Holdings) > 0 {
			accounts = append(accounts, a)
		}
	}
	res.Accounts = len(accounts)

	book, segments := countBook(accounts)
	step := PoolStep(len(accounts))
	ev := NewEvidence(book, responseCounts(accounts)).WithHistory(bookAccounts(accounts, step, in.Catalog), step)
	bookIdx := book.Holders

	// Every product of the catalogue, most held first: the popularity
	// ranking, and the tie-break of co-occurrence.
	byPop := make([]string, 0, len(in.Catalog.Products))
	for id := range in.Catalog.Products {
		byPop = append(byPop, id)
	}
	slices.SortFunc(byPop, func(a, b string) int { return cmp.Or(cmp.Compare(bookIdx[b], bookIdx[a]), cmp.Compare(a, b)) })
	co := newCooccurrence(book, byPop)

	type tops struct{ talk, pop, co []string }
	out := make([]tops, len(accounts))
	var wg sync.WaitGroup
	work := make(chan int, 256)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				a := accounts[i]
				if len(a.Bought) == 0 {
					continue
				}
				held := map[string]bool{}
				for _, h := range a.Holdings {
					held[h.ProductID] = true
				}
				out[i] = tops{
					talk: talktrackTop(a, in, segments[a.Account.Segment()], ev, held, k),
					pop:  popularityTop(byPop, held, k),
					co:   co.top(held, k),
				}
			}
		}()
	}
	for i := range accounts {
		work <- i
	}
	close(work)
	wg.Wait()

	scores := []*scoreSum{{method: MethodTalktrack}, {method: MethodPopularity}, {method: MethodCooccurrence}}
	for i, a := range accounts {
		if len(a.Bought) == 0 {
			continue
		}
		res.Evaluated++
		bought := map[string]bool{}
		for _, id := range a.Bought {
			bought[id] = true
		}
		scores[0].add(out[i].talk, bought, k)
		scores[1].add(out[i].pop, bought, k)
		scores[2].add(out[i].co, bought, k)
	}
	for _, s := range scores {
		res.Methods = append(res.Methods, s.result(res.Evaluated, k, len(in.Catalog.Products)))
	}
	return res
}

// talktrackTop is talktrack's top k new products for an account.
func talktrackTop(a BacktestAccount, in BacktestInput, seg PeerStats, ev *Evidence, held map[string]bool, k int) []string {
	acc := a.Account
	if acc.Stage != StageAdvocate {
		acc.Stage = StageValueRealized
	}
	products, _ := RankedProducts(BriefingInput{
		Account: acc, Holdings: a.Holdings, Pains: a.Pains, PastOffers: a.PastOffers,
		Peers: seg, Evidence: ev, Catalog: in.Catalog, Now: in.AsOf,
	})
	var top []string
	for _, p := range products {
		if !held[p.ID] && len(top) < k {
			top = append(top, p.ID)
		}
	}
	return top
}

// popularityTop is the k most held products the account does not hold.
func popularityTop(byPop []string, held map[string]bool, k int) []string {
	var top []string
	for _, id := range byPop {
		if len(top) == k {
			break
		}
		if !held[id] {
			top = append(top, id)
		}
	}
	return top
}

// cooccurrence is "frequently bought together" with products numbered by
// popularity rank: for each, the others held with it and by how many
// accounts.
type cooccurrence struct {
	ids  []string
	rank map[string]int
	with [][]rankCount
}

type rankCount struct{ rank, n int32 }

func newCooccurrence(book PeerStats, byPop []string) *cooccurrence {
	c := &cooccurrence{ids: byPop, rank: make(map[string]int, len(byPop)), with: make([][]rankCount, len(byPop))}
	for i, id := range byPop {
		c.rank[id] = i
	}
	for held, others := range book.Together {
		i, ok := c.rank[held]
		if !ok {
			continue
		}
		for other, n := range others {
			if j, ok := c.rank[other]; ok && n > 0 {
				c.with[i] = append(c.with[i], rankCount{int32(j), int32(n)})
			}
		}
	}
	return c
}

// top is the k products the account does not hold with the largest sum,
// over held products, of accounts holding both; ties go to the more
// popular.
func (c *cooccurrence) top(held map[string]bool, k int) []string {
	sum := make([]int, len(c.ids))
	for h := range held {
		if i, ok := c.rank[h]; ok {
			for _, w := range c.with[i] {
				sum[w.rank] += int(w.n)
			}
		}
	}
	best := make([]int, 0, k+1) // ranks, best first
	for r, id := range c.ids {
		if held[id] {
			continue
		}
		at := len(best)
		for at > 0 && sum[best[at-1]] < sum[r] {
			at--
		}
		if at < k {
			best = slices.Insert(best, at, r)
			best = best[:min(len(best), k)]
		}
	}
	out := make([]string, len(best))
	for i, r := range best {
		out[i] = c.ids[r]
	}
	return out
}

// scoreSum adds up one method's results.
type scoreSum struct {
	method    string
	hits      int
	precision float64
	offered   int
	shown     map[string]bool
}

func (s *scoreSum) add(top []string, bought map[string]bool, k int) {
	if s.shown == nil {
		s.shown = map[string]bool{}
	}
	n := 0
	s.offered += len(top)
	for _, id := range top {
		s.shown[id] = true
		if bought[id] {
			n++
		}
	}
	if n > 0 {
		s.hits++
	}
	s.precision += float64(n) / float64(k)
}

func (s *scoreSum) result(evaluated, k, products int) MethodScore {
	m := MethodScore{Method: s.method, Hits: s.hits}
	if evaluated > 0 {
		m.HitRate = float64(s.hits) / float64(evaluated)
		m.Precision = s.precision / float64(evaluated)
		m.Offered = float64(s.offered) / float64(evaluated)
	}
	if products > 0 {
		m.Coverage = float64(len(s.shown)) / float64(products)
	}
	return m
}

// countBook counts peer statistics for the whole book (Segment empty) and
// per segment, every account holding each product once.
func countBook(accounts []BacktestAccount) (PeerStats, map[string]PeerStats) {
	newStats := func(seg string) PeerStats {
		return PeerStats{Segment: seg, Holders: map[string]int{}, Together: map[string]map[string]int{}}
	}
	book := newStats("")
	segments := map[string]PeerStats{}
	var ids []string
	for _, a := range accounts {
		ids = ids[:0]
		for _, h := range a.Holdings {
			if !slices.Contains(ids, h.ProductID) {
				ids = append(ids, h.ProductID)
			}
		}
		seg, ok := segments[a.Account.Segment()]
		if !ok {
			seg = newStats(a.Account.Segment())
		}
		for _, s := range []*PeerStats{&book, &seg} {
			s.Accounts++
			for _, x := range ids {
				s.Holders[x]++
				m := s.Together[x]
				if m == nil {
					m = map[string]int{}
					s.Together[x] = m
				}
				for _, y := range ids {
					if x != y {
						m[y]++
					}
				}
			}
		}
		segments[a.Account.Segment()] = seg
	}
	return book, segments
}

// bookAccounts is what every step-th account (see PoolStep) held before
// the date, and since when.
func bookAccounts(accounts []BacktestAccount, step int, cat *Catalog) []BookAccount {
	out := make([]BookAccount, 0, len(accounts)/step+1)
	for i := 0; i < len(accounts); i += step {
		a := accounts[i]
		b := BookAccount{ProductIDs: make([]string, len(a.Holdings)), Since: make([]time.Time, len(a.Holdings))}
		for k, h := range a.Holdings {
			b.ProductIDs[k], b.Since[k] = h.ProductID, h.Since
			b.Subscribed = b.Subscribed || (cat != nil && recurring(cat.Products[h.ProductID].BillingUnit))
		}
		out = append(out, b)
	}
	return out
}

// responseCounts counts the answers to offers before the date, by segment
// and product.
func responseCounts(accounts []BacktestAccount) []ResponseCount {
	counts := map[[2]string]*ResponseCount{}
	for _, a := range accounts {
		for _, o := range a.PastOffers {
			k := [2]string{a.Account.Segment(), o.ProductID}
			c := counts[k]
			if c == nil {
				c = &ResponseCount{Segment: k[0], ProductID: k[1]}
				counts[k] = c
			}
			c.Offered++
			if o.Response == ResponseAccepted || o.Response == ResponseInterested {
				c.Welcomed++
			}
		}
	}
	out := make([]ResponseCount, 0, len(counts))
	for _, c := range counts {
		out = append(out, *c)
	}
	return out
}

// soldThen is the catalogue with every product on sale. Whether a product
// is discontinued is how it stands today; a backtest ranks as of a day on
// which it may still have been sold, as a purchase after that day shows.
func (c *Catalog) soldThen() *Catalog {
	if c == nil || !slices.ContainsFunc(slices.Collect(maps.Values(c.Products)), func(p Product) bool { return p.Discontinued }) {
		return c
	}
	then := *c
	then.Products = maps.Clone(c.Products)
	for id, p := range then.Products {
		p.Discontinued = false
		then.Products[id] = p
	}
	return &then
}
