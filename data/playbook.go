package data

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"talktrack/model"
)

// playbookDoc is the YAML shape of a playbook file, as sales ops writes it.
// It is kept apart from model.Playbook so that the file's spelling (snake
// case keys, "product"/"complement" pairs) can differ from the domain types.
type playbookDoc struct {
	Currency       string                  `yaml:"currency"`
	PainCategories []playbookPainDoc       `yaml:"pain_categories"`
	Products       []playbookProductDoc    `yaml:"products"`
	Complements    []playbookComplementDoc `yaml:"complements"`
	TalkingPoints  []playbookPointDoc      `yaml:"talking_points"`
	// Cues are the rules for hearing cues in call notes.
	Cues *playbookCuesDoc `yaml:"cues"`
	// Prices are price books per currency: ISO code → product id → price.
	Prices map[string]map[string]float64 `yaml:"prices"`
	// Integrations declare which products connect to which.
	Integrations []playbookIntegrationDoc `yaml:"integrations"`
	// Translations are the playbook's words per language.
	Translations map[string]playbookTranslationDoc `yaml:"translations"`
}

// playbookIntegrationDoc says a product connects technically to others.
type playbookIntegrationDoc struct {
	Product string   `yaml:"product"`
	With    []string `yaml:"with"`
}

// playbookTranslationDoc is one language's words: product names, offsets
// and billing units by product id, pain category labels by id.
type playbookTranslationDoc struct {
	Products       map[string]playbookProductTextDoc `yaml:"products"`
	PainCategories map[string]string                 `yaml:"pain_categories"`
}

type playbookPainDoc struct {
	ID      string            `yaml:"id"`
	Label   string            `yaml:"label"`
	Labels  map[string]string `yaml:"labels"`
	Aliases []string          `yaml:"aliases"`
}

type playbookProductDoc struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Family      string   `yaml:"family"`
	Tier        int      `yaml:"tier"`
	Price       float64  `yaml:"price"`
	BillingUnit string   `yaml:"billing_unit"`
	Seated      bool     `yaml:"seated"`
	Pains       []string `yaml:"pains"`
	// Solves says how the product solves each pain category, one sentence
	// each; only these categories count as solved.
	Solves  map[string]string `yaml:"solves"`
	Offsets string            `yaml:"offsets"`
	// Prices are the prices in other currencies, by ISO code.
	Prices              map[string]float64 `yaml:"prices"`
	OffsetsMinEmployees int                `yaml:"offsets_min_employees"`
	OffsetsMaxEmployees int                `yaml:"offsets_max_employees"`
	OffsetsIfIdleSeats  bool               `yaml:"offsets_if_idle_seats"`
	ByWordsOnly         bool               `yaml:"by_words_only"`
	// Discontinued marks a product no longer sold: never offered.
	Discontinued bool                              `yaml:"discontinued"`
	Integrates   []string                          `yaml:"integrates"`
	Regions      []string                          `yaml:"regions"`
	Requires     []string                          `yaml:"requires"`
	Roles        []string                          `yaml:"roles"`
	Stages       []string                          `yaml:"stages"`
	Text         map[string]playbookProductTextDoc `yaml:"text"`
}

// playbookProductTextDoc is a product's wording in one language.
type playbookProductTextDoc struct {
	Name        string `yaml:"name"`
	Offsets     string `yaml:"offsets"`
	BillingUnit string `yaml:"billing_unit"`
	// Solves is the product's solves sentences in the language, by pain
	// category: how a pain put in that language is matched to it.
	Solves map[string]string `yaml:"solves"`
}

// toModel trims the wording, leaving out empty sentences.
func (t playbookProductTextDoc) toModel() model.ProductText {
	out := model.ProductText{Name: strings.TrimSpace(t.Name), Offsets: strings.TrimSpace(t.Offsets), BillingUnit: strings.TrimSpace(t.BillingUnit)}
	for c, how := range t.Solves {
		if how = strings.TrimSpace(how); how != "" {
			if out.Solves == nil {
				out.Solves = map[string]string{}
			}
			out.Solves[strings.TrimSpace(c)] = how
		}
	}
	return out
}

