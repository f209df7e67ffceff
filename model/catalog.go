package model

import (
	"cmp"
	"maps"
	"slices"
	"sync"
)

// NewCatalog indexes a playbook for recommendation. A product without a
// family becomes a family of one, named by its id, and a tier below 1 counts
// as the entry tier, so that every product sits on exactly one ladder. When
// an id appears twice the first product wins; complements that name an
// unknown product or pair a product with itself are dropped.
func NewCatalog(pb Playbook) *Catalog {
	c := &Catalog{
		Products:    make(map[string]Product, len(pb.Products)),
		Families:    map[string][]Product{},
		Complements: map[string][]Complement{},
		PainLabels:  make(map[string]string, len(pb.PainCategories)),
		Templates:   slices.Clone(pb.TalkingPoints),
		Currency:    pb.Currency,
		languages:   map[string]bool{},
	}
	if code := CurrencyCode(pb.Currency); code != "" {
		c.Currency = code
	}
	for _, t := range pb.TalkingPoints {
		c.languages[baseLanguage(normLocale(t.Locale))] = true
	}
	c.templateIndex = indexTemplates(c.Templates)
	for _, p := range pb.Products {
		if _, dup := c.Products[p.ID]; dup || p.ID == "" {
			continue
		}
		if p.Family == "" {
			p.Family = p.ID
		}
		if p.Tier < 1 {
			p.Tier = 1
		}
		p.Pains = slices.Clone(p.Pains)
		p.Solves = maps.Clone(p.Solves)
		c.Products[p.ID] = p
		c.Families[p.Family] = append(c.Families[p.Family], p)
	}
	for _, ladder := range c.Families {
		slices.SortFunc(ladder, compareRung)
	}

	seen := map[[2]string]bool{}
	for _, cp := range pb.Complements {
		_, okHeld := c.Products[cp.ProductID]
		_, okComp := c.Products[cp.ComplementID]
		pair := [2]string{cp.ProductID, cp.ComplementID}
		if !okHeld || !okComp || cp.ProductID == cp.ComplementID || seen[pair] {
			continue
		}
		seen[pair] = true
		c.Complements[cp.ProductID] = append(c.Complements[cp.ProductID], cp)
	}
	// The store may hand complements back in any order; sorting keeps the
	// briefing independent of it.
	for _, list := range c.Complements {
		slices.SortFunc(list, func(a, b Complement) int { return cmp.Compare(a.ComplementID, b.ComplementID) })
	}

	c.commonWords = commonPainWords(c.Products)
	c.cueRules, c.cuesOnce, c.readings, c.fits = pb.Cues, &sync.Once{}, &memo[painKey, painReading]{}, &memo[fitKey, int]{}
	c.frozen, c.joins = &memo[painKey, bool]{}, &memo[painKey, int]{}
	c.painLabels = map[string]map[string]string{}
	c.categoryNames = map[string]string{}
	for _, pc := range pb.PainCategories {
		c.PainLabels[pc.ID] = pc.Label
		c.painLabels[pc.ID] = pc.Labels
		for _, name := range slices.Concat(pc.Aliases, slices.Sorted(maps.Values(pc.Labels))) {
			if _, taken := c.categoryNames[NameKey(name)]; !taken {
				c.categoryNames[NameKey(name)] = pc.ID
			}
		}
	}
	for _, pc := range pb.PainCategories {
		c.categoryNames[NameKey(pc.ID)] = pc.ID
		c.categoryNames[NameKey(pc.Label)] = pc.ID
	}
	return c
}

// compareRung orders products on a ladder: by tier, then name, then id.
func compareRung(a, b Product) int {
	return cmp.Or(cmp.Compare(a.Tier, b.Tier), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
}

// nextTier returns the products on the first rung of family above tier, or
// nil when tier is already the top. Several products may share a rung.
func (c *Catalog) nextTier(family string, tier int) []Product {
	ladder := c.Families[family]
	for i, p := range ladder {
		if p.Tier <= tier {
			continue
		}
		j := i
		for j < len(ladder) && ladder[j].Tier == p.Tier {
			j++
		}
		return ladder[i:j]
	}
	return nil
}

// painLabel names a pain category for display, falling back to its id when
// the playbook gives no label.
func (c *Catalog) painLabel(category string) string {
	if l := c.PainLabels[category]; l != "" {
		return l
	}
	return category
}

// painLabelIn names a pain category in a language; "" when the playbook
// gives no label in it (the English label is not used in its place).
func (c *Catalog) painLabelIn(category, lang string) string {
	if lang == defaultLocale {
		return c.painLabel(category)
	}
	return c.painLabels[category][lang]
}
