package model

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
	// Price is the list price per BillingUnit, in currency units.
	Price float64 `json:"-"`
	// BillingUnit says what Price buys ("seat/month", "year", "unit").
	BillingUnit string `json:"-"`
	// Pains are the pain categories the product addresses.
	Pains []string `json:"-"`
	// Offsets says what pays for the price ("saves a day of manual
	// reporting each month"); empty when sales ops gave none.
	Offsets string `json:"-"`
	// Seated is true when the product is sold per seat, so that seat usage
	// near the limit suggests more seats.
	Seated bool `json:"-"`
}

// Addresses reports whether the product addresses a pain category.
func (p Product) Addresses(category string) bool {
	for _, c := range p.Pains {
		if c == category {
			return true
		}
	}
	return false
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
	// Text is the template.
	Text string `json:"text"`
}

// Playbook is what sales ops declares: the catalogue with its tier ladders,
// complements, pain categories and talking point templates.
type Playbook struct {
	// Currency is the symbol or code prices are shown with ("$", "EUR").
	Currency string `json:"currency"`
	// PainCategories lists the known pain categories.
	PainCategories []PainCategory `json:"pain_categories"`
	// Products is the catalogue; Family and Tier place each on its ladder.
	Products []Product `json:"products"`
	// Complements lists the declared cross-sell pairs.
	Complements []Complement `json:"complements"`
	// TalkingPoints are the templates for talking points.
	TalkingPoints []TalkingPointTemplate `json:"talking_points"`
}
