package model

import (
	"cmp"
	"math"
	"slices"
)

// Evidence is what the whole book says about which products go together
// and how offers were answered. It is computed once per version of the
// peer statistics and the call log and shared, read-only, by every
// briefing.
//
// Products go together through a linear item model (EASE, Steck 2019):
// each held product i gives a candidate j the weight B[i][j] that best
// rebuilds, from everything else an account holds, whether it holds j, with
// a ridge penalty that pulls every weight toward zero. Unlike counting how
// often two products are held together, the weights correct for plain
// popularity (a product everyone holds predicts nothing) and for overlap
// between held products (two held products that always come together do
// not count twice), and the penalty keeps a pattern of a few accounts from
// weighing like a pattern of hundreds.
type Evidence struct {
	// Accounts is how many accounts the book has.
	Accounts int
	// index numbers the products that someone holds; ids are their ids,
	// by number.
	index map[string]int
	ids   []string
	// holders counts the accounts holding each numbered product.
	holders []int
	// modelled numbers, for each numbered product, its row and column in
	// the item model, -1 for a product left out of it (see
	// maxModelledProducts).
	modelled []int
	// width is M, how many products the item model has.
	width int
	// together counts the accounts holding both of two products, M*M by
	// item model number.
	together []int32
	// weights are the item model's weights, M*M, row held, column offered.
	weights []float64
	// pairs are the book's counts of accounts holding both of two
	// products, for pairs outside the item model; a store may leave out
	// those outside it (see ItemModelProducts), which then count as none.
	pairs map[string]map[string]int
	// responses are the offer answers, by segment and book-wide.
	responses ResponseStats
	// lookalikes, trend and seq are set by WithHistory; nil without it.
	lookalikes *lookalikes
	trend      *trend
	seq        *sequence
}

// ResponseCount is how often one product was offered to accounts of one
// segment and how often the answer was yes or interested.
type ResponseCount struct {
	// Segment is Account.Segment of the accounts offered the product.
	Segment string
	// ProductID is the product offered.
	ProductID string
	// Offered counts the answers; Welcomed those that were accepted or
	// interested.
	Offered, Welcomed int
}

// ResponseStats indexes ResponseCounts for the rules.
type ResponseStats struct {
	bySegment map[[2]string]ResponseCount
	book      map[string]ResponseCount
	// offered and welcomed count every answer of the book.
	offered, welcomed int
}

// ridge is the item model's penalty, in accounts: a product's weights count
// fully only once far more than this many accounts hold it, so a pattern of
// a handful of accounts stays close to nothing.
const ridge = 100.0

// maxModelledProducts is how many products at most, the most held, enter
// the item model: solving it takes time in the cube of their number (a
// catalogue of 3,000 products would take minutes), and a product few
// accounts hold has too few of them for its weights to say anything. The
// others are still weighed by look-alikes and the trend (the sequence,
// like the item model, counts only those in it).
const maxModelledProducts = 400

// ItemModelProducts are the products of a book that enter its item model:
// the maxModelledProducts most held (holders by product id), ties by id.
// The book's pair counts are only needed among them.
func ItemModelProducts(holders map[string]int) map[string]bool {
	ids := make([]string, 0, len(holders))
	for id, n := range holders {
		if n > 0 {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(holders[b], holders[a]), cmp.Compare(a, b)) })
	out := make(map[string]bool, min(len(ids), maxModelledProducts))
	for _, id := range ids[:min(len(ids), maxModelledProducts)] {
		out[id] = true
	}
	return out
}

// NewEvidence builds the evidence of a book from its statistics: book
// counts every account (Segment is ignored) and responses the answers to
// offers logged in calls. Products held by nobody get no weights, nor do
// those beyond the maxModelledProducts most held.
func NewEvidence(book PeerStats, responses []ResponseCount) *Evidence {
	e := &Evidence{Accounts: book.Accounts, index: map[string]int{}, pairs: book.Together}
	for id, n := range book.Holders {
		if n > 0 {
			e.ids = append(e.ids, id)
		}
	}
	slices.Sort(e.ids)
	e.holders = make([]int, len(e.ids))
	for i, id := range e.ids {
		e.index[id] = i
		e.holders[i] = book.Holders[id]
	}
	inModel := make([]int, 0, min(len(e.ids), maxModelledProducts))
	modelled := ItemModelProducts(book.Holders)
	e.modelled = make([]int, len(e.ids))
	for i, id := range e.ids {
		e.modelled[i] = -1
		if modelled[id] {
			e.modelled[i] = len(inModel)
			inModel = append(inModel, i)
		}
	}
	p := len(inModel)
	e.width = p
	held := make([]int, p)
	e.together = make([]int32, p*p)
	for m, i := range inModel {
		held[m] = e.holders[i]
		for other, n := range book.Together[e.ids[i]] {
			if j, ok := e.index[other]; ok && j != i && e.modelled[j] >= 0 {
				e.together[m*p+e.modelled[j]] = int32(n)
			}
		}
	}
	heldF, togetherF := make([]float64, p), make([]float64, p*p)
	for m := range held {
		heldF[m] = float64(held[m])
	}
	for k, n := range e.together {
		togetherF[k] = float64(n)
	}
	e.weights = itemWeights(heldF, togetherF, ridge)
	e.responses = newResponseStats(responses)
	return e
}

