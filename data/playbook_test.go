package data

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/model"
)

func TestParsePlaybookEmbedded(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatalf("the embedded playbook does not parse: %v", err)
	}
	if pb.Currency == "" {
		t.Error("no currency")
	}
	if n := len(pb.Products); n < 25 || n > 40 {
		t.Errorf("%d products, want 25-40", n)
	}

	families := map[string][]model.Product{}
	seated, lone := 0, 0
	for _, p := range pb.Products {
		families[p.Family] = append(families[p.Family], p)
		if p.Seated {
			seated++
		}
		if p.Offsets == "" {
			t.Errorf("product %s has no offsets", p.ID)
		}
		if len(p.Pains) == 0 {
			t.Errorf("product %s addresses no pain", p.ID)
		}
		if p.BillingUnit == "" {
			t.Errorf("product %s has no billing unit", p.ID)
		}
	}
	ladders := 0
	for _, ps := range families {
		if len(ps) >= 2 {
			ladders++
		} else {
			lone++
		}
	}
	if ladders < 4 || seated < 3 || lone < 5 {
		t.Errorf("catalogue too thin: %d ladders, %d seated products, %d lone products", ladders, seated, lone)
	}
	if len(pb.Complements) < 10 {
		t.Errorf("%d complements, want at least 10", len(pb.Complements))
	}
	for _, c := range pb.Complements {
		if c.Reason == "" {
			t.Errorf("complement %s -> %s has no reason", c.ProductID, c.ComplementID)
		}
	}

	// Every kind has an English fallback for each suggestion kind, with and
	// without a pain, so no kind goes missing for lack of a template.
	for _, kind := range model.TalkingPointKinds {
		for _, sk := range []model.SuggestionKind{model.KindUpsell, model.KindCrossSell} {
			for _, withPain := range []bool{true, false} {
				if kind == model.PointProof && sk == model.KindUpsell {
					continue // peers never hold two tiers of one ladder
				}
				if !hasTemplate(pb.TalkingPoints, kind, sk, withPain, "") {
					t.Errorf("no English %s template for a %s with pain=%v", kind, sk, withPain)
				}
			}
		}
	}
	locales := map[string]int{}
	for _, tp := range pb.TalkingPoints {
		locales[tp.Locale]++
	}
	if locales["de"] < 3 {
		t.Errorf("%d German templates, want a few", locales["de"])
	}
}

func hasTemplate(tps []model.TalkingPointTemplate, kind model.TalkingPointKind, sk model.SuggestionKind, withPain bool, locale string) bool {
	for _, tp := range tps {
		if tp.Kind == kind && (tp.For == "" || tp.For == sk) &&
			(tp.WithPain == nil || *tp.WithPain == withPain) && tp.Locale == locale {
			return true
		}
	}
	return false
}

func TestParsePlaybookFields(t *testing.T) {
	pb, err := ParsePlaybook([]byte(`
currency: EUR
pain_categories:
  - {id: reporting, label: Reporting}
  - {id: cost}
products:
  - id: a1
    name: " Alpha One "
    family: Alpha
    tier: 1
    price: 10.5
    billing_unit: seat/month
    seated: true
    pains: [reporting]
    offsets: saves a day
  - {id: a2, name: Alpha Two, family: Alpha, tier: 2, price: 20}
  - {id: b, name: Beta, family: Beta, tier: 1, price: 0}
complements:
  - {product: a1, complement: b, reason: goes well}
talking_points:
  - {kind: Benefit, for: upsell, with_pain: false, locale: DE, text: "{product} for {account}"}
`))
	if err != nil {
		t.Fatal(err)
	}
	a1 := pb.Products[0]
	if a1.Name != "Alpha One" || a1.Family != "Alpha" || a1.Tier != 1 || a1.Price != 10.5 ||
		a1.BillingUnit != "seat/month" || !a1.Seated || a1.Offsets != "saves a day" ||
		len(a1.Pains) != 1 || a1.Pains[0] != "reporting" {
		t.Errorf("product a1 read as %+v", a1)
	}
	if pb.Currency != "EUR" || pb.PainCategories[1].Label != "cost" {
		t.Errorf("currency %q, second category %+v", pb.Currency, pb.PainCategories[1])
	}
	if c := pb.Complements[0]; c.ProductID != "a1" || c.ComplementID != "b" || c.Reason != "goes well" {
		t.Errorf("complement read as %+v", c)
	}
	tp := pb.TalkingPoints[0]
	if tp.Kind != model.PointBenefit || tp.For != model.KindUpsell || tp.WithPain == nil || *tp.WithPain ||
		tp.Locale != "de" || tp.Text != "{product} for {account}" {
		t.Errorf("talking point read as %+v", tp)
	}
}

