package importer

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
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
	productIDAliases   = []string{"productid", "sku", "productcode", "itemid", "itemcode", "stockcode", "itemnumber", "partnumber", "articlenumber"}
	productNameAliases = []string{"product", "productname", "item", "itemname", "productdescription", "itemdescription", "description"}
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

// holdingChange is a holding the import writes; key is the pairKey of its
// account and product in the import's ref indexes.
type holdingChange struct {
	key    uint64
	val    holdingVal
	isNew  bool
	remove bool
}

type holdingsImport struct {
	rows   chunked[holdingRow]
	intern interner

	accounts, products *refIndex
	stored             map[uint64]holdingVal // by pairKey, before the import
	changes            []holdingChange
	held               []heldChange
	stages             []stageChange
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
	if h.hasQty && h.quantity == 0 && h.hasSeats && h.seatsUsed > 0 {
		s, c := r.cell(hoQuantity)
		r.fail(c, s, fmt.Sprintf("licences while %d seats are in use: give the licences they bought", h.seatsUsed))
	}
	h.hasSince = r.date(hoSince, &h.since)
	if r.bad {
		h.line = -1 // counted among the problems; left out below
	}
}

// preload reads the accounts, products and holdings the file is compared
// with.
func (hi *holdingsImport) preload(ctx context.Context, tx *sql.Tx) (err error) {
	if hi.accounts, err = loadAccountIndex(ctx, tx); err != nil {
		return err
	}
	if hi.products, err = loadRefIndex(ctx, tx, "products", "product"); err != nil {
		return err
	}
	hi.stored, err = loadHoldings(ctx, tx, hi.accounts, hi.products)
	return err
}

func (hi *holdingsImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	accounts, products, stored := hi.accounts, hi.products, hi.stored
	hi.stored = nil // changed below for stages; not kept beyond plan
	// Resolve every row to its (account, product) key, then sort by key:
	// rows naming the same holding fall together, earliest first, and the
	// changes come out in the primary key's order for writing.
	type keyed struct {
		key uint64
		row int32
	}
	rows := make([]keyed, 0, hi.rows.len())
	for i := 0; i < hi.rows.len(); i++ {
		h := hi.rows.at(i)
		if h.line < 0 {
			continue
		}
		acc, prod, ok := resolveAccountProduct(e, accounts, products, h.line, h.accountID, h.account, h.productID, h.product)
		if !ok {
			continue
		}
		rows = append(rows, keyed{pairKey(accounts.ids[acc], products.ids[prod]), int32(i)})
	}
	slices.SortFunc(rows, func(a, b keyed) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.row, b.row)) })
	count := e.sum.count("holdings")
	hi.changes = make([]holdingChange, 0, len(rows))
	var first *holdingRow // the group's earliest row
	for i, r := range rows {
		h := hi.rows.at(int(r.row))
		if i > 0 && rows[i-1].key == r.key {
			acc, prod := accounts.list[int32(r.key>>32)], products.list[int32(uint32(r.key))]
			if first.quantity == h.quantity && first.seatsUsed == h.seatsUsed && first.since == h.since {
				e.sum.skip("repeats an earlier row", h.line)
			} else {
				e.p.add(h.line, "", acc+" / "+prod, fmt.Sprintf("repeats the holding of line %d with different data: keep one row per account and product", first.line))
			}
			continue
		}
		first = h
		old, exists := stored[r.key]
		val := old
		if !exists {
			val = holdingVal{quantity: 1}
		}
		if h.hasQty {
			val.quantity = h.quantity
		}
		if h.hasSeats {
			val.seatsUsed = h.seatsUsed
			// A new holding whose licences the file does not give holds
			// at least the seats in use: "5 of 1" is no seat count.
			if !exists && !h.hasQty {
				val.quantity = max(val.quantity, h.seatsUsed)
			}
		}
		if h.hasSince {
			val.since = h.since
		}
		switch {
		case !exists:
			count.Created++
		case val != old:
			count.Updated++
		default:
			count.Unchanged++
			continue
		}
		hi.changes = append(hi.changes, holdingChange{key: r.key, val: val, isNew: !exists})
	}
	hi.rows = chunked[holdingRow]{} // parsed rows are done with: let them go
	if !count.Changed() {
		return nil
	}
	hi.held = heldChanges(stored, hi.changes, accounts, products)
	// Stages inferred from data follow the new holdings.
	var err error
	hi.stages, err = planStages(ctx, tx, func() (*evidence, error) {
		ev := newEvidence()
		if err := loadPurchaseEvidence(ctx, tx, ev, nil); err != nil {
			return nil, err
		}
		for _, c := range hi.changes {
			stored[c.key] = c.val // stored is not needed as it was any more
		}
		for k, v := range stored {
			ev.won(accounts.list[int32(k>>32)], products.list[int32(uint32(k))], v.since)
		}
		return ev, nil
	}, e.now, e.sum)
	return err
}