// checkTextSolves refuses a translated solves sentence for a category the
// product does not solve in English: the English sentence is what says it
// solves the category at all.
func checkTextSolves(p *model.Product, lang string, t model.ProductText) error {
	for c := range t.Solves {
		if _, ok := p.Solves[c]; !ok {
			return model.Errorf(model.EINVALID, "product %q solves %q in %s but not under its own solves: add the English sentence there first, or leave the category out", p.ID, c, lang)
		}
	}
	return nil
}

type playbookComplementDoc struct {
	Product    string `yaml:"product"`
	Complement string `yaml:"complement"`
	Reason     string `yaml:"reason"`
}

type playbookPointDoc struct {
	Kind     string   `yaml:"kind"`
	For      string   `yaml:"for"`
	WithPain *bool    `yaml:"with_pain"`
	Locale   string   `yaml:"locale"`
	Category string   `yaml:"category"`
	Products []string `yaml:"products"`
	Text     string   `yaml:"text"`
}

// playbookPlaceholders are the only placeholders a talking point template
// may use; recommendation knows how to fill exactly these.
var playbookPlaceholders = []string{
	"account", "product", "held", "pain", "pain_category", "price", "price_delta",
	"offsets", "peer_count", "peer_total", "segment", "quantity", "seats_used", "seats_all",
	"seats", "renewal", "integrated", "complement", "cost_said",
}

// ParsePlaybook reads a playbook written in YAML and checks it: keys must be
// spelt as documented, product ids unique, every product on a family ladder
// with its own positive tier, prices not negative, complements and pains
// pointing at known products and categories, and talking points of a known
// kind using known placeholders. The first problem found is returned as an
// EINVALID error naming the product or line.
func ParsePlaybook(b []byte) (model.Playbook, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return model.Playbook{}, model.Errorf(model.EINVALID, "the playbook is empty: it needs at least a currency and a list of products")
	}
	// The file is read twice: once into nodes, which remember line numbers
	// for the messages, and once strictly into the document type, which
	// rejects misspelt keys.
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return model.Playbook{}, playbookYAMLError(err)
	}
	var doc playbookDoc
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return model.Playbook{}, playbookYAMLError(err)
	}
	lines := playbookLines{
		pains:       playbookSequenceLines(&root, "pain_categories"),
		products:    playbookSequenceLines(&root, "products"),
		complements: playbookSequenceLines(&root, "complements"),
		points:      playbookSequenceLines(&root, "talking_points"),
	}
	pb := doc.toModel()
	if err := validatePlaybookDoc(pb, lines); err != nil {
		return model.Playbook{}, err
	}
	if err := doc.mergeSections(&pb); err != nil {
		return model.Playbook{}, err
	}
	return pb, nil
}