// TestParsePlaybookErrors feeds one broken playbook per rule and checks that
// the message names the culprit and, where it can, the line.
func TestParsePlaybookErrors(t *testing.T) {
	const head = "currency: $\npain_categories:\n  - {id: reporting, label: Reporting}\n"
	const two = head + "products:\n  - {id: a, name: A, family: F, tier: 1, price: 5}\n  - {id: b, name: B, family: G, tier: 1, price: 5}\n"
	tests := []struct {
		name, yaml string
		want       []string // all must appear in the message
	}{
		{"empty file", "  \n", []string{"empty"}},
		{"not yaml", "currency: [", []string{"not valid YAML"}},
		{"misspelt key", head + "products:\n  - id: a\n    name: A\n    family: F\n    tierr: 1\n", []string{"line 8", `"tierr"`, "a product", "spelling"}},
		{"misspelt top key", "currency: $\nproduct:\n  - {id: a}\n", []string{"line 2", `"product"`, "the playbook"}},
		{"price not a number", head + "products:\n  - {id: a, name: A, family: F, tier: 1, price: cheap}\n", []string{"line 5", `"cheap"`, "not a number"}},
		{"tier not whole", head + "products:\n  - {id: a, name: A, family: F, tier: two}\n", []string{"line 5", `"two"`, "whole number"}},
		{"no currency", "products:\n  - {id: a, name: A, family: F, tier: 1}\n", []string{"currency"}},
		{"no products", head, []string{"no products"}},
		{"duplicate category", head + "  - {id: reporting, label: Again}\n", []string{`"reporting"`, "line 4", "twice"}},
		{"category without id", head + "  - {label: Nameless}\n", []string{"pain category 2", "line 4", "no id"}},
		{"alias of two categories", head + "  - {id: cost, label: Cost, aliases: [Budget, reporting]}\n", []string{`"cost"`, "line 4", `"reporting"`, "keep it under one"}},
		{"product without id", head + "products:\n  - {name: A, family: F, tier: 1}\n", []string{"product 1", "line 5", "no id"}},
		{"product without name", head + "products:\n  - {id: a, family: F, tier: 1}\n", []string{`"a"`, "line 5", "no name"}},
		{"duplicate id", two + "  - {id: a, name: C, family: H, tier: 1}\n", []string{`"a"`, "line 7", "line 5", "unique"}},
		{"no family", head + "products:\n  - {id: a, name: A, tier: 1}\n", []string{`"a"`, "line 5", "no family"}},
		{"zero tier", head + "products:\n  - {id: a, name: A, family: F}\n", []string{`"a"`, "line 5", "tier 0"}},
		{"negative tier", head + "products:\n  - {id: a, name: A, family: F, tier: -2}\n", []string{`"a"`, "tier -2"}},
		{"negative price", head + "products:\n  - {id: a, name: A, family: F, tier: 1, price: -3.5}\n", []string{`"a"`, "line 5", "negative price (-3.5)"}},
		{"tier twice in family", two + "  - {id: c, name: C, family: F, tier: 1}\n", []string{`"a"`, `"c"`, "line 7", `family "F"`, "tier 1"}},
		{"names fold alike", two + "  - {id: c, name: a!, family: H, tier: 1}\n", []string{`"a"`, `"c"`, "same name"}},
		{"unknown pain", head + "products:\n  - {id: a, name: A, family: F, tier: 1, pains: [reportin]}\n", []string{`"a"`, "line 5", `"reportin"`, "pain_categories"}},
		{"solves an unknown pain", head + "products:\n  - {id: a, name: A, family: F, tier: 1, solves: {reportin: it does}}\n", []string{`"a"`, "line 5", `"reportin"`, "pain_categories"}},
		{"solves without saying how", head + "products:\n  - {id: a, name: A, family: F, tier: 1, solves: {reporting: ''}}\n", []string{`"a"`, "line 5", `"reporting"`, "without saying how"}},
		{"complement unknown product", two + "complements:\n  - {product: x, complement: b}\n", []string{"complement 1", "line 8", `"x"`, "not in the catalogue"}},
		{"complement unknown complement", two + "complements:\n  - {product: a, complement: y}\n", []string{"complement 1", "line 8", `"y"`}},
		{"complement same family", two + "  - {id: a2, name: A2, family: F, tier: 2}\ncomplements:\n  - {product: a, complement: a2}\n", []string{"line 9", "same family", "upgrade"}},
		{"complement of itself", two + "complements:\n  - {product: a, complement: a}\n", []string{"line 8", "same family"}},
		{"complement twice", two + "complements:\n  - {product: a, complement: b}\n  - {product: a, complement: b}\n", []string{"complement 2", "line 9", "repeats"}},
		{"unknown kind", two + "talking_points:\n  - {kind: pitch, text: hi}\n", []string{"talking point 1", "line 8", `"pitch"`, "benefit, value, proof, question, exit"}},
		{"unknown for", two + "talking_points:\n  - {kind: value, for: both, text: hi}\n", []string{"line 8", `"both"`, "upsell, seats or cross-sell"}},
		{"no text", two + "talking_points:\n  - {kind: exit}\n", []string{"line 8", "no text"}},
		{"unknown placeholder", two + "talking_points:\n  - {kind: exit, text: 'Hi {acount}'}\n", []string{"line 8", "{acount}", "{account}"}},
		{"unclosed brace", two + "talking_points:\n  - {kind: exit, text: 'Hi {account'}\n", []string{"line 8", "never closed"}},
		{"stray closing brace", two + "talking_points:\n  - {kind: exit, text: 'Hi account}'}\n", []string{"line 8", `"}"`}},
		{"with_pain not bool", two + "talking_points:\n  - {kind: exit, with_pain: maybe, text: hi}\n", []string{"line 8", `"maybe"`, "true or false"}},
		{"unknown product", two + "talking_points:\n  - {kind: question, products: [a, c], text: hi}\n", []string{"talking point 1", "line 8", `"c"`, "not in the catalogue"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePlaybook([]byte(tt.yaml))
			if err == nil {
				t.Fatal("accepted a broken playbook")
			}
			if code := model.ErrorCode(err); code != model.EINVALID {
				t.Errorf("code %q, want %q", code, model.EINVALID)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q does not contain %q", msg, w)
				}
			}
			if strings.Contains(msg, "\n") || regexp.MustCompile(`data\.|playbook\w*Doc`).MatchString(msg) {
				t.Errorf("message %q is not one plain sentence", msg)
			}
		})
	}
}

