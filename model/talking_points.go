package model

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// defaultLocale is the language of templates that name none.
const defaultLocale = "en"

// Proof is only given when the evidence is strong: at least MinProofPeers
// similar accounts (not counting the one briefed) hold the product the
// offer builds on, and at least MinProofShare of them also hold the offered
// product. A minority is no proof: "1 of 3 peers" tells the customer that
// two of three do without it.
const (
	MinProofPeers = 10
	MinProofShare = 0.5
)

// talkingPoints fills one template per talking point kind, in pitch order,
// all in the language the account is spoken to in. A kind whose templates
// cannot all be filled truthfully is left out. A discovery question already
// asked for a better ranked suggestion of the briefing gives way to the
// next one that fits, when there is one: one question is not asked twice
// on a call.
func (r *recommender) talkingPoints(c *candidate) []TalkingPoint {
	values := r.placeholders(c)
	var points []TalkingPoint
	for _, kind := range TalkingPointKinds {
		var avoid map[string]bool
		if kind == PointQuestion {
			avoid = r.asked
		}
		if kind == PointQuestion {
			// "On 19 July you showed interest in X": the thread picked up
			// where it was left, not a first pitch's question.
			if text, ok := r.askInterestAgain(c); ok {
				points = append(points, TalkingPoint{Kind: kind, Text: text})
				continue
			}
		}
		if text, ok := pickTemplate(r.cat, kind, c, r.locale, r.lang, values, avoid); ok {
			points = append(points, TalkingPoint{Kind: kind, Text: text})
			if kind == PointQuestion {
				if r.asked == nil {
					r.asked = map[string]bool{}
				}
				r.asked[text] = true
			}
		}
	}
	return points
}

// idleSeats reports whether the account leaves seats idle: of its seated
// holdings whose use is known, fewer seats are in use than
// seatsNearLimitPercent of those it pays for.
func (r *recommender) idleSeats() bool {
	used, seats := 0, 0
	for _, h := range r.held {
		if h.SeatUseKnown(r.tracksSeats) {
			used, seats = used+h.SeatsUsed, seats+h.Quantity
		}
	}
	return seats > 0 && used*100 < seatsNearLimitPercent*seats
}

// idleWorthMore reports whether the seats the account pays for and leaves
// unused cost more in a year than the offer adds to its bill (see
// yearlyCost), in the account's currency: what the offsets of an offer
// paid for by seats found idle promise ("finds unused seats worth more
// than its price"). Unknown prices promise nothing.
func (r *recommender) idleWorthMore(c *candidate) bool {
	cost, currency, ok := r.yearlyCost(c)
	if !ok {
		return false
	}
	idle := 0.0
	for _, h := range r.held {
		if !h.SeatUseKnown(r.tracksSeats) || h.SeatsUsed >= h.Quantity {
			continue
		}
		pr, ok := h.Product.PriceIn(r.currency(), r.cat.Currency)
		if !ok || pr.Listed || pr.Currency != currency {
			return false
		}
		idle += pr.Amount * float64(h.Quantity-h.SeatsUsed) * periodsPerYear(h.Product.BillingUnit)
	}
	return idle > cost
}