// mergeSections adds the price books, integrations and translations to the
// products and pain categories they name, refusing a name the catalogue
// does not have.
func (d playbookDoc) mergeSections(pb *model.Playbook) error {
	index := make(map[string]int, len(pb.Products))
	for i, p := range pb.Products {
		index[p.ID] = i
	}
	product := func(id, where string) (*model.Product, error) {
		i, ok := index[strings.TrimSpace(id)]
		if !ok {
			return nil, model.Errorf(model.EINVALID, "%s names product %q, which is not in the catalogue", where, id)
		}
		return &pb.Products[i], nil
	}
	for cur, book := range d.Prices {
		code := model.CurrencyCode(cur)
		if code == "" || code == pb.Currency {
			return model.Errorf(model.EINVALID, "prices: %q is not a currency code such as EUR or JPY other than the playbook's own %s", cur, pb.Currency)
		}
		for id, v := range book {
			p, err := product(id, "prices "+code)
			if err != nil {
				return err
			}
			if v <= 0 {
				return model.Errorf(model.EINVALID, "prices %s gives %q the price %s: leave a product out rather than give it no price", code, id, strconv.FormatFloat(v, 'f', -1, 64))
			}
			if p.Prices == nil {
				p.Prices = map[string]float64{}
			}
			p.Prices[code] = v
		}
	}
	for _, in := range d.Integrations {
		p, err := product(in.Product, "an integration")
		if err != nil {
			return err
		}
		for _, id := range in.With {
			if _, err := product(id, "the integration of "+p.ID); err != nil {
				return err
			}
			if id = strings.TrimSpace(id); id != p.ID && !slices.Contains(p.Integrates, id) {
				p.Integrates = append(p.Integrates, id)
			}
		}
	}
	cats := make(map[string]int, len(pb.PainCategories))
	for i, c := range pb.PainCategories {
		cats[c.ID] = i
	}
	for lang, tr := range d.Translations {
		lang = normLanguage(lang)
		for id, t := range tr.Products {
			p, err := product(id, "translations "+lang)
			if err != nil {
				return err
			}
			if p.Texts == nil {
				p.Texts = map[string]model.ProductText{}
			}
			own, given := p.Texts[lang], t.toModel()
			if err := checkTextSolves(p, lang, given); err != nil {
				return err
			}
			own.Name = cmp.Or(given.Name, own.Name)
			own.Offsets = cmp.Or(given.Offsets, own.Offsets)
			own.BillingUnit = cmp.Or(given.BillingUnit, own.BillingUnit)
			for c, how := range given.Solves {
				if own.Solves == nil {
					own.Solves = map[string]string{}
				}
				own.Solves[c] = how
			}
			p.Texts[lang] = own
		}
		for id, label := range tr.PainCategories {
			i, ok := cats[id]
			if !ok {
				return model.Errorf(model.EINVALID, "translations %s names pain category %q, which is not listed under pain_categories", lang, id)
			}
			if pb.PainCategories[i].Labels == nil {
				pb.PainCategories[i].Labels = map[string]string{}
			}
			pb.PainCategories[i].Labels[lang] = strings.TrimSpace(label)
		}
	}
	return nil
}

