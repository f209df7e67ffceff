package demo

import (
	"math"
	"strings"
	"time"

	"talktrack/model"
)

// holdingCounts bound how many products an account holds, by size band,
// before its stage adjusts the number: about ten on average over a book.
var holdingCounts = [5][2]int{{7, 10}, {10, 13}, {12, 15}, {14, 17}, {15, 19}}

// rungShares give the chance of each rung of a two- and three-tier ladder
// by size band: small companies start at the bottom, big ones near the top.
var (
	rungShares2 = [5][]float64{{85, 15}, {65, 35}, {45, 55}, {25, 75}, {12, 88}}
	rungShares3 = [5][]float64{{72, 25, 3}, {45, 45, 10}, {20, 55, 25}, {8, 42, 50}, {3, 27, 70}}
)

// holdings picks the account's products. Every customer starts with a core
// product; the rest are drawn family by family with the segment's weights,
// raised for complements of what is already held and lowered for add-ons
// whose base is not held. A family is held at most once, on one rung.
func (g *generator) holdings(a *account) {
	ix := g.ix
	if len(ix.families) == 0 {
		return
	}
	k := g.between(holdingCounts[a.band][0], holdingCounts[a.band][1])
	switch a.Stage {
	case model.StageOnboarding:
		k = g.between(2, 4) // bought recently: the first few products
	case model.StageAdoption:
		k -= 2
	case model.StageChurned:
		k = g.between(1, 3) // what was left when they cancelled
	}
	k = min(k, len(ix.families))
	for f := range g.famHeld {
		g.famHeld[f] = -1
		g.boost[f] = 1
	}
	base := ix.familyWeight[a.indIdx][a.band]
	w := g.weights

	coreWeights := func() {
		for f := range w {
			w[f] = 0
			if ix.families[f].core && g.famHeld[f] < 0 {
				w[f] = base[f]
			}
		}
	}
	coreWeights()
	f := pickWeighted(g.rng, w)
	if f < 0 {
		f = g.rng.IntN(len(w))
	}
	g.hold(a, f)
	held := 1
	// Bigger companies often run both a sales and a support product.
	if held < k && g.rng.Float64() < 0.2+0.15*float64(a.band) {
		coreWeights()
		if f := pickWeighted(g.rng, w); f >= 0 {
			g.hold(a, f)
			held++
		}
	}
	for held < k {
		for f := range w {
			fam := &ix.families[f]
			if g.famHeld[f] >= 0 {
				w[f] = 0
				continue
			}
			x := base[f] * g.boost[f]
			if len(fam.bases) > 0 && !g.holdsAny(fam.bases) {
				x *= 0.2
			}
			if a.Stage == model.StageOnboarding && fam.onboarding {
				x *= 3
			}
			w[f] = x
		}
		f := pickWeighted(g.rng, w)
		if f < 0 {
			break
		}
		g.hold(a, f)
		held++
	}
	g.fitAddOnSeats(a)
}

// fitAddOnSeats trims a seated add-on bought before its base product to
// some of the base's seats: nobody forecasts for more reps than hold a CRM.
func (g *generator) fitAddOnSeats(a *account) {
	for i := a.firstHolding; i < len(g.ds.Holdings); i++ {
		h := &g.ds.Holdings[i]
		p := &g.ix.products[g.ix.byID[h.ProductID]]
		if !p.Seated {
			continue
		}
		if base := g.baseSeats(p); base > 0 && h.Quantity > base {
			h.Quantity = max(1, int(float64(base)*(0.4+0.6*g.rng.Float64())))
			h.SeatsUsed = g.seatsUsed(a.Stage, h.Quantity)
		}
	}
}

func (g *generator) holdsAny(families []int) bool {
	for _, f := range families {
		if g.famHeld[f] >= 0 {
			return true
		}
	}
	return false
}

// hold adds a product of family f on the rung that fits the account's size.
func (g *generator) hold(a *account, f int) {
	fam := &g.ix.families[f]
	pi := fam.products[g.rung(len(fam.products), a.band)]
	since := a.start
	switch {
	case len(g.ds.Holdings) == a.firstHolding:
		// The first product is what made them a customer.
	case a.Stage == model.StageOnboarding:
		since = a.start.AddDate(0, 0, g.between(0, 3))
	default:
		// Most products are bought early; some are added along the way.
		end := g.today.AddDate(0, 0, -1)
		if a.Stage == model.StageAtRisk || a.Stage == model.StageChurned {
			end = a.StageSince
		}
		u := g.rng.Float64()
		since = a.start.AddDate(0, 0, int(u*u*float64(max(0, daysBetween(a.start, end)))))
	}
	g.holdProduct(a, pi, earlier(since, g.today))
}

