package model

// upsells builds the seat and tier upgrades of what the account holds. A
// tier upgrade of a family whose seats run short carries the seats the
// account needs, and the seat pressure counts for it.
func (r *recommender) upsells() []*candidate {
	var out []*candidate
	for i := range r.held {
		h := &r.held[i]
		extra := seatsNeeded(h) - h.Quantity
		pressed := seatsNearLimit(h) && extra > 0
		if pressed && r.pitchable(h.ProductID) {
			c := &candidate{product: h.Product, kind: KindUpsell, seats: true, basis: h, quantity: extra}
			c.add(seatsReason(*h))
			r.addUpsellTiming(c)
			r.addWelcome(c)
			r.addResponse(c)
			r.addARRShare(c)
			out = append(out, c)
		}
		if r.top[h.Product.Family] != i {
			continue // a lower tier held beside a higher one: upgrade from the top
		}
		for _, p := range r.cat.nextTier(h.Product.Family, h.Product.Tier) {
			if !r.pitchable(p.ID) {
				continue
			}
			c := &candidate{product: p, kind: KindUpsell, basis: h, quantity: max(h.Quantity, 1)}
			c.add(nextTierReason(h.Product))
			if pressed && p.Seated {
				c.quantity = seatsNeeded(h)
				c.add(seatsReason(*h))
			}
			c.canSolve = r.solvedBy(p, &h.Product)
			from := len(c.reasons)
			c.evidence = r.bookEvidence(c)
			c.evFrom, c.evTo = from, capEvidence(c, from, len(c.reasons))
			r.addPeers(c)
			r.addUpsellTiming(c)
			r.addWelcome(c)
			r.addResponse(c)
			r.addARRShare(c)
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

// seatsNeeded is how many seats a seated holding should have: the seats in
// use plus extraSeatsPercent of headroom, rounded up, and never fewer than
// it has. Seats bought but unused are not grown on.
func seatsNeeded(h *HeldProduct) int {
	if !h.Product.Seated || h.SeatsUsed <= 0 {
		return h.Quantity
	}
	return max((h.SeatsUsed*(100+extraSeatsPercent)+99)/100, h.Quantity)
}