// toModel copies the document into domain types, trimming stray spaces and
// lower-casing the enumerations so that "Benefit" reads as benefit.
func (d playbookDoc) toModel() model.Playbook {
	pb := model.Playbook{
		Currency:       currencyOf(d.Currency),
		PainCategories: make([]model.PainCategory, len(d.PainCategories)),
		Products:       make([]model.Product, len(d.Products)),
		Complements:    make([]model.Complement, len(d.Complements)),
		TalkingPoints:  make([]model.TalkingPointTemplate, len(d.TalkingPoints)),
	}
	pb.Cues = d.Cues.toModel()
	for i, c := range d.PainCategories {
		pb.PainCategories[i] = model.PainCategory{ID: strings.TrimSpace(c.ID), Label: strings.TrimSpace(c.Label)}
		for lang, l := range c.Labels {
			if pb.PainCategories[i].Labels == nil {
				pb.PainCategories[i].Labels = map[string]string{}
			}
			pb.PainCategories[i].Labels[normLanguage(lang)] = strings.TrimSpace(l)
		}
		if pb.PainCategories[i].Label == "" {
			pb.PainCategories[i].Label = pb.PainCategories[i].ID
		}
		for _, a := range c.Aliases {
			if a = strings.TrimSpace(a); a != "" && !slices.Contains(pb.PainCategories[i].Aliases, a) {
				pb.PainCategories[i].Aliases = append(pb.PainCategories[i].Aliases, a)
			}
		}
	}
	for i, p := range d.Products {
		pains := make([]string, 0, len(p.Pains)+len(p.Solves))
		for _, c := range p.Pains {
			if c = strings.TrimSpace(c); !slices.Contains(pains, c) {
				pains = append(pains, c)
			}
		}
		// Categories given only under solves follow the pains list, sorted.
		var solves map[string]string
		declared := len(pains)
		for c, how := range p.Solves {
			c = strings.TrimSpace(c)
			if solves == nil {
				solves = map[string]string{}
			}
			solves[c] = strings.TrimSpace(how)
			if !slices.Contains(pains, c) {
				pains = append(pains, c)
			}
		}
		slices.Sort(pains[declared:])
		pb.Products[i] = model.Product{
			ID:          strings.TrimSpace(p.ID),
			Name:        strings.TrimSpace(p.Name),
			Family:      strings.TrimSpace(p.Family),
			Tier:        p.Tier,
			Price:       p.Price,
			BillingUnit: strings.TrimSpace(p.BillingUnit),
			Pains:       pains,
			Solves:      solves,
			Offsets:     strings.TrimSpace(p.Offsets),
			Seated:      p.Seated,

			OffsetsMinEmployees: p.OffsetsMinEmployees,
			OffsetsMaxEmployees: p.OffsetsMaxEmployees,
			OffsetsIfIdleSeats:  p.OffsetsIfIdleSeats,
			ByWordsOnly:         p.ByWordsOnly,
			Discontinued:        p.Discontinued,
		}
		for cur, v := range p.Prices {
			if pb.Products[i].Prices == nil {
				pb.Products[i].Prices = map[string]float64{}
			}
			code := model.CurrencyCode(cur)
			if code == "" {
				code = cur // refused by the checks, with this spelling
			}
			pb.Products[i].Prices[code] = v
		}
		for _, id := range p.Integrates {
			pb.Products[i].Integrates = append(pb.Products[i].Integrates, strings.TrimSpace(id))
		}
		for _, r := range p.Regions {
			if r = strings.TrimSpace(r); r != "" {
				pb.Products[i].Regions = append(pb.Products[i].Regions, r)
			}
		}
		for _, f := range p.Requires {
			if f = strings.TrimSpace(f); f != "" {
				pb.Products[i].Requires = append(pb.Products[i].Requires, f)
			}
		}
		for _, role := range p.Roles {
			if role = strings.ToLower(strings.TrimSpace(role)); role != "" {
				pb.Products[i].Roles = append(pb.Products[i].Roles, role)
			}
		}
		for _, st := range p.Stages {
			if st = strings.ToLower(strings.TrimSpace(st)); st != "" {
				pb.Products[i].Stages = append(pb.Products[i].Stages, model.Stage(st))
			}
		}
		for lang, t := range p.Text {
			if pb.Products[i].Texts == nil {
				pb.Products[i].Texts = map[string]model.ProductText{}
			}
			pb.Products[i].Texts[normLanguage(lang)] = t.toModel()
		}
	}
	for i, c := range d.Complements {
		pb.Complements[i] = model.Complement{
			ProductID:    strings.TrimSpace(c.Product),
			ComplementID: strings.TrimSpace(c.Complement),
			Reason:       strings.TrimSpace(c.Reason),
		}
	}
	for i, t := range d.TalkingPoints {
		pb.TalkingPoints[i] = model.TalkingPointTemplate{
			Kind:     model.TalkingPointKind(strings.ToLower(strings.TrimSpace(t.Kind))),
			For:      model.SuggestionKind(strings.ToLower(strings.TrimSpace(t.For))),
			WithPain: t.WithPain,
			Locale:   strings.ToLower(strings.TrimSpace(t.Locale)),
			Category: strings.TrimSpace(t.Category),
			Products: trimAll(t.Products),
			Text:     strings.TrimSpace(t.Text),
		}
	}
	return pb
}

// playbookLines holds the line of each list item, by section, so that a
// message can point at the place to fix.
type playbookLines struct {
	pains, products, complements, points []int
}