// holdProduct adds product pi to the account's holdings from since.
func (g *generator) holdProduct(a *account, pi int, since time.Time) {
	p := &g.ix.products[pi]
	q := g.quantity(a, p)
	used := 0
	if p.Seated {
		used = g.seatsUsed(a.Stage, q)
	}
	g.famHeld[p.family] = len(g.ds.Holdings)
	g.ds.Holdings = append(g.ds.Holdings, model.Holding{
		AccountID: a.ID,
		ProductID: p.ID,
		Quantity:  q,
		SeatsUsed: used,
		Since:     since,
	})
	for _, c := range p.complements {
		g.boost[g.ix.products[c].family] = 3
	}
}

// rung draws a rung of a ladder of the given length for a size band.
func (g *generator) rung(length, band int) int {
	switch length {
	case 1:
		return 0
	case 2:
		return pickWeighted(g.rng, rungShares2[band])
	case 3:
		return pickWeighted(g.rng, rungShares3[band])
	}
	// Longer ladders: centre on a position that rises with size.
	target := 0.05 + 0.225*float64(band)
	w := make([]float64, length)
	for r := range w {
		d := float64(r)/float64(length-1) - target
		w[r] = math.Exp(-d * d / 0.08)
	}
	return pickWeighted(g.rng, w)
}

// quantity is how many seats or units the account holds. Company-wide
// per-seat products cover most staff, team products a slice of them, and
// seated add-ons some of the seats of the product they add to.
func (g *generator) quantity(a *account, p *productInfo) int {
	r := g.rng
	emp := float64(a.Employees)
	if !p.Seated {
		switch {
		case p.perYear == 0 && (p.BillingUnit == "day" || p.BillingUnit == "workshop"):
			return 1 + r.IntN(1+a.band/2)
		case strings.HasPrefix(p.BillingUnit, "pack/"):
			return 1 + r.IntN(1+a.band)
		}
		return 1
	}
	var q float64
	switch base := g.baseSeats(p); {
	case p.companyWide:
		q = emp * (0.55 + 0.45*r.Float64())
	case base > 0:
		q = float64(base) * (0.4 + 0.6*r.Float64())
	default:
		q = emp * (0.05 + 0.15*r.Float64())
	}
	seats := int(math.Round(q))
	// Contracts for many seats come in round numbers.
	switch {
	case seats > 500:
		seats = (seats + 5) / 10 * 10
	case seats > 50:
		seats = (seats + 2) / 5 * 5
	}
	return max(seats, min(a.Employees, 2+a.band), 1)
}

// baseSeats is the seat count of the held product a seated add-on builds
// on, or 0 when none is held.
func (g *generator) baseSeats(p *productInfo) int {
	for _, f := range g.ix.families[p.family].bases {
		if h := g.famHeld[f]; h >= 0 {
			base := g.ds.Holdings[h]
			if bp := &g.ix.products[g.ix.byID[base.ProductID]]; bp.Seated {
				return base.Quantity
			}
		}
	}
	return 0
}

// seatsUsed is how many of q seats are in use for the stage: low while
// onboarding or at risk, high and often at the limit once value shows.
func (g *generator) seatsUsed(stage model.Stage, q int) int {
	var lo, hi float64
	switch stage {
	case model.StageOnboarding:
		lo, hi = 0.2, 0.6
	case model.StageAdoption:
		lo, hi = 0.5, 0.85
	case model.StageValueRealized, model.StageAdvocate:
		lo, hi = 0.65, 0.9
		if g.rng.Float64() < 0.35 {
			lo, hi = 0.9, 1
		}
	case model.StageAtRisk:
		lo, hi = 0.35, 0.7
	default:
		return 0 // a churned customer no longer uses anything
	}
	used := int(math.Round(float64(q) * (lo + (hi-lo)*g.rng.Float64())))
	return min(max(used, 1), q)
}