func TestParsePlaybookPlaceholders(t *testing.T) {
	for _, p := range playbookPlaceholders {
		text := "before {" + p + "} after"
		if err := checkPlaybookPlaceholders(text); err != nil {
			t.Errorf("%s: %v", text, err)
		}
	}
	if err := checkPlaybookPlaceholders("no placeholders at all"); err != nil {
		t.Error(err)
	}
	if err := checkPlaybookPlaceholders("{account}{product} twice {account}"); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"{}", "{Account}", "{account {product}", "{pain}}"} {
		if checkPlaybookPlaceholders(bad) == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestParsePlaybookSolves(t *testing.T) {
	const doc = `currency: USD
pain_categories:
  - {id: reporting, label: Reporting}
  - {id: scale, label: Scale}
products:
  - id: a
    name: A
    family: F
    tier: 1
    pains: [scale]
    solves:
      reporting: " dashboards replace the month-end spreadsheet "
`
	pb, err := ParsePlaybook([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	p := pb.Products[0]
	if want := []string{"scale", "reporting"}; strings.Join(p.Pains, ",") != strings.Join(want, ",") {
		t.Errorf("pains = %v, want %v", p.Pains, want)
	}
	if got := p.Solves["reporting"]; got != "dashboards replace the month-end spreadsheet" {
		t.Errorf("how = %q", got)
	}
	// Declared for scale, but without a sentence: no claim.
	if p.Addresses("scale") || !p.Addresses("reporting") {
		t.Errorf("addresses scale %v, reporting %v; want false, true", p.Addresses("scale"), p.Addresses("reporting"))
	}
}

// TestParsePlaybookLanguages reads the sections that localise a playbook:
// price books, integrations, translations, per-category and per-seat lines
// and plural choices; and refuses what would say something untrue or
// unfillable.
func TestParsePlaybookLanguages(t *testing.T) {
	base := `currency: "$"
pain_categories:
  - id: reporting
    label: Reporting
products:
  - id: a
    name: Alpha
    family: A
    tier: 1
    price: 10
    billing_unit: seat/month
  - id: b
    name: Beta
    family: B
    tier: 1
    price: 20
    billing_unit: month
`
	good := base + `prices:
  EUR: {a: 9, b: 18.5}
  jpy: {a: 1500}
integrations:
  - product: b
    with: [a]
translations:
  de:
    pain_categories: {reporting: Berichtswesen}
    products:
      a: {offsets: 'Spart eine Stunde pro Woche', billing_unit: pro Platz und Monat}
talking_points:
  - kind: question
    category: reporting
    locale: de
    text: 'Wie lange dauert der Monatsabschluss?'
  - kind: benefit
    for: seats
    locale: ru
    text: 'Ещё {quantity} {quantity|one:лицензия|few:лицензии|other:лицензий}.'
`
	pb, err := ParsePlaybook([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	a, b := pb.Products[0], pb.Products[1]
	if pb.Currency != "USD" || a.Prices["EUR"] != 9 || a.Prices["JPY"] != 1500 || b.Prices["EUR"] != 18.5 {
		t.Errorf("currency %q, prices %v %v", pb.Currency, a.Prices, b.Prices)
	}
	if len(b.Integrates) != 1 || b.Integrates[0] != "a" {
		t.Errorf("integrates %v", b.Integrates)
	}
	if a.Texts["de"].Offsets != "Spart eine Stunde pro Woche" || a.Texts["de"].BillingUnit != "pro Platz und Monat" || pb.PainCategories[0].Labels["de"] != "Berichtswesen" {
		t.Errorf("texts %v, labels %v", a.Texts, pb.PainCategories[0].Labels)
	}
	if pb.TalkingPoints[0].Category != "reporting" || pb.TalkingPoints[1].For != model.KindSeats {
		t.Errorf("talking points %+v", pb.TalkingPoints)
	}

	bad := []struct{ name, yaml, want string }{
		{"price book in a non-currency", base + "prices:\n  Taler: {a: 9}\n", "not a currency code"},
		{"price of an unknown product", base + "prices:\n  EUR: {z: 9}\n", `product "z"`},
		{"price of nothing", base + "prices:\n  EUR: {a: 0}\n", "no price"},
		{"integration with an unknown product", base + "integrations:\n  - product: b\n    with: [z]\n", `product "z"`},
		{"translation of an unknown category", base + "translations:\n  de:\n    pain_categories: {nope: X}\n", `pain category "nope"`},
		{"question for an unknown category", base + "talking_points:\n  - kind: question\n    category: nope\n    text: 'Why?'\n", `pain category "nope"`},
		{"plural choice on a word", base + "talking_points:\n  - kind: value\n    text: '{product|one:x|other:y}'\n", "not a number"},
		{"plural choice without other", base + "talking_points:\n  - kind: value\n    text: '{quantity} {quantity|one:seat}'\n", "other"},
		{"plural form unknown", base + "talking_points:\n  - kind: value\n    text: '{quantity|uno:a|other:b}'\n", "plural form"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePlaybook([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestProductRegionsSurviveTheStore checks that a product's sales regions
// are read from the playbook, kept in the database and gate its offers.
func TestProductRegionsSurviveTheStore(t *testing.T) {
	pb, err := ParsePlaybook([]byte(`currency: USD
products:
  - id: core
    name: Core
    family: Core
    tier: 1
    price: 10
    billing_unit: month
  - id: eu
    name: EU Residency
    family: EU Residency
    tier: 1
    price: 10
    billing_unit: month
    regions: [DACH, ' Benelux ']
    requires: [Core]
complements:
  - product: core
    complement: eu
    reason: data stays in the EU
`))
	if err != nil {
		t.Fatal(err)
	}
	b := &book{ds: model.Dataset{Playbook: pb}}
	b.account("de", "Berlin", func(a *model.Account) { a.Region = "dach" }).holds("de", "core")
	b.account("us", "Boston", func(a *model.Account) { a.Region = "North America" }).holds("us", "core")
	s := realRules(t, b)
	ctx := context.Background()
	cat, err := s.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := cat.Products["eu"].Regions; !slices.Equal(got, []string{"DACH", "Benelux"}) {
		t.Fatalf("regions read back %q, want DACH and Benelux", got)
	}
	if got := cat.Products["eu"].Requires; !slices.Equal(got, []string{"Core"}) {
		t.Fatalf("requires read back %q, want Core", got)
	}
	for id, want := range map[string]bool{"de": true, "us": false} {
		v, err := s.AccountView(ctx, id, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		offered := slices.ContainsFunc(v.Briefing.Suggestions, func(sg model.Suggestion) bool { return sg.Product.ID == "eu" })
		if offered != want {
			t.Errorf("%s: EU Residency offered = %v, want %v", id, offered, want)
		}
	}
}

func TestRequiresNamesAFamilyOfTheCatalogue(t *testing.T) {
	_, err := ParsePlaybook([]byte(`currency: USD
products:
  - id: kb
    name: Knowledge Base
    family: Knowledge Base
    tier: 1
    price: 10
    billing_unit: month
    requires: [Service Dsk]
`))
	if err == nil || !strings.Contains(err.Error(), `product "kb" (line 3) requires the family "Service Dsk", which is not another family of the catalogue`) {
		t.Errorf("error %v, want one naming the product, its line and the unknown family", err)
	}
}

func TestOffsetsMaxBelowMinIsRefused(t *testing.T) {
	_, err := ParsePlaybook([]byte(`currency: USD
products:
  - id: ent
    name: Enterprise
    family: Enterprise
    tier: 1
    price: 10
    billing_unit: month
    offsets: replaces a part-time ops person
    offsets_min_employees: 200
    offsets_max_employees: 100
`))
	if err == nil || !strings.Contains(err.Error(), `product "ent" (line 3) has offsets_max_employees 100`) {
		t.Errorf("error %v, want one naming the product and the bad bound", err)
	}
}