// playbookLine returns " (line N)" for item i of a section, or "" when unknown.
func playbookLine(lines []int, i int) string {
	if i < len(lines) && lines[i] > 0 {
		return " (line " + strconv.Itoa(lines[i]) + ")"
	}
	return ""
}

// playbookSequenceLines returns the line of every item of the list under key in the
// top-level mapping, or nil when there is no such list.
func playbookSequenceLines(root *yaml.Node, key string) []int {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key || m.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		items := m.Content[i+1].Content
		lines := make([]int, len(items))
		for j, n := range items {
			lines[j] = n.Line
		}
		return lines
	}
	return nil
}

// validatePlaybookDoc returns the first rule the playbook breaks, in file order.
func validatePlaybookDoc(pb model.Playbook, lines playbookLines) error {
	if pb.Currency == "" {
		return model.Errorf(model.EINVALID, `the playbook has no currency: add a line such as currency: "$"`)
	}
	categories, err := checkPlaybookPains(pb.PainCategories, lines.pains)
	if err != nil {
		return err
	}
	products, err := checkPlaybookProducts(pb.Products, categories, lines.products)
	if err != nil {
		return err
	}
	if err := checkPlaybookComplements(pb.Complements, products, lines.complements); err != nil {
		return err
	}
	if err := checkPlaybookPoints(pb.TalkingPoints, categories, products, lines.points); err != nil {
		return err
	}
	return checkPlaybookCues(pb)
}

// currencyOf reads the playbook's currency as an ISO code; a symbol of an
// older playbook ("$") gives its code, anything else is kept as written.
func currencyOf(s string) string {
	if code := model.CurrencyCode(s); code != "" {
		return code
	}
	return strings.TrimSpace(s)
}

// normLanguage writes a language key of the playbook ("DE", "de_AT") the
// way accounts carry it ("de", "de-at").
func normLanguage(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"))
}

func checkPlaybookPains(cats []model.PainCategory, lines []int) (map[string]bool, error) {
	known := make(map[string]bool, len(cats))
	for i, c := range cats {
		at := playbookLine(lines, i)
		if c.ID == "" {
			return nil, model.Errorf(model.EINVALID, "pain category %d%s has no id", i+1, at)
		}
		if known[c.ID] {
			return nil, model.Errorf(model.EINVALID, "pain category %q%s is listed twice; keep one", c.ID, at)
		}
		known[c.ID] = true
	}
	// A name may stand for one category only: a pain filed under it must
	// have one meaning.
	named := map[string]string{}
	for i, c := range cats {
		for _, name := range append([]string{c.ID, c.Label}, c.Aliases...) {
			key := model.NameKey(name)
			if other, ok := named[key]; ok && other != c.ID {
				return nil, model.Errorf(model.EINVALID, "pain category %q%s has the name or alias %q, which pain category %q has too; keep it under one", c.ID, playbookLine(lines, i), name, other)
			}
			named[key] = c.ID
		}
	}
	return known, nil
}