// placeholders gives the value of each placeholder for a suggestion, in the
// language r.lang. A name is absent when its value is unknown, cannot be
// said in that language, or would not be true for this account, which makes
// every template using it unfillable.
func (r *recommender) placeholders(c *candidate) map[string]string {
	a, p, lang := r.in.Account, c.product, r.lang
	v := make(map[string]string, 20)
	set := func(name, value string) {
		if value != "" {
			v[name] = value
		}
	}
	set("account", a.Name)
	set("product", p.NameIn(lang))
	count := func(n int) string { return formatCount(lang, n) }
	set("quantity", count(c.quantity))
	// What pays for the price is said only to a company of the size it is
	// true for; an unknown size fits no minimum and no maximum.
	if (p.OffsetsMinEmployees == 0 || a.Employees >= p.OffsetsMinEmployees) &&
		(p.OffsetsMaxEmployees == 0 || (a.Employees > 0 && a.Employees <= p.OffsetsMaxEmployees)) &&
		(!p.OffsetsIfIdleSeats || r.idleSeats() && r.idleWorthMore(c)) {
		set("offsets", p.OffsetsIn(lang))
	}
	if s, ok := r.priceText(p); ok {
		set("price", s)
	}
	if s, ok := r.priceDelta(c); ok {
		set("price_delta", s)
	}
	if len(c.solves) > 0 {
		top := c.solves[0]
		// A pain claimed for its category alone is not said to be taken
		// care of: templates quoting it are skipped.
		// Nor is one heard on a call: the notes are the rep's words.
		if !c.byCategory[top.ID] && !heardOnCall(top) {
			set("pain", Quoted(top.Title))
		}
		set("pain_category", r.cat.painLabelIn(top.Category, lang))
	}
	// What they said about cost is quoted by the lines of what answers
	// it, claimed in their words or not: those lines say what the offer
	// looks at, never that it is built for exactly that.
	if c.costFirst > 0 {
		if i := slices.IndexFunc(c.solves, func(p PainPoint) bool { return p.Category == PainCost }); i >= 0 && !heardOnCall(c.solves[i]) {
			set("cost_said", Quoted(c.solves[i].Title))
		}
	}
	if s, ok := segmentWords(a); ok && lang == defaultLocale {
		set("segment", s)
	}
	if !a.RenewalDate.IsZero() && daysBetween(r.in.Now, a.RenewalDate) >= 0 {
		set("renewal", formatDayIn(lang, a.RenewalDate))
	}
	if b := c.basis; b != nil {
		set("held", b.Product.NameIn(lang))
		// Seat counts are said only when nearly every seat is taken:
		// every line that uses them says the licence is full. More people
		// than seats (25 on 20) are said as every seat taken: "25 of 20"
		// is no count a customer says, and without a count the lines left
		// would speak of the product as new to them.
		// An upgrade that keeps the seats they have gives the work no room
		// to grow: its lines do not say the licence is full.
		keeps := c.kind == KindUpsell && !c.seats && b.ProductID != p.ID && c.quantity <= b.Quantity
		if b.Product.Seated && b.Quantity > 0 && b.SeatsUsed*100 >= seatsNearLimitPercent*b.Quantity && !keeps {
			switch {
			case b.SeatsUsed < b.Quantity || (b.Quantity == 1 && c.seats):
				// More seats on a single seat in use still say the
				// count: the other lines would speak of the product as
				// new to them.
				set("seats_used", count(b.SeatsUsed))
				set("seats", count(b.Quantity))
			case b.Quantity >= 2:
				// "All 3 seats are taken", not "3 of its 3 seats": said
				// when every seat of two or more is in use. An upgrade
				// from a single seat in use is no "1 of its 1 seat"
				// either: neither is said.
				set("seats_all", count(b.Quantity))
			}
		}
		// "The work your team already does there" is said only of a
		// product they use: not of one whose seats all sit idle.
		if b.ProductID != p.ID && integrates(b.Product, p) && !(b.SeatUseKnown(r.tracksSeats) && b.SeatsUsed == 0) {
			set("integrated", b.Product.NameIn(lang))
		}
		if r.complements(b.ProductID, p.ID) {
			set("complement", b.Product.NameIn(lang))
		}
		// "Companies like yours" needs a segment: an account of unknown
		// industry and size is compared with the whole book, which is no
		// peer group (as addPeers holds too).
		n, total := r.together(b, p), r.peerHolders(b.ProductID)
		if strongProof(n, total) && (r.in.Account.Industry != "" || r.in.Account.SizeBand != "") {
			set("peer_count", count(n))
			set("peer_total", count(total))
		}
	}
	return v
}

// strongProof reports whether n of total peers is evidence worth saying.
func strongProof(n, total int) bool {
	return total >= MinProofPeers && n <= total && float64(n) >= MinProofShare*float64(total)
}

// integrates reports whether the playbook declares that one of the two
// products connects to the other, the only case in which a line may say
// that it "plugs into" what the customer has.
func integrates(held, offered Product) bool {
	return slices.Contains(offered.Integrates, held.ID) || slices.Contains(held.Integrates, offered.ID)
}

// complements reports whether the playbook pairs the held product with the
// offered one, the only case in which a line may call the offer the next
// step after what the customer has.
func (r *recommender) complements(heldID, offeredID string) bool {
	for _, c := range r.cat.Complements[heldID] {
		if c.ComplementID == offeredID {
			return true
		}
	}
	return false
}

// currency is the account's currency, or the playbook's when the account
// names none.
func (r *recommender) currency() string {
	if c := CurrencyCode(r.in.Account.Currency); c != "" {
		return c
	}
	return r.cat.Currency
}

