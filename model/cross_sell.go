package model

import (
	"cmp"
	"slices"
)

// crossSells builds offers from families the account does not hold: declared
// complements, peer patterns and products that address an open pain.
func (r *recommender) crossSells() []*candidate {
	eligible := func(p Product) bool { return !r.holdsFamily(p.Family) && !r.cooling(p.ID) }

	// complementOf lists, per product, the held products it complements.
	type source struct {
		held *HeldProduct
		why  string
	}
	complementOf := map[string][]source{}
	ids := map[string]bool{}
	for i := range r.held {
		h := &r.held[i]
		for _, cp := range r.cat.Complements[h.ProductID] {
			if p := r.cat.Products[cp.ComplementID]; eligible(p) {
				complementOf[p.ID] = append(complementOf[p.ID], source{h, cp.Reason})
				ids[p.ID] = true
			}
		}
		if r.peers {
			for id := range r.in.Peers.Together[h.ProductID] {
				if p, known := r.cat.Products[id]; known && eligible(p) {
					ids[id] = true // kept below only if the pattern is strong enough
				}
			}
		}
	}
	if len(r.open) > 0 {
		for id, p := range r.cat.Products {
			if eligible(p) && len(r.solvedBy(p, nil)) > 0 {
				ids[id] = true
			}
		}
	}

	// The map order of ids does not leak: candidates are ranked by a total
	// order before anyone sees them.
	out := make([]*candidate, 0, len(ids))
	for id := range ids {
		p := r.cat.Products[id]
		c := &candidate{product: p, kind: KindCrossSell}
		srcs := complementOf[id]
		// The complemented product with the most peers behind it comes
		// first: it gives the strongest proof.
		slices.SortFunc(srcs, func(a, b source) int {
			return cmp.Or(cmp.Compare(r.together(b.held, p), r.together(a.held, p)),
				cmp.Compare(a.held.Product.Name, b.held.Product.Name), cmp.Compare(a.held.ProductID, b.held.ProductID))
		})
		for k, s := range srcs {
			c.add(complementReason(s.held.Product, s.why, k == 0))
		}
		c.solves = r.solvedBy(p, nil)
		r.addPains(c)
		peer, peerOK := r.bestPeer(p)
		if peerOK {
			c.add(peerReason(r.in.Account, peer.held.Product, p, peer.together, peer.holders))
		}
		switch {
		case len(srcs) > 0:
			c.basis = srcs[0].held
		case peerOK:
			c.basis = peer.held
		case len(c.solves) == 0:
			continue // a weak peer pattern alone is no reason to call
		}
		c.quantity = crossSellQuantity(p, c.basis)
		r.addResponse(c)
		out = append(out, c)
	}
	return out
}

// peerSignal is how many peers holding a held product also hold another.
type peerSignal struct {
	held              *HeldProduct
	together, holders int
}

// bestPeer finds the held product whose peers most often also hold p, if
// any pattern is strong enough to count (see minPeerHolders).
func (r *recommender) bestPeer(p Product) (peerSignal, bool) {
	var best peerSignal
	found := false
	if !r.peers {
		return best, false
	}
	for i := range r.held {
		h := &r.held[i]
		if h.ProductID == p.ID {
			continue
		}
		n, total := r.in.Peers.Together[h.ProductID][p.ID], r.peerHolders(h.ProductID)
		if total < minPeerHolders || n <= 0 || n > total || n*100 < minPeerSharePercent*total {
			continue
		}
		// Higher share wins, then more peers; held is ordered, so the first
		// of equals is stable.
		if !found || n*best.holders > best.together*total || (n*best.holders == best.together*total && n > best.together) {
			best, found = peerSignal{held: h, together: n, holders: total}, true
		}
	}
	return best, found
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

// crossSellQuantity is how many of a new product to start with: as many
// seats as the seated product it builds on, else one.
func crossSellQuantity(p Product, basis *HeldProduct) int {
	if p.Seated && basis != nil && basis.Product.Seated && basis.Quantity > 0 {
		return basis.Quantity
	}
	return 1
}
