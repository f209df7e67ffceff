package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// defaultLocale is the language of templates that name none.
const defaultLocale = "en"

// talkingPoints fills one template per talking point kind, in pitch order.
// A kind whose templates cannot all be filled truthfully is left out, and a
// proof is only given with real peer counts behind it.
func (r *recommender) talkingPoints(c *candidate) []TalkingPoint {
	values := r.placeholders(c)
	var points []TalkingPoint
	for _, kind := range TalkingPointKinds {
		if kind == PointProof && values["peer_count"] == "" {
			continue
		}
		if text, ok := pickTemplate(r.cat.Templates, kind, c, r.locale, values); ok {
			points = append(points, TalkingPoint{Kind: kind, Text: text})
		}
	}
	return points
}

// placeholders gives the value of each placeholder for a suggestion. A name
// is absent when its value is unknown or would not be true for this
// account, which makes every template using it unfillable.
func (r *recommender) placeholders(c *candidate) map[string]string {
	a, p := r.in.Account, c.product
	v := make(map[string]string, 16)
	set := func(name, value string) {
		if value != "" {
			v[name] = value
		}
	}
	set("account", a.Name)
	set("product", p.Name)
	set("quantity", strconv.Itoa(c.quantity))
	set("offsets", p.Offsets)
	if s, ok := formatPrice(r.cat.Currency, p); ok {
		set("price", s)
	}
	if s, ok := r.priceDelta(c); ok {
		set("price_delta", s)
	}
	if len(c.solves) > 0 {
		top := c.solves[0]
		set("pain", top.Title)
		set("pain_category", r.cat.painLabel(top.Category))
	}
	if s, ok := segmentWords(a); ok {
		set("segment", s)
	}
	if !a.RenewalDate.IsZero() && daysBetween(r.in.Now, a.RenewalDate) >= 0 {
		set("renewal", formatDay(a.RenewalDate))
	}
	if b := c.basis; b != nil {
		set("held", b.Product.Name)
		if b.Product.Seated && b.Quantity > 0 && b.SeatsUsed > 0 {
			set("seats_used", strconv.Itoa(b.SeatsUsed))
			set("seats", strconv.Itoa(b.Quantity))
		}
		n, total := r.together(b, p), r.peerHolders(b.ProductID)
		if n > 0 && n <= total {
			set("peer_count", strconv.Itoa(n))
			set("peer_total", strconv.Itoa(total))
		}
	}
	return v
}

// priceDelta is what the suggestion adds to the bill: for a tier upgrade the
// difference to the held tier per unit, for seats the cost of the extra
// seats, for a cross-sell its price. False when that cannot be said
// truthfully (unknown prices, different billing units, a higher tier that
// costs no more).
func (r *recommender) priceDelta(c *candidate) (string, bool) {
	p, cur := c.product, r.cat.Currency
	switch {
	case c.seats:
		if p.Price <= 0 {
			return "", false
		}
		return FormatMoney(cur, p.Price*float64(c.quantity)) + seatPeriod(p.BillingUnit), true
	case c.kind == KindUpsell:
		held := c.basis.Product
		if held.Price <= 0 || p.Price <= held.Price || held.BillingUnit != p.BillingUnit {
			return "", false
		}
		s := FormatMoney(cur, p.Price-held.Price)
		if p.BillingUnit != "" {
			s += " per " + p.BillingUnit
		}
		return s, true
	}
	return formatPrice(cur, p)
}

// pickTemplate fills the best template of a kind for a suggestion. Templates
// in the account's locale come first, then its base language ("de" for
// "de-AT"), then the default; within a locale, templates written for this
// kind of suggestion and for pains beat general ones; among equals, the
// playbook's order decides. The first one that fills completely wins.
//
// More seats of a held product is an upsell whose {held} and {product} are
// the same product, so a template naming both (written to contrast two
// tiers: "the step up from {held}") is not used for it.
func pickTemplate(templates []TalkingPointTemplate, kind TalkingPointKind, c *candidate, locale string, values map[string]string) (string, bool) {
	withPain := len(c.solves) > 0
	type option struct{ rank, index int }
	var options []option
	for i, t := range templates {
		if t.Kind != kind || (t.For != "" && t.For != c.kind) || (t.WithPain != nil && *t.WithPain != withPain) {
			continue
		}
		if c.seats && strings.Contains(t.Text, "{held}") && strings.Contains(t.Text, "{product}") {
			continue
		}
		lr := localeRank(t.Locale, locale)
		if lr < 0 {
			continue
		}
		specific := 0
		if t.For != "" {
			specific += 2
		}
		if t.WithPain != nil || strings.Contains(t.Text, "{pain") {
			specific++
		}
		options = append(options, option{rank: lr*4 + 3 - specific, index: i})
	}
	slices.SortStableFunc(options, func(a, b option) int { return cmp.Compare(a.rank, b.rank) })
	for _, o := range options {
		if text, missing := fillTemplate(templates[o.index].Text, values); len(missing) == 0 {
			return text, true
		}
	}
	return "", false
}

// localeRank says how well a template's locale suits an account's (already
// normalised) locale: 0 the same, 1 the account's base language, 2 the
// default, -1 not at all.
func localeRank(template, account string) int {
	t := normLocale(template)
	switch {
	case t == account:
		return 0
	case t == baseLanguage(account):
		return 1
	case t == defaultLocale:
		return 2
	}
	return -1
}

// normLocale lowers a locale and writes it with a hyphen ("de_AT" gives
// "de-at"); an empty locale is the default.
func normLocale(s string) string {
	s = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"))
	if s == "" {
		return defaultLocale
	}
	return s
}

// baseLanguage is the language part of a locale ("de" for "de-at").
func baseLanguage(locale string) string {
	if i := strings.IndexByte(locale, '-'); i >= 0 {
		return locale[:i]
	}
	return locale
}

// fillTemplate replaces each {name} in text with values[name]. It also
// returns the names it could not fill, in order of appearance (an unclosed
// brace is reported as "{"); the text is fit to say only when that list is
// empty.
func fillTemplate(text string, values map[string]string) (string, []string) {
	var b strings.Builder
	b.Grow(len(text) + 32)
	var missing []string
	for {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			b.WriteString(text)
			break
		}
		b.WriteString(text[:i])
		j := strings.IndexByte(text[i+1:], '}')
		if j < 0 {
			missing = append(missing, "{")
			b.WriteString(text[i:])
			break
		}
		name := text[i+1 : i+1+j]
		if v := values[name]; v != "" {
			b.WriteString(v)
		} else {
			missing = append(missing, name)
			b.WriteString(text[i : i+2+j])
		}
		text = text[i+2+j:]
	}
	return b.String(), missing
}