func checkPlaybookProducts(products []model.Product, categories map[string]bool, lines []int) (map[string]model.Product, error) {
	if len(products) == 0 {
		return nil, model.Errorf(model.EINVALID, "the playbook lists no products: add at least one under products")
	}
	byID := make(map[string]model.Product, len(products))
	index := make(map[string]int, len(products))
	names := make(map[string]int, len(products))
	rungs := make(map[string]int, len(products)) // family and tier -> index
	for i, p := range products {
		at := playbookLine(lines, i)
		switch {
		case p.ID == "":
			return nil, model.Errorf(model.EINVALID, "product %d%s has no id: give every product a unique id", i+1, at)
		case p.Name == "":
			return nil, model.Errorf(model.EINVALID, "product %q%s has no name", p.ID, at)
		case p.Family == "":
			return nil, model.Errorf(model.EINVALID, "product %q%s has no family: a product sold on its own is a family of one, so set family to its name", p.ID, at)
		case p.Tier < 1:
			return nil, model.Errorf(model.EINVALID, "product %q%s has tier %d: tiers start at 1", p.ID, at, p.Tier)
		case p.Price < 0:
			return nil, model.Errorf(model.EINVALID, "product %q%s has a negative price (%s): use 0 for a free product", p.ID, at, strconv.FormatFloat(p.Price, 'f', -1, 64))
		}
		if j, dup := index[p.ID]; dup {
			return nil, model.Errorf(model.EINVALID, "product id %q%s is already used by the product%s: product ids must be unique", p.ID, at, playbookLine(lines, j))
		}
		// Imports match products by name ignoring case and punctuation, so
		// two names that fold alike would be ambiguous.
		if j, dup := names[model.NameKey(p.Name)]; dup {
			return nil, model.Errorf(model.EINVALID, "products %q and %q%s have the same name %q: names must differ in more than case or punctuation", products[j].ID, p.ID, at, p.Name)
		}
		rung := p.Family + "\x00" + strconv.Itoa(p.Tier)
		if j, dup := rungs[rung]; dup {
			return nil, model.Errorf(model.EINVALID, "products %q and %q%s are both tier %d of family %q: give each rung of a ladder its own tier", products[j].ID, p.ID, at, p.Tier, p.Family)
		}
		for _, c := range p.Pains {
			if !categories[c] {
				return nil, model.Errorf(model.EINVALID, "product %q%s addresses pain category %q, which is not listed under pain_categories", p.ID, at, c)
			}
		}
		for c, how := range p.Solves {
			if how == "" {
				return nil, model.Errorf(model.EINVALID, "product %q%s solves %q without saying how: write one sentence a rep can say, or leave the category out", p.ID, at, c)
			}
		}
		for lang, t := range p.Texts {
			if err := checkTextSolves(&p, lang, t); err != nil {
				return nil, err
			}
		}
		for cur, v := range p.Prices {
			if model.CurrencyCode(cur) != cur {
				return nil, model.Errorf(model.EINVALID, "product %q%s has a price in %q, which is not a currency code such as EUR or JPY", p.ID, at, cur)
			}
			if v <= 0 {
				return nil, model.Errorf(model.EINVALID, "product %q%s has the price %s in %s: leave a currency out rather than give it no price", p.ID, at, strconv.FormatFloat(v, 'f', -1, 64), cur)
			}
		}
		if p.OffsetsMinEmployees < 0 {
			return nil, model.Errorf(model.EINVALID, "product %q%s has offsets_min_employees %d: use 0 for offsets true at any size", p.ID, at, p.OffsetsMinEmployees)
		}
		if p.OffsetsMaxEmployees < 0 || (p.OffsetsMaxEmployees > 0 && p.OffsetsMaxEmployees < p.OffsetsMinEmployees) {
			return nil, model.Errorf(model.EINVALID, "product %q%s has offsets_max_employees %d: use 0 for no upper bound, or a head count of at least offsets_min_employees (%d)", p.ID, at, p.OffsetsMaxEmployees, p.OffsetsMinEmployees)
		}
		byID[p.ID] = p
		index[p.ID] = i
		names[model.NameKey(p.Name)] = i
		rungs[rung] = i
	}
	families := map[string]bool{}
	for _, p := range products {
		families[p.Family] = true
	}
	for i, p := range products {
		for _, st := range p.Stages {
			if _, err := model.ParseStage(string(st)); err != nil || !st.AllowsOffers() {
				return nil, model.Errorf(model.EINVALID, "product %q%s names the stage %q: stages are those that take offers (adoption, value_realized, advocate)", p.ID, playbookLine(lines, i), st)
			}
		}
		for _, f := range p.Requires {
			if !families[f] || f == p.Family {
				return nil, model.Errorf(model.EINVALID, "product %q%s requires the family %q, which is not another family of the catalogue: name the family of the product it adds to", p.ID, playbookLine(lines, i), f)
			}
		}
		for _, id := range p.Integrates {
			if _, ok := byID[id]; !ok || id == p.ID {
				return nil, model.Errorf(model.EINVALID, "product %q%s integrates with %q, which is not another product of the catalogue", p.ID, playbookLine(lines, i), id)
			}
		}
	}
	return byID, nil
}

