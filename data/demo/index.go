package demo

import (
	"math"
	"strings"

	"talktrack/model"
)

// productInfo is a product with what the generator derives from it.
type productInfo struct {
	model.Product
	family int // index into index.families
	rung   int // 0 for the entry tier
	// perYear turns the price into yearly revenue per unit: 12 for a
	// monthly price, 1 for a yearly one, 0 for one-off services.
	perYear float64
	// companyWide marks cheap per-seat products that everyone in the
	// company gets (sign-on), as opposed to a team's tool.
	companyWide bool
	// complements are the product indexes the playbook pairs with it.
	complements []int
	// pains are the indexes of the categories it addresses.
	pains []int
}

// familyInfo is a tier ladder.
type familyInfo struct {
	name     string
	products []int // by tier, lowest first
	pains    []int // categories any of its products address
	core     bool  // a main product every customer starts with
	// onboarding marks families that help new customers get going.
	onboarding bool
	// bases are the families whose products name one of this family's as
	// a complement: an add-on is rarely bought without its base.
	bases []int
	// yearly is the entry tier's yearly list price per unit, used to
	// judge whether a small company would afford it.
	yearly float64
}

// index is the playbook arranged for generation, with the segment weights
// that make similar customers buy similar things.
type index struct {
	pb         model.Playbook
	products   []productInfo
	byID       map[string]int
	families   []familyInfo
	categories []model.PainCategory
	// familyWeight[industry][band][family] is how likely an account of
	// that segment is to hold the family.
	familyWeight [][][]float64
	// painWeight[industry][band][category] is how often an account of
	// that segment complains about the category.
	painWeight [][][]float64
}

// sizeModifiers scale pain categories by size band, smallest band first:
// big companies worry about scale and compliance, small ones about cost
// and getting started.
var sizeModifiers = map[string][5]float64{
	"scale":      {0.5, 0.8, 1.1, 1.5, 1.9},
	"compliance": {0.5, 0.8, 1.1, 1.4, 1.7},
	"security":   {0.6, 0.85, 1.1, 1.3, 1.5},
	"onboarding": {1.3, 1.2, 1.0, 0.9, 0.8},
	"cost":       {1.4, 1.2, 1.0, 0.8, 0.7},
}

// budgets are rough yearly amounts one product may cost a company of each
// size band before it becomes a hard sell.
var budgets = [5]float64{3000, 9000, 30000, 90000, math.Inf(1)}

func newIndex(pb model.Playbook) *index {
	ix := &index{pb: pb, byID: make(map[string]int, len(pb.Products)), categories: pb.PainCategories}
	catIndex := make(map[string]int, len(pb.PainCategories))
	for i, c := range pb.PainCategories {
		catIndex[c.ID] = i
	}
	famIndex := map[string]int{}
	for _, p := range pb.Products {
		if _, dup := ix.byID[p.ID]; dup || p.ID == "" {
			continue
		}
		fam := p.Family
		if fam == "" {
			fam = p.ID
		}
		f, ok := famIndex[fam]
		if !ok {
			f = len(ix.families)
			famIndex[fam] = f
			ix.families = append(ix.families, familyInfo{name: fam})
		}
		ix.byID[p.ID] = len(ix.products)
		ix.products = append(ix.products, productInfo{
			Product:     p,
			family:      f,
			perYear:     perYear(p.BillingUnit),
			companyWide: p.Seated && p.Price <= 10,
		})
	}
	for i := range ix.products {
		p := &ix.products[i]
		fam := &ix.families[p.family]
		// Insert by tier so that the ladder reads from the bottom.
		at := len(fam.products)
		for at > 0 && ix.products[fam.products[at-1]].Tier > p.Tier {
			at--
		}
		fam.products = append(fam.products, 0)
		copy(fam.products[at+1:], fam.products[at:])
		fam.products[at] = i
		for _, c := range p.Pains {
			if ci, ok := catIndex[c]; ok {
				p.pains = append(p.pains, ci)
			}
			if ci, ok := catIndex[c]; ok && !containsInt(fam.pains, ci) {
				fam.pains = append(fam.pains, ci)
			}
			fam.onboarding = fam.onboarding || c == "onboarding"
		}
	}
	for f := range ix.families {
		fam := &ix.families[f]
		for r, pi := range fam.products {
			ix.products[pi].rung = r
		}
		entry := ix.products[fam.products[0]]
		fam.yearly = entry.Price * entry.perYear
	}
	for _, c := range pb.Complements {
		from, ok1 := ix.byID[c.ProductID]
		to, ok2 := ix.byID[c.ComplementID]
		if !ok1 || !ok2 || from == to {
			continue
		}
		ix.products[from].complements = append(ix.products[from].complements, to)
		toFam, fromFam := ix.products[to].family, ix.products[from].family
		if toFam != fromFam && !containsInt(ix.families[toFam].bases, fromFam) {
			ix.families[toFam].bases = append(ix.families[toFam].bases, fromFam)
		}
	}
	ix.markCore()
	ix.weigh()
	return ix
}