// WithResponses is the same evidence with other offer answers: the item
// model is shared, not solved again.
func (e *Evidence) WithResponses(responses []ResponseCount) *Evidence {
	out := *e
	out.responses = newResponseStats(responses)
	return &out
}

// itemWeights solves the item model: with G the Gram matrix (holders on the
// diagonal plus lambda, pair counts off it, each account counted with its
// weight) and P its inverse, the weight
// from i to j is -P[i][j]/P[j][j], and zero from a product to itself.
func itemWeights(holders, together []float64, lambda float64) []float64 {
	p := len(holders)
	g := make([]float64, p*p)
	for i := range p {
		for j := range p {
			g[i*p+j] = together[i*p+j]
		}
		g[i*p+i] = holders[i] + lambda
	}
	inv := invertSPD(g, p)
	w := make([]float64, p*p)
	for i := range p {
		for j := range p {
			if i != j && inv[j*p+j] != 0 {
				w[i*p+j] = -inv[i*p+j] / inv[j*p+j]
			}
		}
	}
	return w
}

// invertSPD inverts a symmetric positive definite n×n matrix by Gauss-Jordan
// elimination; the ridge on the diagonal keeps every pivot positive, so no
// pivoting is needed.
func invertSPD(a []float64, n int) []float64 {
	m := slices.Clone(a)
	inv := make([]float64, n*n)
	for i := range n {
		inv[i*n+i] = 1
	}
	for c := range n {
		pv := m[c*n+c]
		if pv == 0 {
			continue
		}
		rc, ic := m[c*n:(c+1)*n], inv[c*n:(c+1)*n]
		for k := range n {
			rc[k] /= pv
			ic[k] /= pv
		}
		for r := range n {
			f := m[r*n+c]
			if r == c || f == 0 {
				continue
			}
			rr, ir := m[r*n:(r+1)*n], inv[r*n:(r+1)*n]
			for k := range n {
				rr[k] -= f * rc[k]
				ir[k] -= f * ic[k]
			}
		}
	}
	return inv
}

// bookLink is what the book says about offering one product to an account
// holding another.
type bookLink struct {
	// weight is the item model's weight from held to offered.
	weight float64
	// together and holders count the accounts holding both, and the held one.
	together, holders int
}

// link looks up held → offered; false when either is held by nobody.
func (e *Evidence) link(held, offered string) (bookLink, bool) {
	if e == nil {
		return bookLink{}, false
	}
	i, ok1 := e.index[held]
	j, ok2 := e.index[offered]
	if !ok1 || !ok2 || i == j {
		return bookLink{}, false
	}
	l := bookLink{together: e.pairCount(i, j), holders: e.holders[i]}
	if mi, mj := e.modelled[i], e.modelled[j]; mi >= 0 && mj >= 0 {
		l.weight = e.weights[mi*e.width+mj]
	}
	return l, true
}

// pairCount counts the accounts holding both of two numbered products.
func (e *Evidence) pairCount(i, j int) int {
	if mi, mj := e.modelled[i], e.modelled[j]; mi >= 0 && mj >= 0 {
		return int(e.together[mi*e.width+mj])
	}
	return e.pairs[e.ids[i]][e.ids[j]]
}

// holdersOf counts the book's accounts holding a product.
func (e *Evidence) holdersOf(id string) int {
	if e == nil {
		return 0
	}
	if i, ok := e.index[id]; ok {
		return e.holders[i]
	}
	return 0
}

func newResponseStats(counts []ResponseCount) ResponseStats {
	rs := ResponseStats{bySegment: map[[2]string]ResponseCount{}, book: map[string]ResponseCount{}}
	for _, c := range counts {
		k := [2]string{c.Segment, c.ProductID}
		s := rs.bySegment[k]
		s.Segment, s.ProductID = c.Segment, c.ProductID
		s.Offered += c.Offered
		s.Welcomed += c.Welcomed
		rs.bySegment[k] = s
		b := rs.book[c.ProductID]
		b.ProductID = c.ProductID
		b.Offered += c.Offered
		b.Welcomed += c.Welcomed
		rs.book[c.ProductID] = b
		rs.offered += c.Offered
		rs.welcomed += c.Welcomed
	}
	return rs
}

