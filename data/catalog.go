package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"talktrack/model"
)

// metaCurrency is the meta key holding the playbook's currency, the one
// playbook field without a table of its own.
const metaCurrency = "currency"

// metaPlaybookVersion is the meta key ReplacePlaybook bumps, so that a
// store (in this process or another) knows its cached catalog is stale.
const metaPlaybookVersion = "playbook_version"

// Catalog returns the stored playbook indexed for recommendation. It is
// built once and kept while the playbook's version in meta stays the same:
// one indexed read per call instead of reloading the playbook.
func (s *Store) Catalog(ctx context.Context) (*model.Catalog, error) {
	version, err := metaOrEmpty(ctx, s.db, metaPlaybookVersion)
	if err != nil {
		return nil, mapError(s.path, internalf(err, "read the playbook's version"))
	}
	s.mu.Lock()
	if c := s.catalog; c != nil && s.catalogVersion == version {
		s.mu.Unlock()
		return c, nil
	}
	gen := s.catalogGen
	s.mu.Unlock()

	var pb model.Playbook
	err = s.view(ctx, func(tx *sql.Tx) error {
		// The version is read again with the playbook, so the two agree.
		if version, err = metaOrEmpty(ctx, tx, metaPlaybookVersion); err != nil {
			return internalf(err, "read the playbook's version")
		}
		pb, err = loadPlaybook(ctx, tx)
		return err
	})
	if err != nil {
		return nil, err
	}
	c := model.NewCatalog(pb)

	s.mu.Lock()
	// InvalidateCatalog called while this one was loading means the caller
	// knows of a change this load may have missed: do not keep it.
	if s.catalogGen == gen {
		s.catalog, s.catalogVersion = c, version
	}
	s.mu.Unlock()
	return c, nil
}

// InvalidateCatalog drops the cached catalog; the next Catalog call reloads
// it. ReplacePlaybook already marks the change in the database, so this is
// only needed after editing the playbook tables by hand through DB().
func (s *Store) InvalidateCatalog() {
	s.mu.Lock()
	s.catalog = nil
	s.catalogGen++
	s.mu.Unlock()
}

// Playbook reads the stored playbook: products ordered by family and tier,
// pain categories and talking points in the order they were written.
func (s *Store) Playbook(ctx context.Context) (model.Playbook, error) {
	var pb model.Playbook
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		pb, err = loadPlaybook(ctx, tx)
		return err
	})
	return pb, err
}

func loadPlaybook(ctx context.Context, q queryer) (model.Playbook, error) {
	var pb model.Playbook
	cur, err := metaValue(ctx, q, metaCurrency)
	if err != nil && err != sql.ErrNoRows {
		return pb, internalf(err, "read the currency")
	}
	pb.Currency = cur
	if code := model.CurrencyCode(cur); code != "" {
		pb.Currency = code
	}

	if pb.PainCategories, err = loadPainCategories(ctx, q); err != nil {
		return pb, err
	}
	if pb.Products, err = loadProducts(ctx, q); err != nil {
		return pb, err
	}
	if pb.Complements, err = loadComplements(ctx, q); err != nil {
		return pb, err
	}
	if pb.TalkingPoints, err = loadTalkingPoints(ctx, q); err != nil {
		return pb, err
	}
	if pb.Cues, err = loadCueRules(ctx, q); err != nil {
		return pb, err
	}
	return pb, nil
}