// priceText says a product's price per billing unit in the account's
// currency and language ("59 € pro Lizenz und Monat"); with no price in
// that currency, the list price with its currency code. False when the
// price is unknown (so no template quotes an invented price) or its unit
// cannot be said in the language.
func (r *recommender) priceText(p Product) (string, bool) {
	pr, ok := p.PriceIn(r.currency(), r.cat.Currency)
	if !ok {
		return "", false
	}
	return withUnit(r.lang, p.BillingUnit, p.UnitIn(r.lang), FormatPrice(r.moneyLocale(), pr))
}

// moneyLocale is the locale amounts are written in: the account's own
// ("de-CH": CHF 3’015.30) when its language is the one spoken, else that
// language's.
func (r *recommender) moneyLocale() string {
	if baseLocale(r.in.Account.Locale) == r.lang {
		return r.in.Account.Locale
	}
	return r.lang
}

// priceDelta is what the suggestion adds to the bill: for a tier upgrade the
// difference to the held tier per unit (per period for the whole licence
// when it adds seats), for seats the cost of the extra seats, for a
// cross-sell its price. False when that cannot be said
// truthfully (unknown prices, prices in different currencies or billing
// units, a higher tier that costs no more).
func (r *recommender) priceDelta(c *candidate) (string, bool) {
	p, lang := c.product, r.lang
	pr, ok := p.PriceIn(r.currency(), r.cat.Currency)
	switch {
	case !ok:
		return "", false
	case c.seats:
		pr.Amount *= float64(c.quantity)
		return perPeriod(lang, p.BillingUnit, FormatPrice(r.moneyLocale(), pr))
	case c.kind == KindUpsell:
		held := c.basis.Product
		was, ok := held.PriceIn(r.currency(), r.cat.Currency)
		if !ok || was.Currency != pr.Currency || pr.Amount <= was.Amount || held.BillingUnit != p.BillingUnit {
			return "", false
		}
		// A difference per seat is only the whole story when the upgrade
		// keeps the seats they have: new seats cost the full price, so an
		// upgrade that adds seats says what the whole bill grows by.
		if p.Seated && c.quantity > c.basis.Quantity {
			pr.Amount = pr.Amount*float64(c.quantity) - was.Amount*float64(c.basis.Quantity)
			return perPeriod(lang, p.BillingUnit, FormatPrice(r.moneyLocale(), pr))
		}
		pr.Amount -= was.Amount
		return withUnit(lang, p.BillingUnit, p.UnitIn(lang), FormatPrice(r.moneyLocale(), pr))
	}
	return r.priceText(p)
}

// pickTemplate fills the best template of a kind for a suggestion, in the
// language lang: templates in the account's own locale come first, then
// those of its language ("de" for "de-AT"), and English ones only when lang
// is English. Within a locale, templates written for this product, for this
// kind of suggestion, for its pain category and for pains beat general
// ones; among
// equals, the playbook's order decides. The first one that fills
// completely wins, unless its text is in avoid: then the next that fills,
// and the first again when every one is.
//
// More seats of a held product is an upsell whose {held} and {product} are
// the same product: it takes the lines written for seats and the general
// ones, and of those none naming both (written to contrast two products).
func pickTemplate(cat *Catalog, kind TalkingPointKind, c *candidate, locale, lang string, values map[string]string, avoid map[string]bool) (string, bool) {
	// A pain claimed for its category alone is not quoted: the lines for
	// a suggestion without a pain fit it, the lines of its category too.
	withPain := len(c.solves) > 0 && !c.byCategory[c.solves[0].ID]
	category := ""
	if len(c.solves) > 0 {
		category = c.solves[0].Category
	}
	type option struct{ rank, index int }
	var options []option
	consider := func(lr int, ts []indexedTemplate) {
		for _, it := range ts {
			t := &it.TalkingPointTemplate
			// More seats take the lines written for seats alone, then the
			// general ones; never the upsell lines, written to contrast two
			// tiers (what the next tier does, moving to it at renewal).
			forSeats := t.For == KindSeats
			if (c.seats && t.For == KindUpsell) || (t.For != "" && t.For != c.kind && !(forSeats && c.seats)) || (forSeats && !c.seats) ||
				(t.WithPain != nil && *t.WithPain != withPain) {
				continue
			}
			if t.Category != "" && t.Category != category {
				continue
			}
			if len(t.Products) > 0 && !slices.Contains(t.Products, c.product.ID) {
				continue
			}
			if c.seats && it.namesBoth {
				continue
			}
			specific := 0
			switch t.For {
			case "":
			case KindSeats:
				specific += 3
			default:
				specific += 2
			}
			if t.Category != "" {
				specific += 2
			}
			if len(t.Products) > 0 {
				specific += 3
			}
			if t.WithPain != nil || it.mentionsPain {
				specific++
			}
			options = append(options, option{rank: lr*16 + 15 - specific, index: it.index})
		}
	}
	consider(0, cat.templatesFor(kind, locale))
	if locale != lang {
		consider(1, cat.templatesFor(kind, lang))
	}
	slices.SortStableFunc(options, func(a, b option) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.index, b.index)) })
	first := ""
	for _, o := range options {
		if text, missing := fillTemplate(cat.Templates[o.index].Text, values, lang); len(missing) == 0 {
			// More seats keep a line written for seats even when another
			// offer said it: a general line would speak of them as new.
			if !avoid[text] || (c.seats && cat.Templates[o.index].For == KindSeats) {
				return text, true
			}
			if first == "" {
				first = text
			}
		}
	}
	return first, first != ""
}

