package model

// upsells builds the seat and tier upgrades of what the account holds.
func (r *recommender) upsells() []*candidate {
	var out []*candidate
	for i := range r.held {
		h := &r.held[i]
		if seatsNearLimit(h) && !r.cooling(h.ProductID) {
			c := &candidate{product: h.Product, kind: KindUpsell, seats: true, basis: h, quantity: extraSeats(h.Quantity, h.SeatsUsed)}
			c.add(seatsReason(*h))
			r.addUpsellTiming(c)
			r.addResponse(c)
			out = append(out, c)
		}
		if r.top[h.Product.Family] != i {
			continue // a lower tier held beside a higher one: upgrade from the top
		}
		for _, p := range r.cat.nextTier(h.Product.Family, h.Product.Tier) {
			if r.cooling(p.ID) {
				continue
			}
			c := &candidate{product: p, kind: KindUpsell, basis: h, quantity: max(h.Quantity, 1)}
			c.add(nextTierReason(h.Product))
			c.solves = r.solvedBy(p, &h.Product)
			r.addPains(c)
			if s, ok := r.bestPeer(p); ok {
				c.add(peerReason(r.in.Account, s.held.Product, p, s.together, s.holders))
			}
			r.addUpsellTiming(c)
			r.addResponse(c)
			out = append(out, c)
		}
	}
	return out
}

// addUpsellTiming adds the renewal and advocate reasons that favour upsells.
func (r *recommender) addUpsellTiming(c *candidate) {
	if renewal := r.in.Account.RenewalDate; !renewal.IsZero() {
		if d := daysBetween(r.in.Now, renewal); d >= 0 && d <= renewalWindowDays {
			c.add(renewalReason(d, c.seats))
		}
	}
	if r.in.Account.Stage == StageAdvocate {
		c.add(advocateReason())
	}
}

// seatsNearLimit reports whether a seated holding uses at least
// seatsNearLimitPercent of its seats.
func seatsNearLimit(h *HeldProduct) bool {
	return h.Product.Seated && h.Quantity > 0 && h.SeatsUsed*100 >= seatsNearLimitPercent*h.Quantity
}

// extraSeats sizes a seat upsell: enough seats for extraSeatsPercent of
// headroom over the larger of seats bought and seats used, at least one.
func extraSeats(quantity, used int) int {
	base := max(quantity, used)
	target := (base*(100+extraSeatsPercent) + 99) / 100
	return max(target-quantity, 1)
}
