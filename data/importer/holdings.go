package importer

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"talktrack/data"
)

// Holding fields.
const (
	hoAccountID = iota
	hoAccount
	hoProductID
	hoProduct
	hoQuantity
	hoSeatsUsed
	hoSince
)

// Reference aliases shared by the kinds that point at accounts and
// products.
var (
	accountIDAliases   = []string{"accountid", "customerid", "companyid", "associatedcompanyid"}
	accountNameAliases = []string{"account", "accountname", "companyname", "company", "customer", "customername", "organization", "organisation"}
	productIDAliases   = []string{"productid", "sku", "productcode", "itemid", "itemcode"}
	productNameAliases = []string{"product", "productname", "item", "itemname"}
)

var holdingsSchema = &schema{kind: KindHoldings, fields: []field{
	hoAccountID: {"account_id", accountIDAliases},
	hoAccount:   {"account", accountNameAliases},
	hoProductID: {"product_id", productIDAliases},
	hoProduct:   {"product", productNameAliases},
	hoQuantity:  {"quantity", []string{"quantity", "qty", "seats", "licenses", "licences", "units", "seatspurchased"}},
	hoSeatsUsed: {"seats_used", []string{"seatsused", "usedseats", "activeseats", "activeusers", "seatsinuse"}},
	hoSince:     {"since", []string{"since", "startdate", "purchasedate", "date", "closedate", "orderdate", "activationdate", "contractstart"}},
}}

// holdingRow is one parsed row.
type holdingRow struct {
	line                int
	accountID, account  string
	productID, product  string
	quantity, seatsUsed int
	since               string
	hasQty, hasSeats    bool
	hasSince            bool
}

// holdingVal is what a holding stores besides its key.
type holdingVal struct {
	quantity, seatsUsed int
	since               string
}

// holdingChange is a holding the import writes.
type holdingChange struct {
	account, product string
	val              holdingVal
	isNew            bool
	remove           bool
}

type holdingsImport struct {
	rows   chunked[holdingRow]
	intern interner

	changes []holdingChange
	stages  []stageChange
}

func (hi *holdingsImport) schema() *schema { return holdingsSchema }

func (hi *holdingsImport) check(file string, b *binding) error {
	if err := b.require(file, "the account", hoAccountID, hoAccount); err != nil {
		return err
	}
	return b.require(file, "the product", hoProductID, hoProduct)
}

func (hi *holdingsImport) parse(r *row, sum *Summary) {
	if hi.intern == nil {
		hi.intern = interner{}
	}
	h := hi.rows.add()
	h.line = r.line
	h.accountID, h.account = hi.intern.get(r.text(hoAccountID)), hi.intern.get(r.text(hoAccount))
	h.productID, h.product = hi.intern.get(r.text(hoProductID)), hi.intern.get(r.text(hoProduct))
	h.quantity, h.hasQty = r.whole(hoQuantity, 0)
	h.seatsUsed, h.hasSeats = r.whole(hoSeatsUsed, 0)
	h.hasSince = r.date(hoSince, &h.since)
	if r.bad {
		h.line = -1 // counted among the problems; left out below
	}
}

func (hi *holdingsImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	accounts, err := loadRefIndex(ctx, tx, "accounts", "account")
	if err != nil {
		return err
	}
	products, err := loadRefIndex(ctx, tx, "products", "product")
	if err != nil {
		return err
	}
	stored, err := loadHoldings(ctx, tx, accounts, products)
	if err != nil {
		return err
	}
	final := make(map[uint64]holdingVal, len(stored))
	for k, v := range stored {
		final[k] = v
	}
	seen := map[uint64]int{} // pair → row index in the file
	count := e.sum.count("holdings")
	for i := 0; i < hi.rows.len(); i++ {
		h := hi.rows.at(i)
		if h.line < 0 {
			continue
		}
		acc, why, amb := accounts.resolve(h.accountID, h.account)
		if reportRef(e, h.line, why, amb, "account", h.accountID, h.account) {
			continue
		}
		prod, why, amb := products.resolve(h.productID, h.product)
		if reportRef(e, h.line, why, amb, "product", h.productID, h.product) {
			continue
		}
		key := pairKey(accounts.ids[acc], products.ids[prod])
		if j, ok := seen[key]; ok {
			prev := hi.rows.at(j)
			if prev.quantity == h.quantity && prev.seatsUsed == h.seatsUsed && prev.since == h.since {
				e.sum.skip("repeats an earlier row", h.line)
			} else {
				e.p.add(h.line, "", acc+" / "+prod, fmt.Sprintf("repeats the holding of line %d with different data: keep one row per account and product", prev.line))
			}
			continue
		}
		seen[key] = i
		old, exists := stored[key]
		val := old
		if !exists {
			val = holdingVal{quantity: 1}
		}
		if h.hasQty {
			val.quantity = h.quantity
		}
		if h.hasSeats {
			val.seatsUsed = h.seatsUsed
		}
		if h.hasSince {
			val.since = h.since
		}
		final[key] = val
		switch {
		case !exists:
			count.Created++
		case val != old:
			count.Updated++
		default:
			count.Unchanged++
			continue
		}
		hi.changes = append(hi.changes, holdingChange{account: acc, product: prod, val: val, isNew: !exists})
	}
	if !count.Changed() {
		return nil
	}
	// Stages inferred from data follow the new holdings.
	hi.stages, err = planStages(ctx, tx, func() (*evidence, error) {
		ev := newEvidence()
		if err := loadPurchaseEvidence(ctx, tx, ev, nil); err != nil {
			return nil, err
		}
		for k, v := range final {
			ev.won(accounts.list[int32(k>>32)], products.list[int32(uint32(k))], v.since)
		}
		return ev, nil
	}, e.now, e.sum)
	return err
}