// welcome estimates how likely an offer of a product is to be welcomed in a
// segment, against how likely any offer in the book is: the segment's rate
// shrunk toward the product's book-wide rate, itself shrunk toward the
// book's rate over every product, each by responseShrink answers of doubt;
// a segment with fewer than minPeerHolders answers is not asked at all.
// It returns the lift (estimate minus the book's rate) and the counts the
// estimate leans on most: the segment's when it counts, else the book's;
// ok is false without any answer to the product.
func (rs ResponseStats) welcome(segment, productID string) (lift float64, used ResponseCount, inSegment, ok bool) {
	b, any := rs.book[productID]
	if !any || rs.offered == 0 {
		return 0, used, false, false
	}
	base := float64(rs.welcomed) / float64(rs.offered)
	product := (float64(b.Welcomed) + responseShrink*base) / (float64(b.Offered) + responseShrink)
	est, used := product, b
	if s, ok := rs.bySegment[[2]string{segment, productID}]; ok && s.Offered >= minPeerHolders {
		est = (float64(s.Welcomed) + responseShrink*product) / (float64(s.Offered) + responseShrink)
		used, inSegment = s, true
	}
	return est - base, used, inSegment, true
}

// welcome is ResponseStats.welcome of the book's responses; false without
// evidence.
func (e *Evidence) welcome(segment, productID string) (float64, ResponseCount, bool, bool) {
	if e == nil {
		return 0, ResponseCount{}, false, false
	}
	return e.responses.welcome(segment, productID)
}

// evidenceTerm is one held product's part in a candidate's evidence.
type evidenceTerm struct {
	held   *HeldProduct
	link   bookLink
	points float64
}

// bookEvidence adds the item model's reasons to a candidate: one per held
// product whose weight is worth a point (and that no complement reason
// names already), strongest first, the rest summed in one reason, so that the points add up to the model's score. It returns
// the unrounded score, which breaks ties between equal points. Held
// products of the candidate's own ladder say nothing: a customer moves up a
// ladder rather than holding two rungs, so the book never sees them
// together.
func (r *recommender) bookEvidence(c *candidate) float64 {
	ev := r.in.Evidence
	if ev == nil {
		return 0
	}
	j, ok := ev.index[c.product.ID]
	if !ok || ev.modelled[j] < 0 {
		return 0
	}
	p, mj := ev.width, ev.modelled[j]
	terms := r.terms[:0]
	total := 0.0
	for k, i := range r.heldIndex() {
		h := &r.held[k]
		if i < 0 || i == j || (h.Product.Family == c.product.Family && r.ladder(h.Product.Family)) {
			continue
		}
		mi := ev.modelled[i]
		if mi < 0 {
			continue
		}
		w := ev.weights[mi*p+mj]
		if w == 0 {
			continue
		}
		l := bookLink{weight: w, together: int(ev.together[mi*p+mj]), holders: ev.holders[i]}
		pts := w * pointsPerEvidence
		total += pts
		terms = append(terms, evidenceTerm{held: h, link: l, points: pts})
	}
	r.terms = terms
	slices.SortFunc(terms, func(a, b evidenceTerm) int {
		return cmp.Or(cmp.Compare(math.Abs(b.points), math.Abs(a.points)), cmp.Compare(a.held.Product.Name, b.held.Product.Name))
	})
	named := 0
	rest, restN := 0.0, 0
	for _, t := range terms {
		if pts := int(math.Round(t.points)); max(pts, -pts) >= minNamedEvidencePoints && named < maxEvidenceReasons &&
			!slices.Contains(c.declared, t.held) && ev.saysAsMuch(t.link, j, pts) {
			if !r.explain {
				c.add(Reason{Points: pts})
			} else {
				held, link := t.held, t.link
				c.addLater(pts, func() string { return bookReason(held.Product, c.product, link, pts).Text })
			}
			named++
			continue
		}
		rest += t.points
		restN++
	}
	if pts := int(math.Round(rest)); pts != 0 {
		if !r.explain {
			c.add(Reason{Points: pts})
		} else {
			c.addLater(pts, func() string { return otherHoldingsReason(restN, c.product, pts).Text })
		}
	}
	return total
}

// saysAsMuch reports whether a held product's counts, read plainly, say
// what its points say: that its holders hold the offered product (number
// j) more often than the other accounts do, for points for it, or less
// often, for points against. The item model weighs a product given all
// the others held, so the two can disagree; such a weight is not named on
// its own, lest "26 of 82 customers with X also hold Y" be read as a
// reason when the other accounts hold Y more often still.
func (e *Evidence) saysAsMuch(l bookLink, j, pts int) bool {
	others := e.Accounts - l.holders
	if l.holders <= 0 || others <= 0 {
		return false
	}
	with := float64(l.together) / float64(l.holders)
	without := float64(e.holders[j]-l.together) / float64(others)
	if pts > 0 {
		return with > without
	}
	return with < without
}

// heldIndex numbers the held products in the evidence (-1 for one nobody
// else holds), in the order of r.held; computed once.
func (r *recommender) heldIndex() []int {
	if r.evIndex == nil {
		r.evIndex = make([]int, len(r.held))
		for k, h := range r.held {
			r.evIndex[k] = -1
			if r.in.Evidence == nil {
				continue
			}
			if i, ok := r.in.Evidence.index[h.ProductID]; ok {
				r.evIndex[k] = i
			}
		}
	}
	return r.evIndex
}
