package importer

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"talktrack/model"
)

// Product fields.
const (
	prID = iota
	prName
	prFamily
	prTier
	prPrice
	prUnit
	prOffsets
	prSeated
	prPains
	prDiscontinued
	prActive
)

var productsSchema = &schema{kind: KindProducts, fields: []field{
	prID:      {"id", []string{"productid", "id", "recordid", "sku", "productcode", "itemid", "itemcode", "stockcode", "itemnumber", "partnumber", "articlenumber", "code"}},
	prName:    {"name", []string{"productname", "product", "name", "itemname", "item", "productdescription", "itemdescription", "description"}},
	prFamily:  {"family", []string{"family", "productfamily", "series", "productseries", "productline", "line", "ladder"}},
	prTier:    {"tier", []string{"tier", "tiernumber", "level", "rank"}},
	prPrice:   {"price", []string{"salesprice", "unitprice", "price", "listprice", "msrp", "standardprice"}},
	prUnit:    {"billing_unit", []string{"billingunit", "unit", "per", "priceunit", "quantityperunit", "unitofmeasure", "uom", "billingperiod"}},
	prOffsets: {"offsets", []string{"offsets", "valuenote", "justification"}},
	prSeated:  {"seated", []string{"seated", "perseat", "seatbased", "priceperseat"}},
	prPains:   {"pains", []string{"pains", "paincategories", "solves", "addresses"}},
	// Whether the product is still sold, said either way round.
	prDiscontinued: {"discontinued", []string{"discontinued", "isdiscontinued", "retired", "isretired", "endofsale", "endoflife", "eol", "deprecated", "archived", "isarchived", "obsolete"}},
	prActive:       {"active", []string{"active", "isactive", "sellable", "forsale", "onsale", "available", "status", "productstatus", "salesstatus", "lifecyclestatus", "lifecycle"}},
}}

// productRow is one parsed row; set has a bit per field the row gives.
type productRow struct {
	line                         int
	set                          uint32
	id, name, family, unit, offs string
	tier                         int
	price                        float64
	seated, discontinued         bool
	pains                        string // sorted categories joined by ","
}

func (p *productRow) has(fi int) bool { return p.set&(1<<fi) != 0 }

// productRec is a product as stored; pains are its categories, sorted and
// joined by ",".
type productRec struct {
	id, name, family, unit, offsets, pains string
	tier                                   int
	price                                  float64
	seated, discontinued                   bool
}

type productsImport struct {
	rows     []*productRow
	seen     map[string]*productRow
	byPrice  bool // no tier column: tiers follow price order
	noFamily bool // no family column: new products are families of one
	idNames  bool // no name column: new products are named by their id

	created, updated []*productRec
	painsChanged     []*productRec
}

func (pi *productsImport) schema() *schema { return productsSchema }

func (pi *productsImport) check(file string, b *binding) error {
	pi.byPrice, pi.noFamily, pi.idNames = !b.has(prTier), !b.has(prFamily), !b.has(prName)
	return b.require(file, "the product name", prName, prID)
}

func (pi *productsImport) parse(r *row, sum *Summary) {
	p := &productRow{line: r.line, id: r.id(prID), name: r.text(prName)}
	if p.id == "" && p.name == "" {
		sum.skip("no product name", r.line)
		return
	}
	if p.name != "" {
		p.set |= 1 << prName
	}
	for _, f := range []struct {
		fi  int
		dst *string
	}{{prFamily, &p.family}, {prUnit, &p.unit}, {prOffsets, &p.offs}} {
		if v := r.text(f.fi); v != "" {
			*f.dst, p.set = v, p.set|1<<f.fi
		}
	}
	if v, c := r.cell(prTier); v == "" && !pi.byPrice {
		r.fail(c, v, "is missing: the file has a tier column, so every product needs its tier (1 is the entry tier)")
	} else if n, ok := r.whole(prTier, 1); ok {
		p.tier, p.set = n, p.set|1<<prTier
	}
	if v, c := r.cell(prPrice); v != "" {
		switch n, err := parseNumber(v, r.rd.decimalComma); {
		case err != nil:
			r.fail(c, v, err.Error())
		case n < 0:
			r.fail(c, v, "is a negative price")
		default:
			p.price, p.set = n, p.set|1<<prPrice
		}
	}
	if v, ok := r.boolean(prSeated); ok {
		p.seated, p.set = v, p.set|1<<prSeated
	}
	if v := r.text(prPains); v != "" {
		p.pains, p.set = painList(v), p.set|1<<prPains
	}
	if v, ok := r.boolean(prDiscontinued); ok {
		p.discontinued, p.set = v, p.set|1<<prDiscontinued
	}
	if v, c := r.cell(prActive); v != "" {
		switch sold, ok := parseOnSale(v); {
		case !ok:
			r.fail(c, v, "is not a product status talktrack knows: use active or discontinued (or yes or no)")
		default:
			p.discontinued, p.set = p.discontinued || !sold, p.set|1<<prDiscontinued
		}
	}
	if r.bad {
		return
	}
	key, what := "id\x00"+p.id, "product id "+p.id
	if p.id == "" {
		key, what = "name\x00"+nameKeyOrText(p.name), "product "+p.name
	}
	if pi.seen == nil {
		pi.seen = map[string]*productRow{}
	}
	if prev, ok := pi.seen[key]; ok {
		a, b := *prev, *p
		a.line, b.line = 0, 0
		if a == b {
			sum.skip("repeats an earlier row", r.line)
		} else {
			r.failRow(fmt.Sprintf("repeats %s of line %d with different data: keep one row per product", what, prev.line))
		}
		return
	}
	pi.seen[key] = p
	pi.rows = append(pi.rows, p)
}

