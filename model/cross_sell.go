package model

import (
	"cmp"
	"slices"
)

// crossSells builds offers from families the account does not hold (and
// from families the book shows are not ladders, see ladder): every product
// of the catalogue is weighed on declared complements, the book's evidence,
// the segment and open pains, and kept when something speaks for it.
func (r *recommender) crossSells() []*candidate {
	type source struct {
		held *HeldProduct
		why  string
	}
	complementOf := map[string][]source{}
	for i := range r.held {
		h := &r.held[i]
		unused := h.SeatUseKnown(r.tracksSeats) && h.SeatsUsed == 0
		for _, cp := range r.cat.Complements[h.ProductID] {
			// An add-on paid every month builds on work nobody does in a
			// product none of whose seats is used; a workshop or a
			// training day, paid once, is the adoption help it needs.
			if p, ok := r.cat.Products[cp.ComplementID]; ok && unused && recurring(p.BillingUnit) {
				continue
			}
			complementOf[cp.ComplementID] = append(complementOf[cp.ComplementID], source{h, cp.Reason})
		}
	}

	joining, said := r.joining()
	roles := r.roleFamilies()
	newTeam := !slices.ContainsFunc(r.held, func(h HeldProduct) bool { return roles[h.Product.Family] })
	out := make([]*candidate, 0, len(r.cat.Products))
	for _, p := range r.cat.Products {
		if (r.holdsFamily(p.Family) && r.ladder(p.Family)) || r.holds(p.ID) || !r.pitchable(p.ID) || r.familyCooling(p) {
			continue
		}
		c := &candidate{product: p, kind: KindCrossSell, reasons: make([]Reason, 0, 8)}
		srcs := complementOf[p.ID]
		// The complemented product with the most peers behind it comes
		// first: it gives the strongest proof.
		slices.SortFunc(srcs, func(a, b source) int {
			return cmp.Or(cmp.Compare(r.together(b.held, p), r.together(a.held, p)),
				cmp.Compare(a.held.Product.Name, b.held.Product.Name), cmp.Compare(a.held.ProductID, b.held.ProductID))
		})
		for k, s := range srcs {
			c.add(complementReason(s.held.Product, s.why, k == 0))
			c.declared = append(c.declared, s.held)
		}
		c.canSolve = r.solvedBy(p, nil)
		from := len(c.reasons)
		c.evidence = r.bookEvidence(c)
		c.evidence += r.addLookalikes(c)
		c.evidence += r.addTrend(c)
		c.evidence += r.addSequence(c)
		c.evidence += r.addPopularity(c)
		c.evFrom, c.evTo = from, capEvidence(c, from, len(c.reasons))
		peer := r.addPeers(c)
		switch {
		case len(srcs) > 0:
			c.basis = srcs[0].held
		case peer != nil:
			c.basis = peer
		default:
			c.linked = true
		}
		// People said to join in a role this product is made for: seats
		// for them too, in their words.
		forRole := joining > 0 && p.Seated && roles[p.Family]
		if forRole {
			c.add(said)
		}
		if c.score <= 0 && len(c.canSolve) == 0 {
			continue // nothing speaks for it
		}
		if p.Seated {
			r.findBasis(c)
		}
		c.quantity = crossSellQuantity(p, c.basis, r.held, r.tracksSeats)
		if leaving := r.leaving(); p.Seated && leaving > 0 && c.quantity > 1 {
			// "the team goes from 40 to 25": seats for who stays.
			c.quantity = max(1, c.quantity-leaving)
		}
		switch {
		case forRole && newTeam:
			c.quantity = joining // a team they have no product for yet
		case forRole:
			c.quantity += joining // the team they have and the people joining it
		}
		if c.quantity == 0 {
			continue // an add-on for the users of something nobody uses
		}
		r.addWelcome(c)
		r.addResponse(c)
		r.addARRShare(c)
		out = append(out, c)
	}
	return out
}