func checkPlaybookComplements(complements []model.Complement, products map[string]model.Product, lines []int) error {
	seen := make(map[[2]string]bool, len(complements))
	for i, c := range complements {
		at := playbookLine(lines, i)
		held, ok := products[c.ProductID]
		if !ok {
			return model.Errorf(model.EINVALID, "complement %d%s names product %q, which is not in the catalogue", i+1, at, c.ProductID)
		}
		comp, ok := products[c.ComplementID]
		if !ok {
			return model.Errorf(model.EINVALID, "complement %d%s names complement %q, which is not in the catalogue", i+1, at, c.ComplementID)
		}
		if held.Family == comp.Family {
			return model.Errorf(model.EINVALID, "complement %d%s pairs %q with %q of the same family %q: that is an upgrade, which the ladder already offers", i+1, at, c.ProductID, c.ComplementID, held.Family)
		}
		pair := [2]string{c.ProductID, c.ComplementID}
		if seen[pair] {
			return model.Errorf(model.EINVALID, "complement %d%s repeats the pair %q and %q; keep one", i+1, at, c.ProductID, c.ComplementID)
		}
		seen[pair] = true
	}
	return nil
}

func checkPlaybookPoints(points []model.TalkingPointTemplate, categories map[string]bool, products map[string]model.Product, lines []int) error {
	for i, t := range points {
		at := playbookLine(lines, i)
		if !playbookPointKindKnown(t.Kind) {
			return model.Errorf(model.EINVALID, "talking point %d%s has kind %q: use one of benefit, value, proof, question, exit", i+1, at, t.Kind)
		}
		if t.For != "" && t.For != model.KindUpsell && t.For != model.KindCrossSell && t.For != model.KindSeats {
			return model.Errorf(model.EINVALID, "talking point %d%s is for %q: use upsell, seats or cross-sell, or leave it out for all", i+1, at, t.For)
		}
		if t.Text == "" {
			return model.Errorf(model.EINVALID, "talking point %d%s has no text", i+1, at)
		}
		if t.Category != "" && !categories[t.Category] {
			return model.Errorf(model.EINVALID, "talking point %d%s is for pain category %q, which is not listed under pain_categories", i+1, at, t.Category)
		}
		for _, id := range t.Products {
			if _, ok := products[id]; !ok {
				return model.Errorf(model.EINVALID, "talking point %d%s is for product %q, which is not in the catalogue: use a product id from products", i+1, at, id)
			}
		}
		if err := checkPlaybookPlaceholders(t.Text); err != nil {
			return model.Errorf(model.EINVALID, "talking point %d%s %s", i+1, at, err.Error())
		}
	}
	return nil
}

func playbookPointKindKnown(k model.TalkingPointKind) bool {
	for _, known := range model.TalkingPointKinds {
		if k == known {
			return true
		}
	}
	return false
}

// checkPlaybookPlaceholders reports the first malformed or unknown {placeholder}.
// The error reads as the end of a sentence that starts with the template.
func checkPlaybookPlaceholders(text string) error {
	rest := text
	for {
		open := strings.IndexAny(rest, "{}")
		if open < 0 {
			return nil
		}
		if rest[open] == '}' {
			return errors.New(`has a "}" with no "{" before it`)
		}
		end := strings.IndexAny(rest[open+1:], "{}")
		if end < 0 || rest[open+1+end] == '{' {
			return errors.New(`has a "{" that is never closed`)
		}
		name, forms, choice := strings.Cut(rest[open+1:open+1+end], "|")
		if choice {
			if !playbookCountKnown(name) {
				return errors.New("chooses a plural form by {" + name + "}, which is not a number: use one of {" + strings.Join(playbookCounts, "} {") + "}")
			}
			if err := model.CheckPluralChoice(forms); err != nil {
				return err
			}
		}
		if !playbookPlaceholderKnown(name) {
			return errors.New("uses unknown placeholder {" + name + "}: the known ones are {" + strings.Join(playbookPlaceholders, "} {") + "}")
		}
		rest = rest[open+end+2:]
	}
}