// painList reads pain categories separated by "|", ";" or ",", as keys.
func painList(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ';' || r == ',' })
	var cats []string
	for _, p := range parts {
		if c := painCategoryKey(p); c != "" && !slices.Contains(cats, c) {
			cats = append(cats, c)
		}
	}
	slices.Sort(cats)
	return strings.Join(cats, ",")
}

// painCategoryKey folds a category as written ("Data quality") to the
// playbook's key form ("data_quality").
func painCategoryKey(s string) string {
	f := strings.Fields(strings.ToLower(strings.NewReplacer("-", " ", "_", " ").Replace(s)))
	return strings.Join(f, "_")
}

func (pi *productsImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	stored, ix, err := loadProducts(ctx, tx)
	if err != nil {
		return err
	}
	claims := newRowClaims(ix, "product", func(id string) bool { return stored[id] != nil })
	final := map[string]*productRec{} // every product after the import, by id
	for id, p := range stored {
		final[id] = p
	}
	var changes []productChange
	namedByID := 0
	for _, p := range pi.rows {
		if pi.idNames && p.id != "" && stored[p.id] == nil {
			p.name, p.set = p.id, p.set|1<<prName
			namedByID++
		}
		id, ok := claims.claim(e, p.line, p.id, p.name)
		if !ok {
			continue
		}
		old := stored[id]
		rec := &productRec{id: id, family: id, tier: 1}
		if old != nil {
			*rec = *old
		} else {
			claims.fresh[id] = true
		}
		p.applyTo(rec)
		final[id] = rec
		changes = append(changes, productChange{rec, old})
	}
	if pi.byPrice {
		changes = tierByPrice(final, changes, e.sum)
	}
	count := e.sum.count("products")
	for _, c := range changes {
		switch {
		case c.old == nil:
			count.Created++
			pi.created = append(pi.created, c.rec)
		case *c.rec != *c.old:
			count.Updated++
			pi.updated = append(pi.updated, c.rec)
		default:
			count.Unchanged++
			continue
		}
		if c.old == nil && c.rec.pains != "" || c.old != nil && c.old.pains != c.rec.pains {
			pi.painsChanged = append(pi.painsChanged, c.rec)
		}
	}
	if n := discontinuedIn(changes); n > 0 {
		e.sum.note("%s no longer sold (discontinued): never offered, though accounts that hold %s keep %s",
			plural(n, "1 product is", thousands(n)+" products are"), plural(n, "it", "them"), plural(n, "it", "them"))
	}
	if namedByID > 0 {
		e.sum.note("no name column: %s new %s named by %s id; import a file with names to rename them",
			thousands(namedByID), plural(namedByID, "product is", "products are"), plural(namedByID, "its", "their"))
	}
	if pi.noFamily && count.Created > 0 {
		e.sum.note("no family column: each new product is a family of one, so no upsell links it to another; name a family column with --map COLUMN=family if the export has one")
	}
	return nil
}

func (p *productRow) applyTo(rec *productRec) {
	keep(p.has(prName), &rec.name, p.name)
	keep(p.has(prFamily), &rec.family, p.family)
	keep(p.has(prUnit), &rec.unit, p.unit)
	keep(p.has(prOffsets), &rec.offsets, p.offs)
	keep(p.has(prPains), &rec.pains, p.pains)
	keep(p.has(prTier), &rec.tier, p.tier)
	keep(p.has(prPrice), &rec.price, p.price)
	keep(p.has(prSeated), &rec.seated, p.seated)
	keep(p.has(prDiscontinued), &rec.discontinued, p.discontinued)
}

// parseOnSale reads a product status: whether the product is still sold;
// ok is false for a status it does not know.
func parseOnSale(s string) (sold, ok bool) {
	switch strings.NewReplacer(" ", "", "-", "", "_", "").Replace(strings.ToLower(strings.TrimSpace(s))) {
	case "active", "available", "live", "current", "onsale", "forsale", "selling", "released", "published", "enabled", "ga", "generallyavailable":
		return true, true
	case "inactive", "discontinued", "retired", "archived", "endoflife", "eol", "endofsale", "eos", "deprecated", "withdrawn",
		"obsolete", "disabled", "phasedout", "phaseout", "sunset", "sunsetted", "notforsale", "unavailable":
		return false, true
	}
	if v, err := parseBool(s); err == nil {
		return v, true
	}
	return false, false
}

