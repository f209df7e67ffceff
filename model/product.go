package model

import "strings"

// Product is something the company sells.
type Product struct {
	// ID identifies the product.
	ID string `json:"id"`
	// Name is the product's name in the catalogue.
	Name string `json:"name"`
	// Family is the tier ladder the product belongs to; a lone product is a
	// family of one.
	Family string `json:"family"`
	// Tier is the rung on the family's ladder, 1 being the entry tier.
	Tier int `json:"tier"`
	// Price is the list price per BillingUnit, in the playbook's currency.
	Price float64 `json:"-"`
	// Prices are the prices per BillingUnit in other currencies, by ISO
	// 4217 code, as sales ops sets them: never converted from Price.
	Prices map[string]float64 `json:"-"`
	// BillingUnit says what Price buys ("seat/month", "year", "unit").
	BillingUnit string `json:"-"`
	// Pains are the pain categories the product is declared for.
	Pains []string `json:"-"`
	// Solves says, per pain category, how the product solves it, in one
	// sentence for the rep. Only these categories count as solved (see
	// Addresses).
	Solves map[string]string `json:"-"`
	// Offsets says what pays for the price ("saves a day of manual
	// reporting each month"); empty when sales ops gave none.
	Offsets string `json:"-"`
	// OffsetsMinEmployees is the smallest company Offsets is true for
	// ("replaces a part-time ops person in teams over 100 reps"); 0 when it
	// holds for any size.
	OffsetsMinEmployees int `json:"-"`
	// OffsetsMaxEmployees is the largest company Offsets is true for ("a
	// part-time ops person" is no argument at twenty thousand employees);
	// 0 when there is no upper bound.
	OffsetsMaxEmployees int `json:"-"`
	// OffsetsIfIdleSeats says Offsets speaks of seats paid for and not yet
	// used ("shortens the months of paying for seats nobody uses"): it is
	// said only to an account that leaves seats idle.
	OffsetsIfIdleSeats bool `json:"-"`
	// Discontinued marks a product no longer sold: accounts may hold it,
	// but it is never offered (a backtest ranks as if it were still sold,
	// as it was then).
	Discontinued bool `json:"discontinued,omitempty"`
	// ByWordsOnly says the product answers a pain only where the customer's
	// words meet its sentence, never for the pain's category alone: our
	// support plans answer "we wait days for your support", while most
	// pains filed as support are about the customer's own desk.
	ByWordsOnly bool `json:"-"`
	// Seated is true when the product is sold per seat, so that seat usage
	// near the limit suggests more seats.
	Seated bool `json:"-"`
	// Integrates lists the products this one connects to technically, the
	// only ones a talking point may say it "plugs into".
	Integrates []string `json:"-"`
	// Texts are the product's words in other languages, by language ("de").
	Texts map[string]ProductText `json:"-"`
	// Regions are the sales regions the product is sold to (Account.Region,
	// compared without regard to case); empty means everywhere.
	Regions []string `json:"-"`
	// Requires are product families the product adds to: it is offered
	// only to an account holding a product of one of them ("Knowledge
	// Base" needs a "Service Desk"). Empty: it stands on its own.
	Requires []string `json:"-"`
	// Stages are the journey stages the product is meant for (a migration
	// service for accounts just going live); empty means any stage that
	// takes offers. Outside them it is offered only to answer an open pain
	// its own words speak of.
	Stages []Stage `json:"-"`
	// Roles are the people who work in the product, as a note names them
	// ("sales", "vertrieb*", "営業"): people said to join count in the
	// seats of the families whose products name their role (see
	// roleFamilies). A word ending in * matches every word it starts;
	// Japanese and multi-word roles match anywhere in the note.
	Roles []string `json:"-"`
}

// SoldIn reports whether the product may be offered in a sales region: it
// names no regions, the region is not known, or the region is in one of
// them (by name, or as a country of it: see inSalesRegion).
func (p Product) SoldIn(region string) bool {
	if len(p.Regions) == 0 || strings.TrimSpace(region) == "" {
		return true
	}
	for _, r := range p.Regions {
		if inSalesRegion(region, r) {
			return true
		}
	}
	return false
}