// resolveAccountProduct resolves the account and the product a holding or
// purchase row names, reporting or skipping the row when either does not
// resolve; ok is false then.
func resolveAccountProduct(e *env, accounts, products *refIndex, line int, accountID, account, productID, product string) (acc, prod string, ok bool) {
	acc, why, amb := accounts.resolve(accountID, account)
	if reportRef(e, line, why, amb, "account", accountID, account) {
		return "", "", false
	}
	prod, why, amb = products.resolve(productID, product)
	if reportRef(e, line, why, amb, "product", productID, product) {
		return "", "", false
	}
	return acc, prod, true
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
	if err := writeHoldings(ctx, tx, hi.accounts, hi.products, hi.changes); err != nil {
		return err
	}
	if err := writeStages(ctx, tx, hi.stages); err != nil {
		return err
	}
	return updatePeersForHoldings(ctx, tx, hi.accounts, hi.held)
}

// writeHoldings inserts, updates and removes holdings. New ones go in key
// order, which keeps the table's b-tree appending instead of splitting;
// pairKey sorts as the (account_id, product_id) primary key does, because
// loadRefIndex numbers ids in order.
func writeHoldings(ctx context.Context, tx *sql.Tx, accounts, products *refIndex, changes []holdingChange) error {
	ids := func(key uint64) (string, string) {
		return accounts.list[int32(key>>32)], products.list[int32(uint32(key))]
	}
	byKey := func(a, b holdingChange) int { return cmp.Compare(a.key, b.key) }
	if !slices.IsSortedFunc(changes, byKey) {
		slices.SortFunc(changes, byKey)
	}
	added := 0
	for _, c := range changes {
		if c.isNew && !c.remove {
			added++
		}
	}
	err := withoutIndexes(ctx, tx, "holdings", added, func() error {
		ins, err := newBulkInsert(ctx, tx, "holdings", "account_id", "product_id", "quantity", "seats_used", "since")
		if err != nil {
			return err
		}
		for _, c := range changes {
			if !c.isNew || c.remove {
				continue
			}
			acc, prod := ids(c.key)
			if err := ins.add(acc, prod, c.val.quantity, c.val.seatsUsed, c.val.since); err != nil {
				ins.flush()
				return fmt.Errorf("store holdings: %w", err)
			}
		}
		if err := ins.flush(); err != nil {
			return fmt.Errorf("store holdings: %w", err)
		}
		return nil
	})
	if err != nil || added == len(changes) {
		return err
	}
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
		acc, prod := ids(c.key)
		switch {
		case c.isNew && !c.remove:
			continue
		case c.remove:
			_, err = del.ExecContext(ctx, acc, prod)
		default:
			_, err = upd.ExecContext(ctx, c.val.quantity, c.val.seatsUsed, c.val.since, acc, prod)
		}
		if err != nil {
			return fmt.Errorf("store the holding of %s in %s: %w", acc, prod, err)
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