// productChange is a product the import writes (old is nil when new).
type productChange struct{ rec, old *productRec }

// tierByPrice numbers the tiers of every family the file touches by price,
// cheapest first (ties by name), stored products of those families
// included, and says so in the summary. A stored product whose tier moves
// becomes a change of its own.
func tierByPrice(final map[string]*productRec, changes []productChange, sum *Summary) []productChange {
	changing := map[string]bool{}
	families := map[string]bool{}
	for _, c := range changes {
		changing[c.rec.id] = true
		families[c.rec.family] = true
		if c.old != nil {
			families[c.old.family] = true
		}
	}
	byFamily := map[string][]*productRec{}
	for _, p := range final {
		if families[p.family] {
			byFamily[p.family] = append(byFamily[p.family], p)
		}
	}
	var ladders []string
	for _, fam := range slices.Sorted(maps.Keys(byFamily)) {
		ps := byFamily[fam]
		slices.SortFunc(ps, func(a, b *productRec) int {
			return cmp.Or(cmp.Compare(a.price, b.price), cmp.Compare(model.NameKey(a.name), model.NameKey(b.name)), cmp.Compare(a.id, b.id))
		})
		names := make([]string, len(ps))
		for i, p := range ps {
			names[i] = fmt.Sprintf("%s (%s)", p.name, price(p.price))
			if p.tier == i+1 {
				continue
			}
			if changing[p.id] {
				p.tier = i + 1
				continue
			}
			moved := *p
			moved.tier = i + 1
			final[p.id] = &moved
			changes = append(changes, productChange{&moved, p})
		}
		if len(ps) > 1 {
			ladders = append(ladders, fam+": "+strings.Join(names, " < "))
		}
	}
	if len(ladders) > 0 {
		sum.note("no tier column: tiers within each family follow price order, cheapest first: %s", strings.Join(ladders, "; "))
	}
	return changes
}

// price formats a price for notes: "1,096" or "21.35".
func price(v float64) string {
	if v == float64(int64(v)) {
		return thousands(int(v))
	}
	return fmt.Sprintf("%.2f", v)
}

func (pi *productsImport) apply(ctx context.Context, tx *sql.Tx, e *env) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO products (name, name_key, family, tier, price, billing_unit, offsets, seated, discontinued, id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare product insert: %w", err)
	}
	defer ins.Close()
	upd, err := tx.PrepareContext(ctx, `UPDATE products SET name = ?, name_key = ?, family = ?, tier = ?, price = ?,
		billing_unit = ?, offsets = ?, seated = ?, discontinued = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare product update: %w", err)
	}
	defer upd.Close()
	for _, batch := range []struct {
		stmt *sql.Stmt
		recs []*productRec
	}{{ins, pi.created}, {upd, pi.updated}} {
		for _, r := range batch.recs {
			if _, err := batch.stmt.ExecContext(ctx, r.name, model.NameKey(r.name), r.family, r.tier, r.price, r.unit, r.offsets, r.seated, r.discontinued, r.id); err != nil {
				return fmt.Errorf("store product %s: %w", r.id, err)
			}
		}
	}
	for _, r := range pi.painsChanged {
		if _, err := tx.ExecContext(ctx, `DELETE FROM product_pains WHERE product_id = ?`, r.id); err != nil {
			return fmt.Errorf("store the pains of product %s: %w", r.id, err)
		}
		for _, cat := range strings.Split(r.pains, ",") {
			if cat == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO product_pains (product_id, category) VALUES (?, ?)`, r.id, cat); err != nil {
				return fmt.Errorf("store the pains of product %s: %w", r.id, err)
			}
		}
	}
	return nil
}

// loadProducts reads every stored product with its pain categories.
func loadProducts(ctx context.Context, tx *sql.Tx) (map[string]*productRec, *refIndex, error) {
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.name, p.family, p.tier, p.price, p.billing_unit, p.offsets, p.seated, p.discontinued,
		coalesce((SELECT group_concat(category, ',') FROM (SELECT category FROM product_pains WHERE product_id = p.id ORDER BY category)), '')
		FROM products p`)
	if err != nil {
		return nil, nil, fmt.Errorf("read products: %w", err)
	}
	defer rows.Close()
	stored := map[string]*productRec{}
	ix := newRefIndex("product")
	for rows.Next() {
		r := &productRec{}
		if err := rows.Scan(&r.id, &r.name, &r.family, &r.tier, &r.price, &r.unit, &r.offsets, &r.seated, &r.discontinued, &r.pains); err != nil {
			return nil, nil, fmt.Errorf("read products: %w", err)
		}
		stored[r.id] = r
		ix.add(r.id, r.name)
	}
	return stored, ix, rows.Err()
}

// discontinuedIn counts the products the import marks as no longer sold.
func discontinuedIn(changes []productChange) int {
	n := 0
	for _, c := range changes {
		if c.rec.discontinued && (c.old == nil || !c.old.discontinued) {
			n++
		}
	}
	return n
}