// playbookCounts are the placeholders holding a number, which a plural
// choice such as {seats|one:Lizenz|other:Lizenzen} may follow.
var playbookCounts = []string{"quantity", "seats", "seats_used", "seats_all", "peer_count", "peer_total"}

func playbookCountKnown(name string) bool {
	for _, p := range playbookCounts {
		if p == name {
			return true
		}
	}
	return false
}

func playbookPlaceholderKnown(name string) bool {
	for _, p := range playbookPlaceholders {
		if p == name {
			return true
		}
	}
	return false
}

var (
	playbookUnknownKeyRE = regexp.MustCompile(`^line (\d+): field (\S+) not found in type (\S+)$`)
	playbookWrongTypeRE  = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+) (?:`(.*)` )?into (\\S+)$")
	playbookTypeNames    = map[string]string{
		"data.playbookDoc":            "the playbook",
		"data.playbookPainDoc":        "a pain category",
		"data.playbookProductDoc":     "a product",
		"data.playbookComplementDoc":  "a complement",
		"data.playbookPointDoc":       "a talking point",
		"data.playbookProductTextDoc": "a product's text",
		"data.playbookIntegrationDoc": "an integration",
		"data.playbookTranslationDoc": "a translation",
		"data.playbookCuesDoc":        "the cues section",
		"data.playbookCompetitorDoc":  "a competitor",
		"data.playbookCueLanguageDoc": "a cue language",
	}
)

// playbookYAMLError turns the YAML library's messages, which name Go types,
// into one sentence about the file.
func playbookYAMLError(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) || len(te.Errors) == 0 {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		return model.Errorf(model.EINVALID, "the playbook is not valid YAML: %s", msg)
	}
	first := te.Errors[0]
	more := ""
	if n := len(te.Errors) - 1; n > 0 {
		more = " (and " + strconv.Itoa(n) + " more problem"
		if n > 1 {
			more += "s"
		}
		more += ")"
	}
	if m := playbookUnknownKeyRE.FindStringSubmatch(first); m != nil {
		where := playbookTypeNames[m[3]]
		if where == "" {
			where = "this section"
		}
		return model.Errorf(model.EINVALID, "playbook line %s: %q is not a key of %s; check its spelling%s", m[1], m[2], where, more)
	}
	if m := playbookWrongTypeRE.FindStringSubmatch(first); m != nil {
		return model.Errorf(model.EINVALID, "playbook line %s: %s%s", m[1], playbookWrongType(m[2], m[3], m[4]), more)
	}
	return model.Errorf(model.EINVALID, "playbook %s%s", first, more)
}

// playbookWrongType says what was expected where a value has the wrong type.
func playbookWrongType(tag, value, goType string) string {
	got := "this value"
	if value != "" {
		got = strconv.Quote(value)
	} else if tag == "map" {
		got = "a group of keys"
	} else if tag == "seq" {
		got = "a list"
	}
	switch {
	case goType == "int":
		return got + " is not a whole number"
	case goType == "float64":
		return got + " is not a number"
	case goType == "bool":
		return got + " is not true or false"
	case goType == "string":
		return got + " should be plain text"
	case strings.HasPrefix(goType, "[]"):
		return got + " should be a list (lines starting with \"- \")"
	}
	return got + " does not fit here; compare it with the example playbook"
}
