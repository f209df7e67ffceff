package hub

import (
	"encoding/json"

	"talktrack/model"
)

// playbookDoc is the playbook as the hub keeps it (playbook.doc): every
// field sales ops wrote, products included whole. model.Product writes only
// its id, name, family and tier as JSON (what `show --json` promises), so
// the hub does not use that form.
type playbookDoc struct {
	model.Playbook
	Products []productDoc `json:"products"`
}

// productDoc is a product with every field of the playbook.
type productDoc struct {
	model.Product
	Price               float64                      `json:"price"`
	Prices              map[string]float64           `json:"prices,omitempty"`
	BillingUnit         string                       `json:"billing_unit"`
	Pains               []string                     `json:"pains,omitempty"`
	Solves              map[string]string            `json:"solves,omitempty"`
	Offsets             string                       `json:"offsets,omitempty"`
	OffsetsMinEmployees int                          `json:"offsets_min_employees,omitempty"`
	OffsetsMaxEmployees int                          `json:"offsets_max_employees,omitempty"`
	OffsetsIfIdleSeats  bool                         `json:"offsets_if_idle_seats,omitempty"`
	ByWordsOnly         bool                         `json:"by_words_only,omitempty"`
	Seated              bool                         `json:"seated,omitempty"`
	Integrates          []string                     `json:"integrates,omitempty"`
	Texts               map[string]model.ProductText `json:"texts,omitempty"`
	Regions             []string                     `json:"regions,omitempty"`
	Requires            []string                     `json:"requires,omitempty"`
	Roles               []string                     `json:"roles,omitempty"`
	Stages              []model.Stage                `json:"stages,omitempty"`
}

// encodePlaybook writes a playbook for the hub.
func encodePlaybook(pb model.Playbook) ([]byte, error) {
	doc := playbookDoc{Playbook: pb, Products: make([]productDoc, len(pb.Products))}
	for i, p := range pb.Products {
		doc.Products[i] = productDoc{Product: p, Price: p.Price, Prices: p.Prices, BillingUnit: p.BillingUnit,
			Pains: p.Pains, Solves: p.Solves, Offsets: p.Offsets, OffsetsMinEmployees: p.OffsetsMinEmployees, OffsetsMaxEmployees: p.OffsetsMaxEmployees,
			Seated: p.Seated, Integrates: p.Integrates, Texts: p.Texts, Regions: p.Regions, Requires: p.Requires, Stages: p.Stages, OffsetsIfIdleSeats: p.OffsetsIfIdleSeats, ByWordsOnly: p.ByWordsOnly, Roles: p.Roles}
	}
	return json.Marshal(doc)
}

// decodePlaybook reads what encodePlaybook wrote.
func decodePlaybook(b []byte) (model.Playbook, error) {
	var doc playbookDoc
	if err := json.Unmarshal(b, &doc); err != nil {
		return model.Playbook{}, err
	}
	pb := doc.Playbook
	pb.Products = make([]model.Product, len(doc.Products))
	for i, d := range doc.Products {
		p := d.Product
		p.Price, p.Prices, p.BillingUnit, p.Pains, p.Solves = d.Price, d.Prices, d.BillingUnit, d.Pains, d.Solves
		p.Offsets, p.OffsetsMinEmployees, p.Seated, p.Integrates, p.Texts, p.Regions = d.Offsets, d.OffsetsMinEmployees, d.Seated, d.Integrates, d.Texts, d.Regions
		p.Requires, p.OffsetsMaxEmployees, p.Stages, p.OffsetsIfIdleSeats, p.ByWordsOnly, p.Roles = d.Requires, d.OffsetsMaxEmployees, d.Stages, d.OffsetsIfIdleSeats, d.ByWordsOnly, d.Roles
		pb.Products[i] = p
	}
	return pb, nil
}