// markCore picks the families every customer starts with: seated ladders
// of three or more tiers (a CRM, a service desk). A catalogue without such
// a ladder falls back to its longest ladders.
func (ix *index) markCore() {
	found := false
	for f := range ix.families {
		fam := &ix.families[f]
		fam.core = len(fam.products) >= 3 && ix.products[fam.products[0]].Seated
		found = found || fam.core
	}
	if found {
		return
	}
	longest := 0
	for _, fam := range ix.families {
		longest = max(longest, len(fam.products))
	}
	for f := range ix.families {
		ix.families[f].core = len(ix.families[f].products) == longest
	}
}

// weigh computes the segment weights from each industry's pains and each
// size band's modifiers. Squaring the family weight sharpens the contrast
// between segments so that peer patterns stand out.
func (ix *index) weigh() {
	ix.familyWeight = make([][][]float64, len(industries))
	ix.painWeight = make([][][]float64, len(industries))
	for ind, in := range industries {
		ix.familyWeight[ind] = make([][]float64, len(model.SizeBands))
		ix.painWeight[ind] = make([][]float64, len(model.SizeBands))
		for band := range model.SizeBands {
			cat := make([]float64, len(ix.categories))
			for c, pc := range ix.categories {
				w := 1.0
				if v, ok := in.pains[pc.ID]; ok {
					w = v
				}
				if m, ok := sizeModifiers[pc.ID]; ok {
					w *= m[band]
				}
				cat[c] = w
			}
			fam := make([]float64, len(ix.families))
			for f, fi := range ix.families {
				w := 1.0
				if len(fi.pains) > 0 {
					sum := 0.0
					for _, c := range fi.pains {
						sum += cat[c]
					}
					w = sum / float64(len(fi.pains))
				}
				w *= w
				// Services are bought once, by fewer customers.
				if ix.products[fi.products[0]].perYear == 0 {
					w *= 0.5
				}
				// Small companies rarely buy what costs a big share of
				// their budget.
				if fi.yearly > budgets[band] {
					w *= budgets[band] / fi.yearly
				}
				fam[f] = w
			}
			ix.painWeight[ind][band] = cat
			ix.familyWeight[ind][band] = fam
		}
	}
}

// perYear reads how often a billing unit recurs in a year; one-off units
// ("day", "package") give 0.
func perYear(unit string) float64 {
	u := strings.ToLower(strings.TrimSpace(unit))
	switch {
	case strings.HasSuffix(u, "month"):
		return 12
	case strings.HasSuffix(u, "quarter"):
		return 4
	case strings.HasSuffix(u, "year"), strings.HasSuffix(u, "annum"):
		return 1
	case strings.HasSuffix(u, "week"):
		return 52
	}
	return 0
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