func loadPainCategories(ctx context.Context, q queryer) ([]model.PainCategory, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, label, labels, aliases FROM pain_categories ORDER BY rowid`)
	if err != nil {
		return nil, internalf(err, "read pain categories")
	}
	defer rows.Close()
	var out []model.PainCategory
	for rows.Next() {
		var c model.PainCategory
		var labels, aliases string
		if err := rows.Scan(&c.ID, &c.Label, &labels, &aliases); err != nil {
			return nil, internalf(err, "read pain categories")
		}
		if err := json.Unmarshal([]byte(labels), &c.Labels); err != nil {
			return nil, internalf(err, "read the labels of pain category %s", c.ID)
		}
		if len(c.Labels) == 0 {
			c.Labels = nil
		}
		if err := json.Unmarshal([]byte(aliases), &c.Aliases); err != nil {
			return nil, internalf(err, "read the aliases of pain category %s", c.ID)
		}
		if len(c.Aliases) == 0 {
			c.Aliases = nil
		}
		out = append(out, c)
	}
	return out, internalf(rows.Err(), "read pain categories")
}

// productColumns are the products columns scanProduct reads, in order.
const productColumns = `p.id, p.name, p.family, p.tier, p.price, p.billing_unit, p.offsets, p.seated, p.i18n, p.discontinued`

func scanProduct(sc interface{ Scan(...any) error }, p *model.Product, extra ...any) error {
	var i18n string
	if err := sc.Scan(append([]any{&p.ID, &p.Name, &p.Family, &p.Tier, &p.Price, &p.BillingUnit, &p.Offsets, &p.Seated, &i18n, &p.Discontinued}, extra...)...); err != nil {
		return err
	}
	var x productI18n
	if err := json.Unmarshal([]byte(i18n), &x); err != nil {
		return fmt.Errorf("product %s: %w", p.ID, err)
	}
	p.Prices, p.Texts, p.Integrates, p.OffsetsMinEmployees, p.Regions, p.Requires = x.Prices, x.Texts, x.Integrates, x.OffsetsMinEmployees, x.Regions, x.Requires
	p.OffsetsMaxEmployees, p.Stages, p.OffsetsIfIdleSeats, p.ByWordsOnly, p.Roles = x.OffsetsMaxEmployees, x.Stages, x.OffsetsIfIdleSeats, x.ByWordsOnly, x.Roles
	return nil
}

// productI18n is the JSON of products.i18n: what the playbook says about a
// product beyond its own columns.
type productI18n struct {
	Prices              map[string]float64           `json:"prices,omitempty"`
	Texts               map[string]model.ProductText `json:"texts,omitempty"`
	Integrates          []string                     `json:"integrates,omitempty"`
	OffsetsMinEmployees int                          `json:"offsets_min_employees,omitempty"`
	OffsetsMaxEmployees int                          `json:"offsets_max_employees,omitempty"`
	OffsetsIfIdleSeats  bool                         `json:"offsets_if_idle_seats,omitempty"`
	ByWordsOnly         bool                         `json:"by_words_only,omitempty"`
	Regions             []string                     `json:"regions,omitempty"`
	Requires            []string                     `json:"requires,omitempty"`
	Stages              []model.Stage                `json:"stages,omitempty"`
	Roles               []string                     `json:"roles,omitempty"`
}

func loadProducts(ctx context.Context, q queryer) ([]model.Product, error) {
	pains := map[string][]string{}
	solves := map[string]map[string]string{}
	rows, err := q.QueryContext(ctx, `SELECT product_id, category, how FROM product_pains ORDER BY product_id, category`)
	if err != nil {
		return nil, internalf(err, "read product pains")
	}
	for rows.Next() {
		var id, cat, how string
		if err := rows.Scan(&id, &cat, &how); err != nil {
			rows.Close()
			return nil, internalf(err, "read product pains")
		}
		pains[id] = append(pains[id], cat)
		if how != "" {
			if solves[id] == nil {
				solves[id] = map[string]string{}
			}
			solves[id][cat] = how
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internalf(err, "read product pains")
	}

	rows, err = q.QueryContext(ctx, `SELECT `+productColumns+` FROM products p ORDER BY p.family, p.tier, p.name, p.id`)
	if err != nil {
		return nil, internalf(err, "read products")
	}
	defer rows.Close()
	var out []model.Product
	for rows.Next() {
		var p model.Product
		if err := scanProduct(rows, &p); err != nil {
			return nil, internalf(err, "read products")
		}
		p.Pains = pains[p.ID]
		p.Solves = solves[p.ID]
		out = append(out, p)
	}
	return out, internalf(rows.Err(), "read products")
}

func loadComplements(ctx context.Context, q queryer) ([]model.Complement, error) {
	rows, err := q.QueryContext(ctx, `SELECT product_id, complement_id, reason FROM complements ORDER BY product_id, complement_id`)
	if err != nil {
		return nil, internalf(err, "read complements")
	}
	defer rows.Close()
	var out []model.Complement
	for rows.Next() {
		var c model.Complement
		if err := rows.Scan(&c.ProductID, &c.ComplementID, &c.Reason); err != nil {
			return nil, internalf(err, "read complements")
		}
		out = append(out, c)
	}
	return out, internalf(rows.Err(), "read complements")
}

func loadTalkingPoints(ctx context.Context, q queryer) ([]model.TalkingPointTemplate, error) {
	rows, err := q.QueryContext(ctx, `SELECT kind, for_kind, with_pain, locale, category, products, text FROM talking_points ORDER BY id`)
	if err != nil {
		return nil, internalf(err, "read talking points")
	}
	defer rows.Close()
	var out []model.TalkingPointTemplate
	for rows.Next() {
		var t model.TalkingPointTemplate
		var withPain sql.NullBool
		var products string
		if err := rows.Scan(&t.Kind, &t.For, &withPain, &t.Locale, &t.Category, &products, &t.Text); err != nil {
			return nil, internalf(err, "read talking points")
		}
		if products != "" {
			if err := json.Unmarshal([]byte(products), &t.Products); err != nil {
				return nil, internalf(err, "read the products of a talking point")
			}
		}
		if withPain.Valid {
			b := withPain.Bool
			t.WithPain = &b
		}
		out = append(out, t)
	}
	return out, internalf(rows.Err(), "read talking points")
}
