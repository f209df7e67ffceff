package model

import (
	"cmp"
	"slices"
	"time"
)

// latestResponses keeps, for each product, the customer's most recent answer
// to an offer of it. Two answers at the same instant resolve to the colder
// one, so that a "no" is never lost to the order calls were loaded in.
func latestResponses(offers []PastOffer) map[string]PastOffer {
	latest := make(map[string]PastOffer, len(offers))
	for _, o := range offers {
		prev, ok := latest[o.ProductID]
		if !ok || o.At.After(prev.At) || (o.At.Equal(prev.At) && coldness(o.Response) > coldness(prev.Response)) {
			latest[o.ProductID] = o
		}
	}
	return latest
}

// coldness orders responses from warmest (accepted) to coldest (declined).
func coldness(r Response) int {
	switch r {
	case ResponseAccepted:
		return 0
	case ResponseInterested:
		return 1
	case ResponseNotNow:
		return 2
	case ResponseDeclined:
		return 3
	}
	return -1
}

// coolOffPeriod is the input's cool-off, or the default when it is unset.
func coolOffPeriod(in BriefingInput) time.Duration {
	if in.CoolOff <= 0 {
		return DefaultCoolOff
	}
	return in.CoolOff
}

// coolingOff lists the catalogue products whose latest answer was a decline
// less than the cool-off ago, or "not now" less than notNowHold ago, newest
// first. They are listed whatever the stage, so a rep sees what not to
// bring up even when no offer is made.
func coolingOff(latest map[string]PastOffer, cat *Catalog, now time.Time, period time.Duration) []CoolingOff {
	var out []CoolingOff
	for id, o := range latest {
		p, known := cat.Products[id]
		until, resting := restsUntil(o, period)
		if !known || !resting || !now.Before(until) {
			continue
		}
		out = append(out, CoolingOff{Product: p, Response: o.Response, DeclinedAt: o.At, Until: until})
	}
	slices.SortFunc(out, func(a, b CoolingOff) int {
		return cmp.Or(b.DeclinedAt.Compare(a.DeclinedAt), cmp.Compare(a.Product.Name, b.Product.Name), cmp.Compare(a.Product.ID, b.Product.ID))
	})
	return out
}

// restsUntil is when a product answered with o may be offered again: the
// cool-off after a decline, notNowHold after "not now"; false for the
// other answers.
func restsUntil(o PastOffer, coolOff time.Duration) (time.Time, bool) {
	switch o.Response {
	case ResponseDeclined:
		return o.At.Add(coolOff), true
	case ResponseNotNow:
		return o.At.Add(notNowHold), true
	}
	return time.Time{}, false
}

// underWay reports whether an answer keeps its product in progress at now:
// accepted and not yet held (the deal is still being closed), accepted and
// held less than familyBusyWindow ago (more seats of it were accepted, or
// it was just delivered), or interested less than familyBusyWindow ago.
// Interest that went nowhere for longer is worth raising again, and a
// product they have held since accepting it long ago is done: "accepted on
// 16 Dec 2025" is no deal in progress eleven months later.
func underWay(o PastOffer, held bool, now time.Time) bool {
	recent := now.Sub(o.At) <= familyBusyWindow
	switch o.Response {
	case ResponseAccepted:
		return !held || recent
	case ResponseInterested:
		return recent
	}
	return false
}

// inProgressOffers lists the catalogue products whose latest answer keeps
// them in progress (underWay; held says which products the account holds),
// by product name then id.
func inProgressOffers(latest map[string]PastOffer, cat *Catalog, held map[string]int, now time.Time) []OfferInProgress {
	var out []OfferInProgress
	for id, o := range latest {
		_, isHeld := held[id]
		if p, known := cat.Products[id]; known && underWay(o, isHeld, now) {
			out = append(out, OfferInProgress{Product: p, Response: o.Response, At: o.At})
		}
	}
	slices.SortFunc(out, func(a, b OfferInProgress) int {
		return cmp.Or(cmp.Compare(a.Product.Name, b.Product.Name), cmp.Compare(a.Product.ID, b.Product.ID))
	})
	return out
}
