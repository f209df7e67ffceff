package data

import (
	"context"
	"database/sql"
	"encoding/json"

	"talktrack/model"
)

// ReplacePlaybook makes the stored playbook pb inside tx: products are
// upserted (keyed by id), and pain categories, product pains, complements
// and talking point templates are replaced wholesale. A product that pb no
// longer lists is deleted only when no holding or purchase refers to it;
// otherwise it stays, so that what a customer owns is still shown.
// The playbook's version in meta is bumped, so every Store reloads its
// catalog once the transaction commits.
func ReplacePlaybook(ctx context.Context, tx *sql.Tx, pb model.Playbook) error {
	if err := checkPlaybook(pb); err != nil {
		return err
	}
	if err := setMeta(ctx, tx, metaCurrency, currencyOf(pb.Currency)); err != nil {
		return internalf(err, "store the currency")
	}
	for _, q := range []string{
		`DELETE FROM product_pains`,
		`DELETE FROM complements`,
		`DELETE FROM pain_categories`,
		`DELETE FROM talking_points`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internalf(err, "clear the playbook")
		}
	}
	if err := upsertProducts(ctx, tx, pb.Products); err != nil {
		return err
	}
	if err := insertPlaybookRelations(ctx, tx, pb); err != nil {
		return err
	}
	if err := insertTalkingPoints(ctx, tx, pb.TalkingPoints); err != nil {
		return err
	}
	if err := storeCueRules(ctx, tx, pb.Cues); err != nil {
		return err
	}
	return internalf(bumpVersion(ctx, tx, metaPlaybookVersion), "record the playbook's version")
}

// checkPlaybook rejects what the schema would refuse with a less helpful
// message: products without an id, and complements naming products the
// playbook does not list.
func checkPlaybook(pb model.Playbook) error {
	ids := make(map[string]bool, len(pb.Products))
	for _, p := range pb.Products {
		if p.ID == "" {
			return model.Errorf(model.EINVALID, "product %q has no id: give every product an id in the playbook", p.Name)
		}
		ids[p.ID] = true
	}
	for _, c := range pb.Complements {
		for _, id := range []string{c.ProductID, c.ComplementID} {
			if !ids[id] {
				return model.Errorf(model.EINVALID, "complement %s → %s names product %q, which the playbook does not list", c.ProductID, c.ComplementID, id)
			}
		}
	}
	return nil
}

func upsertProducts(ctx context.Context, tx *sql.Tx, products []model.Product) error {
	// A product the playbook marks discontinued is no longer sold; one it
	// does not mark keeps what a product export said of it.
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO products (id, name, name_key, family, tier, price, billing_unit, offsets, seated, i18n, discontinued)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
			family = excluded.family, tier = excluded.tier, price = excluded.price,
			billing_unit = excluded.billing_unit, offsets = excluded.offsets, seated = excluded.seated,
			i18n = excluded.i18n, discontinued = max(products.discontinued, excluded.discontinued)`)
	if err != nil {
		return internalf(err, "prepare products")
	}
	defer stmt.Close()
	ids := make([]string, 0, len(products))
	for _, p := range products {
		// Every product sits on one ladder: a lone product is a family of
		// one, named by its id, on the entry tier.
		family, tier := p.Family, p.Tier
		if family == "" {
			family = p.ID
		}
		if tier < 1 {
			tier = 1
		}
		i18n, err := json.Marshal(productI18n{Prices: p.Prices, Texts: p.Texts, Integrates: p.Integrates, OffsetsMinEmployees: p.OffsetsMinEmployees, OffsetsMaxEmployees: p.OffsetsMaxEmployees, Regions: p.Regions, Requires: p.Requires, Stages: p.Stages, OffsetsIfIdleSeats: p.OffsetsIfIdleSeats, ByWordsOnly: p.ByWordsOnly, Roles: p.Roles})
		if err != nil {
			return internalf(err, "store product %s", p.ID)
		}
		if _, err := stmt.ExecContext(ctx, p.ID, p.Name, model.NameKey(p.Name), family, tier, p.Price, p.BillingUnit, p.Offsets, p.Seated, string(i18n), p.Discontinued); err != nil {
			return internalf(err, "store product %s", p.ID)
		}
		ids = append(ids, p.ID)
	}
	keep, err := json.Marshal(ids)
	if err != nil {
		return internalf(err, "list products")
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM products
		WHERE id NOT IN (SELECT value FROM json_each(?))
		  AND NOT EXISTS (SELECT 1 FROM holdings h WHERE h.product_id = products.id)
		  AND NOT EXISTS (SELECT 1 FROM purchases u WHERE u.product_id = products.id)`, string(keep))
	return internalf(err, "remove products the playbook dropped")
}

func insertPlaybookRelations(ctx context.Context, tx *sql.Tx, pb model.Playbook) error {
	cats, err := tx.PrepareContext(ctx, `INSERT INTO pain_categories (id, label, labels, aliases) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET label = excluded.label, labels = excluded.labels, aliases = excluded.aliases`)
	if err != nil {
		return internalf(err, "prepare pain categories")
	}
	defer cats.Close()
	for _, c := range pb.PainCategories {
		labels := c.Labels
		if labels == nil {
			labels = map[string]string{}
		}
		lj, err := json.Marshal(labels)
		if err != nil {
			return internalf(err, "store pain category %s", c.ID)
		}
		aliases := c.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		aj, err := json.Marshal(aliases)
		if err != nil {
			return internalf(err, "store pain category %s", c.ID)
		}
		if _, err := cats.ExecContext(ctx, c.ID, c.Label, string(lj), string(aj)); err != nil {
			return internalf(err, "store pain category %s", c.ID)
		}
	}

	pains, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO product_pains (product_id, category, how) VALUES (?, ?, ?)`)
	if err != nil {
		return internalf(err, "prepare product pains")
	}
	defer pains.Close()
	for _, p := range pb.Products {
		for _, cat := range p.Pains {
			if _, err := pains.ExecContext(ctx, p.ID, cat, p.Solves[cat]); err != nil {
				return internalf(err, "store pains of product %s", p.ID)
			}
		}
	}

	comps, err := tx.PrepareContext(ctx, `INSERT INTO complements (product_id, complement_id, reason) VALUES (?, ?, ?)
		ON CONFLICT (product_id, complement_id) DO UPDATE SET reason = excluded.reason`)
	if err != nil {
		return internalf(err, "prepare complements")
	}
	defer comps.Close()
	for _, c := range pb.Complements {
		if _, err := comps.ExecContext(ctx, c.ProductID, c.ComplementID, c.Reason); err != nil {
			return internalf(err, "store complement %s → %s", c.ProductID, c.ComplementID)
		}
	}
	return nil
}

// productList stores the product ids a talking point is written for: a
// JSON array, empty for every product.
func productList(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	b, _ := json.Marshal(ids) // a list of strings always encodes
	return string(b)
}

func insertTalkingPoints(ctx context.Context, tx *sql.Tx, templates []model.TalkingPointTemplate) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO talking_points (kind, for_kind, with_pain, locale, category, products, text) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return internalf(err, "prepare talking points")
	}
	defer stmt.Close()
	for _, t := range templates {
		var withPain any // NULL: either
		if t.WithPain != nil {
			withPain = *t.WithPain
		}
		if _, err := stmt.ExecContext(ctx, string(t.Kind), string(t.For), withPain, t.Locale, t.Category, productList(t.Products), t.Text); err != nil {
			return internalf(err, "store a %s talking point", t.Kind)
		}
	}
	return nil
}