// ProductText is how a product is spoken of in one language. An empty field
// means the language has no wording for it: the English one is never used
// in its place.
type ProductText struct {
	// Name is the product's name, when it is translated ("Admin-Schulungstag").
	Name string `json:"name,omitempty"`
	// Offsets says what pays for the price.
	Offsets string `json:"offsets,omitempty"`
	// BillingUnit is said after the amount ("pro Lizenz und Monat").
	BillingUnit string `json:"billing_unit,omitempty"`
	// Solves says, per pain category, how the product solves it, as the
	// playbook's Solves does in English. It is how a pain the customer put
	// in this language is matched to the product that speaks of it.
	Solves map[string]string `json:"solves,omitempty"`
}

// NameIn is the product's name in a language: its translation when the
// playbook gives one, else the name (a brand name reads the same in every
// language).
func (p Product) NameIn(lang string) string {
	if n := p.Texts[lang].Name; n != "" {
		return n
	}
	return p.Name
}

// OffsetsIn is what pays for the price, in a language; "" when the playbook
// does not say it in that language.
func (p Product) OffsetsIn(lang string) string {
	if lang == defaultLocale {
		return p.Offsets
	}
	return p.Texts[lang].Offsets
}

// UnitIn is the playbook's own wording of the billing unit in a language,
// "" when it gives none.
func (p Product) UnitIn(lang string) string {
	if lang == defaultLocale {
		return ""
	}
	return p.Texts[lang].BillingUnit
}

// Addresses reports whether the product solves a pain category: only where
// the playbook says how, in a sentence of its own (Solves), so that a
// product is never offered as the answer to a pain merely for sharing its
// category.
func (p Product) Addresses(category string) bool {
	return p.Solves[category] != ""
}

// Complement says that one product goes well with another, and why.
type Complement struct {
	// ProductID is the product the account holds.
	ProductID string `json:"product_id"`
	// ComplementID is the product that complements it.
	ComplementID string `json:"complement_id"`
	// Reason is why they go together, written for a rep.
	Reason string `json:"reason"`
}

// PainCategory is a kind of problem products address.
type PainCategory struct {
	// ID is the category's key ("reporting").
	ID string `json:"id"`
	// Label is how it is shown ("Reporting").
	Label string `json:"label"`
	// Labels are the label in other languages, by language ("de").
	Labels map[string]string `json:"labels,omitempty"`
	// Aliases are other names a CRM files pains of this category under
	// ("Budget", "Pricing", "Kosten"): a pain filed under one is a pain of
	// this category.
	Aliases []string `json:"aliases,omitempty"`
}

// TalkingPointTemplate is sales ops' wording for one kind of talking point.
// Text holds {placeholders} filled per account; see Recommend for the list.
type TalkingPointTemplate struct {
	// Kind is the role of the point.
	Kind TalkingPointKind `json:"kind"`
	// For limits the template to one suggestion kind; empty means both.
	For SuggestionKind `json:"for,omitempty"`
	// WithPain limits the template to suggestions that solve (true) or do
	// not solve (false) an open pain; nil means either.
	WithPain *bool `json:"with_pain,omitempty"`
	// Locale is the language of Text; empty means the default ("en").
	Locale string `json:"locale,omitempty"`
	// Category limits the template to suggestions whose top pain is of this
	// pain category (a discovery question about reporting); empty means any.
	Category string `json:"category,omitempty"`
	// Products limits the template to suggestions of these products, by id
	// (a question about our own support for the support plans); empty
	// means any.
	Products []string `json:"products,omitempty"`
	// Text is the template.
	Text string `json:"text"`
}

// Playbook is what sales ops declares: the catalogue with its tier ladders,
// complements, pain categories and talking point templates.
type Playbook struct {
	// Currency is the ISO 4217 code of Price ("USD", "EUR"); a symbol
	// ("$", "€") from an older playbook is read as its code.
	Currency string `json:"currency"`
	// PainCategories lists the known pain categories.
	PainCategories []PainCategory `json:"pain_categories"`
	// Products is the catalogue; Family and Tier place each on its ladder.
	Products []Product `json:"products"`
	// Complements lists the declared cross-sell pairs.
	Complements []Complement `json:"complements"`
	// TalkingPoints are the templates for talking points.
	TalkingPoints []TalkingPointTemplate `json:"talking_points"`
	// Cues are the rules for hearing cues in call notes; see CueRules.
	Cues CueRules `json:"cues"`
}
