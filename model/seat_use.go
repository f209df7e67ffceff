package model

// Seat use comes from the CRM's export, and many exports have no column
// for it: a holding then stores 0 seats in use, which means "not
// tracked", not "nobody uses it". An account whose export does count use
// says so on some seated holding; once one of them reports seats in use,
// a 0 on another is read as it is written: bought, and not used.

// TracksSeatUse reports whether an account's seat use is known: some
// seated holding of it reports seats in use.
func TracksSeatUse(held []HeldProduct) bool {
	for _, h := range held {
		if h.Product.Seated && h.SeatsUsed > 0 {
			return true
		}
	}
	return false
}

// SeatUseKnown reports whether a holding's seats in use are known: it is
// seated and it, or the account (TracksSeatUse of its holdings, tracked),
// reports use.
func (h HeldProduct) SeatUseKnown(tracked bool) bool {
	return h.Product.Seated && h.Quantity > 0 && (h.SeatsUsed > 0 || tracked)
}