// reportRef deals with a reference that did not resolve: a name that fits
// several records is a problem; a missing or unknown one skips the row.
// It reports whether the row is done with.
func reportRef(e *env, line int, why string, ambiguous []string, what, id, name string) bool {
	switch {
	case len(ambiguous) > 0:
		e.p.add(line, what, cmp.Or(name, id), fmt.Sprintf("fits several %ss (%s): give the %s id instead", what, joinIDs(ambiguous), what))
		return true
	case why != "":
		e.sum.skip(why, line)
		return true
	}
	return false
}

func joinIDs(ids []string) string {
	if len(ids) > 5 {
		return fmt.Sprintf("%s, … %d in all", joinNonEmpty(", ", ids[:5]...), len(ids))
	}
	return joinNonEmpty(", ", ids...)
}

func (hi *holdingsImport) apply(ctx context.Context, tx *sql.Tx, e *env) error {
	if err := writeHoldings(ctx, tx, hi.changes); err != nil {
		return err
	}
	if err := writeStages(ctx, tx, hi.stages); err != nil {
		return err
	}
	return data.RefreshPeerStats(ctx, tx)
}

// writeHoldings inserts, updates and removes holdings. New ones go in key
// order, which keeps the table's b-tree appending instead of splitting.
func writeHoldings(ctx context.Context, tx *sql.Tx, changes []holdingChange) error {
	slices.SortFunc(changes, func(a, b holdingChange) int {
		return cmp.Or(cmp.Compare(a.account, b.account), cmp.Compare(a.product, b.product))
	})
	ins, err := tx.PrepareContext(ctx, `INSERT INTO holdings (quantity, seats_used, since, account_id, product_id) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare holding insert: %w", err)
	}
	defer ins.Close()
	upd, err := tx.PrepareContext(ctx, `UPDATE holdings SET quantity = ?, seats_used = ?, since = ? WHERE account_id = ? AND product_id = ?`)
	if err != nil {
		return fmt.Errorf("prepare holding update: %w", err)
	}
	defer upd.Close()
	del, err := tx.PrepareContext(ctx, `DELETE FROM holdings WHERE account_id = ? AND product_id = ?`)
	if err != nil {
		return fmt.Errorf("prepare holding removal: %w", err)
	}
	defer del.Close()
	for _, c := range changes {
		switch {
		case c.remove:
			_, err = del.ExecContext(ctx, c.account, c.product)
		case c.isNew:
			_, err = ins.ExecContext(ctx, c.val.quantity, c.val.seatsUsed, c.val.since, c.account, c.product)
		default:
			_, err = upd.ExecContext(ctx, c.val.quantity, c.val.seatsUsed, c.val.since, c.account, c.product)
		}
		if err != nil {
			return fmt.Errorf("store the holding of %s in %s: %w", c.account, c.product, err)
		}
	}
	return nil
}

// loadHoldings reads every stored holding, keyed by account and product
// number in the indexes.
func loadHoldings(ctx context.Context, tx *sql.Tx, accounts, products *refIndex) (map[uint64]holdingVal, error) {
	rows, err := tx.QueryContext(ctx, `SELECT account_id, product_id, quantity, seats_used, since FROM holdings`)
	if err != nil {
		return nil, fmt.Errorf("read holdings: %w", err)
	}
	defer rows.Close()
	out := map[uint64]holdingVal{}
	dates := interner{}
	for rows.Next() {
		var acc, prod string
		var v holdingVal
		if err := rows.Scan(&acc, &prod, &v.quantity, &v.seatsUsed, &v.since); err != nil {
			return nil, fmt.Errorf("read holdings: %w", err)
		}
		a, ok1 := accounts.ids[acc]
		p, ok2 := products.ids[prod]
		if !ok1 || !ok2 {
			continue // the schema's foreign keys make this unreachable
		}
		v.since = dates.get(v.since)
		out[pairKey(a, p)] = v
	}
	return out, rows.Err()
}