// addPeers adds what the account's segment says beyond the book (nothing
// when neither its industry nor its size is known): for the held product whose peers most exceed the book in also holding the
// candidate, the shrunk excess in points. It returns that held product, or
// nil when the segment adds nothing worth a point.
func (r *recommender) addPeers(c *candidate) *HeldProduct {
	// Accounts of unknown industry and size are no peer group.
	if !r.peers || (r.in.Account.Industry == "" && r.in.Account.SizeBand == "") {
		return nil
	}
	var best *HeldProduct
	bestPts, bestN, bestTotal := 0, 0, 0
	rows, totals := r.peerRows()
	ev := r.in.Evidence
	j, inBook := -1, false
	if ev != nil {
		j, inBook = ev.index[c.product.ID]
	}
	for i := range r.held {
		h := &r.held[i]
		if h.ProductID == c.product.ID || rows[i] == nil {
			continue
		}
		n, total := rows[i][c.product.ID], totals[i]
		if total < minPeerHolders || n < minPeerHolders || n > total {
			continue
		}
		book := 0.0 // without the book's counts, the segment is shrunk toward nothing
		if k := r.heldIndex()[i]; inBook && k >= 0 && k != j {
			book = float64(ev.pairCount(k, j)) / float64(ev.holders[k])
		}
		shrunk := (float64(n) + peerShrink*book) / (float64(total) + peerShrink)
		pts := int(pointsPeersMax*(shrunk-book) + 0.5)
		if pts > bestPts {
			best, bestPts, bestN, bestTotal = h, pts, n, total
		}
	}
	if best != nil {
		if r.explain {
			c.addLater(bestPts, func() string {
				return peerReason(r.in.Account, best.Product, c.product, bestN, bestTotal, bestPts).Text
			})
		} else {
			c.add(Reason{Points: bestPts})
		}
	}
	return best
}

// peerRows are, for each held product in the order of r.held, what else its
// holders in the segment hold, and how many other accounts of the segment
// hold it (peerHolders); computed once.
func (r *recommender) peerRows() ([]map[string]int, []int) {
	if r.rows == nil {
		r.rows = make([]map[string]int, len(r.held))
		r.rowHolders = make([]int, len(r.held))
		for i, h := range r.held {
			r.rows[i] = r.in.Peers.Together[h.ProductID]
			r.rowHolders[i] = r.peerHolders(h.ProductID)
		}
	}
	return r.rows, r.rowHolders
}

// findBasis sets a candidate's basis when it is still to be found (see
// candidate.linked).
func (r *recommender) findBasis(c *candidate) {
	if c.linked {
		c.basis, c.linked = r.strongestLink(c.product), false
	}
}

// strongestLink is the held product the book most often sees with p, for
// talking points to build on; nil when none is.
func (r *recommender) strongestLink(p Product) *HeldProduct {
	var best *HeldProduct
	bestN := 0
	for i := range r.held {
		if n := r.together(&r.held[i], p); n > bestN {
			best, bestN = &r.held[i], n
		}
	}
	return best
}

// peerHolders is how many other accounts in the segment hold a product the
// account holds: the stored count includes the account itself.
func (r *recommender) peerHolders(heldID string) int {
	if n := r.in.Peers.Holders[heldID] - 1; n > 0 {
		return n
	}
	return 0
}

// together is how many peers hold both a held product and p (0 when peer
// counts do not apply).
func (r *recommender) together(h *HeldProduct, p Product) int {
	if !r.peers || h == nil || h.ProductID == p.ID {
		return 0
	}
	return r.in.Peers.Together[h.ProductID][p.ID]
}

// crossSellQuantity is how many of a new product to start with: for a
// seated product, the seats in use (the licence when use is not tracked)
// of what it adds to (the families it requires), else of the seated
// product it builds on, else of the account's largest seated product; one
// otherwise.
func crossSellQuantity(p Product, basis *HeldProduct, held []HeldProduct, tracked bool) int {
	if !p.Seated {
		return 1
	}
	// An add-on serves the people using what it adds to: none when its
	// seats are known to sit unused.
	if n, known := seatsInRequired(p, held, tracked); n > 0 || known {
		return n
	}
	if basis != nil && basis.Product.Seated && basis.Quantity > 0 {
		return seatsInUse(basis)
	}
	n := 1
	for i := range held {
		if held[i].Product.Seated {
			n = max(n, seatsInUse(&held[i]))
		}
	}
	return n
}

// seatsInRequired is the most seats in use of a seated held product of
// the families p requires (see Product.Requires); 0 when there is none,
// with known true when there are such products and none of their seats
// is in use.
func seatsInRequired(p Product, held []HeldProduct, tracked bool) (n int, known bool) {
	for i := range held {
		if h := &held[i]; h.Product.Seated && h.Quantity > 0 && slices.Contains(p.Requires, h.Product.Family) {
			if h.SeatUseKnown(tracked) && h.SeatsUsed == 0 {
				known = true // none in use: no one to add it for
				continue
			}
			n = max(n, seatsInUse(h))
		}
	}
	return n, known && n == 0
}

// seatsInUse is how many seats of a seated holding are used, or its
// licence when use is not tracked.
func seatsInUse(h *HeldProduct) int {
	if h.SeatsUsed > 0 {
		return h.SeatsUsed
	}
	return h.Quantity
}