// indexedTemplate is a talking point template with what choosing it needs
// worked out once: its place in the playbook and what it mentions.
type indexedTemplate struct {
	TalkingPointTemplate
	index int
	// namesBoth is true when the text names both {held} and {product}.
	namesBoth bool
	// mentionsPain is true when the text quotes the pain or its category.
	mentionsPain bool
}

// templateKey indexes templates by kind and normalised locale.
func templateKey(kind TalkingPointKind, locale string) string {
	return string(kind) + "\x00" + locale
}

// indexTemplates groups a playbook's templates by kind and locale, in
// playbook order.
func indexTemplates(templates []TalkingPointTemplate) map[string][]indexedTemplate {
	ix := make(map[string][]indexedTemplate)
	for i, t := range templates {
		k := templateKey(t.Kind, normLocale(t.Locale))
		ix[k] = append(ix[k], indexedTemplate{
			TalkingPointTemplate: t, index: i,
			namesBoth:    strings.Contains(t.Text, "{held") && strings.Contains(t.Text, "{product"),
			mentionsPain: strings.Contains(t.Text, "{pain"),
		})
	}
	return ix
}

// templatesFor lists the templates of a kind written for exactly locale.
func (c *Catalog) templatesFor(kind TalkingPointKind, locale string) []indexedTemplate {
	if c.templateIndex == nil {
		c.templateIndex = indexTemplates(c.Templates)
	}
	return c.templateIndex[templateKey(kind, locale)]
}

// speakingLanguage is the language an account is spoken to in: its own when
// the playbook has talking points in it, else English.
func speakingLanguage(cat *Catalog, locale string) string {
	lang := baseLanguage(normLocale(locale))
	if cat != nil && cat.languages[lang] {
		return lang
	}
	return defaultLocale
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

// fillTemplate replaces each {name} in text with values[name], and each
// plural choice {name|one:…|few:…|other:…} with the form that the number
// values[name] takes in lang (by the CLDR plural rules of
// golang.org/x/text). It also returns the names it could not fill, in
// order of appearance (an unclosed brace is reported as "{"); the text is
// fit to say only when that list is empty.
func fillTemplate(text string, values map[string]string, lang string) (string, []string) {
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
		inner := text[i+1 : i+1+j]
		name, forms, isChoice := strings.Cut(inner, "|")
		v := values[name]
		switch {
		case v == "":
			missing = append(missing, name)
			b.WriteString(text[i : i+2+j])
		case isChoice:
			if form, ok := pluralChoice(lang, v, forms); ok {
				b.WriteString(form)
			} else {
				missing = append(missing, name)
				b.WriteString(text[i : i+2+j])
			}
		case name == "offsets" && startsSentence(b.String()):
			// Sales ops write what pays for the price as the English
			// template wants it, mid-sentence ("and new staff are …");
			// where a language's template starts a sentence with it, the
			// sentence starts with a capital.
			b.WriteString(capitalizeFirst(v))
		default:
			b.WriteString(v)
		}
		text = text[i+2+j:]
	}
	return b.String(), missing
}

// startsSentence reports whether text written so far leaves the next word
// at the start of a sentence: nothing yet, or a full stop, question or
// exclamation mark before it.
func startsSentence(written string) bool {
	t := strings.TrimRightFunc(written, unicode.IsSpace)
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// capitalizeFirst upper-cases the first letter of s.
func capitalizeFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
