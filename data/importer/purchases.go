package importer

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"slices"
	"strings"
)

// Purchase fields.
const (
	puID = iota
	puOrderID
	puAccountID
	puAccount
	puProductID
	puProduct
	puDate
	puStartDate
	puQuantity
	puAmount
	puUnitPrice
	puDiscount
	puStage
)

var purchasesSchema = &schema{kind: KindPurchases, fields: []field{
	puID:        {"id", []string{"opportunityid", "dealid", "recordid", "id", "lineid", "orderlineid", "lineitemid", "opportunitylineitemid", "transactionid"}},
	puOrderID:   {"order_id", []string{"orderid", "ordernumber", "orderno", "invoiceid", "invoicenumber", "invoiceno"}},
	puAccountID: {"account_id", accountIDAliases},
	puAccount:   {"account", accountNameAliases},
	puProductID: {"product_id", productIDAliases},
	puProduct:   {"product", productNameAliases},
	puDate:      {"date", []string{"closedate", "orderdate", "date", "purchasedate", "invoicedate", "wondate", "closeddate"}},
	puStartDate: {"start_date", []string{"engagedate", "createddate", "createdate", "opendate", "startdate"}},
	puQuantity:  {"quantity", []string{"quantity", "qty", "seats", "units", "licenses", "licences"}},
	puAmount:    {"amount", []string{"closevalue", "amount", "total", "revenue", "value", "linetotal", "dealamount", "totalprice", "netamount", "extendedprice"}},
	puUnitPrice: {"unit_price", []string{"unitprice", "salesprice", "price", "listprice"}},
	puDiscount:  {"discount", []string{"discount", "discountpct", "discountpercent"}},
	puStage:     {"stage", []string{"dealstage", "stage", "status", "orderstatus", "dealstatus"}},
}}

// purchaseRow is one parsed row.
type purchaseRow struct {
	line               int
	source             string // the CRM's id for the line; see sourceID
	accountID, account string
	productID, product string
	date, startDate    string
	quantity           int
	amount             float64
	stage              string
}

// purchaseVal is what a purchase stores besides its source id.
type purchaseVal struct {
	rowID            int64 // purchases.id; 0 for a new one
	account, product string
	date             string
	quantity         int
	amount           float64
	stage            string
}

func (v purchaseVal) sameData(w purchaseVal) bool {
	v.rowID, w.rowID = 0, 0
	return v == w
}

type purchasesImport struct {
	rows      chunked[purchaseRow]
	intern    interner
	hasStage  bool
	byID      map[string]int // source id → first row index, for repeats
	occurs    map[string]int // derived source key → occurrences so far
	unknownSt map[string]int // stage words read as open → rows

	created, updated []purchaseVal
	createdSrc       []string
	holdings         []holdingChange
	held             []heldChange
	storedPurchases  map[string]purchaseVal // by source id, before the import
	storedHoldings   map[uint64]holdingVal  // by pairKey, before the import
	accounts         *refIndex
	products         *refIndex
	stages           []stageChange
}

func (pi *purchasesImport) schema() *schema { return purchasesSchema }

func (pi *purchasesImport) check(file string, b *binding) error {
	pi.hasStage = b.has(puStage)
	if err := b.require(file, "the account", puAccountID, puAccount); err != nil {
		return err
	}
	return b.require(file, "the product", puProductID, puProduct)
}

func (pi *purchasesImport) parse(r *row, sum *Summary) {
	if pi.intern == nil {
		pi.intern, pi.byID, pi.occurs, pi.unknownSt = interner{}, map[string]int{}, map[string]int{}, map[string]int{}
	}
	in := pi.intern.get
	p := pi.rows.add()
	p.line = r.line
	p.accountID, p.account = in(r.text(puAccountID)), in(r.text(puAccount))
	p.productID, p.product = in(r.text(puProductID)), in(r.text(puProduct))
	r.date(puDate, &p.date)
	r.date(puStartDate, &p.startDate)
	p.quantity = 1
	if s, _ := r.cell(puQuantity); s != "" {
		// Order exports list returns and cancellations as lines of negative
		// quantity: they are not purchases.
		if n, err := parseWhole(s, r.rd.decimalComma); err == nil && n < 0 {
			sum.skip("a return or cancellation (negative quantity)", r.line)
			p.line = -1
			return
		}
	}
	if n, ok := r.whole(puQuantity, 0); ok {
		p.quantity = n
	}
	if v, ok := r.number(puAmount); ok {
		p.amount = v
	} else if unit, ok := r.number(puUnitPrice); ok {
		// An order line without a total: quantity × unit price, less the
		// discount (a fraction such as 0.05, or a percentage).
		disc := 0.0
		if s, c := r.cell(puDiscount); s != "" {
			d, err := parseDiscount(s, r.rd.decimalComma)
			if err != nil {
				r.fail(c, s, err.Error())
			}
			disc = d
		}
		p.amount = math.Round(float64(p.quantity)*unit*(1-disc)*100) / 100
	}
	p.stage = stageWon
	if pi.hasStage {
		st, known := purchaseStage(r.text(puStage))
		p.stage = st
		if !known {
			pi.unknownSt[r.text(puStage)]++
		}
	}
	if r.bad {
		p.line = -1
		return
	}
	p.source = pi.sourceID(r, p, sum)
}

// sourceID is the key that makes re-importing a purchase update it instead
// of adding it again: the CRM's line or deal id when the file has one;
// otherwise the order id and product ("10248/11"); otherwise a digest of
// account, product and date. A repeat of a derived key gets "#2", "#3" in
// file order (an order may list one product twice); a repeated line id is
// a problem unless the whole row repeats.
func (pi *purchasesImport) sourceID(r *row, p *purchaseRow, sum *Summary) string {
	if id := r.text(puID); id != "" {
		if j, ok := pi.byID[id]; ok {
			prev := pi.rows.at(j)
			a, b := *prev, *p
			a.line, b.line, a.source = 0, 0, ""
			if a == b {
				sum.skip("repeats an earlier row", p.line)
			} else {
				r.failRow(fmt.Sprintf("repeats id %s of line %d with different data: each deal or order line needs its own id", id, prev.line))
			}
			p.line = -1
			return ""
		}
		pi.byID[id] = pi.rows.len() - 1
		return id
	}
	var key string
	if order := r.text(puOrderID); order != "" {
		key = order + "/" + cmp.Or(p.productID, p.product)
	} else {
		h := fnv.New64a()
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s", p.accountID, p.account, p.productID, p.product, p.date, p.startDate)
		key = fmt.Sprintf("row:%016x", h.Sum64())
	}
	pi.occurs[key]++
	if n := pi.occurs[key]; n > 1 {
		key = fmt.Sprintf("%s#%d", key, n)
	}
	return key
}

// preload reads the accounts, products, purchases and holdings the file
// is compared with.
func (pi *purchasesImport) preload(ctx context.Context, tx *sql.Tx) (err error) {
	if pi.accounts, err = loadAccountIndex(ctx, tx); err != nil {
		return err
	}
	if pi.products, err = loadRefIndex(ctx, tx, "products", "product"); err != nil {
		return err
	}
	if pi.storedPurchases, err = loadPurchases(ctx, tx); err != nil {
		return err
	}
	pi.storedHoldings, err = loadHoldings(ctx, tx, pi.accounts, pi.products)
	return err
}

func (pi *purchasesImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	accounts, products, stored := pi.accounts, pi.products, pi.storedPurchases
	count := e.sum.count("purchases")
	// The file's purchases by source id, resolved; stored ones it does not
	// name stay as they are.
	named := map[string]purchaseVal{}
	history := map[string]int{}
	for i := 0; i < pi.rows.len(); i++ {
		p := pi.rows.at(i)
		if p.line < 0 {
			continue
		}
		acc, prod, ok := resolveAccountProduct(e, accounts, products, p.line, p.accountID, p.account, p.productID, p.product)
		if !ok {
			continue
		}
		v := purchaseVal{account: acc, product: prod, date: cmp.Or(p.date, p.startDate), quantity: p.quantity, amount: p.amount, stage: p.stage}
		if p.stage != stageWon {
			history[p.stage]++
		}
		old, exists := stored[p.source]
		v.rowID = old.rowID
		named[p.source] = v
		switch {
		case !exists:
			count.Created++
			pi.created = append(pi.created, v)
			pi.createdSrc = append(pi.createdSrc, p.source)
		case !v.sameData(old):
			count.Updated++
			pi.updated = append(pi.updated, v)
		default:
			count.Unchanged++
		}
	}
	if !pi.hasStage {
		e.sum.note("no stage column: every row is an order line the customer bought (won)")
	}
	if history[stageOpen]+history[stageLost] > 0 {
		e.sum.note("kept as history only, not as holdings: %s open and %s lost", thousands(history[stageOpen]), thousands(history[stageLost]))
	}
	if len(pi.unknownSt) > 0 {
		var words []string
		for _, w := range slices.Sorted(maps.Keys(pi.unknownSt)) {
			words = append(words, fmt.Sprintf("%q (%s)", cmp.Or(w, "empty"), thousands(pi.unknownSt[w])))
		}
		e.sum.note("stages read as open deals: %s", strings.Join(words, ", "))
	}
	return pi.planHoldings(ctx, tx, e, accounts, products, stored, named)
}

func (pi *purchasesImport) apply(ctx context.Context, tx *sql.Tx, e *env) error {
	err := withoutIndexes(ctx, tx, "purchases", len(pi.created), func() error {
		ins, err := newBulkInsert(ctx, tx, "purchases", "source_id", "account_id", "product_id", "date", "quantity", "amount", "stage")
		if err != nil {
			return err
		}
		for i, v := range pi.created {
			if err := ins.add(pi.createdSrc[i], v.account, v.product, v.date, v.quantity, v.amount, v.stage); err != nil {
				ins.flush()
				return fmt.Errorf("store purchases: %w", err)
			}
		}
		if err := ins.flush(); err != nil {
			return fmt.Errorf("store purchases: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE purchases SET account_id = ?, product_id = ?, date = ?, quantity = ?, amount = ?, stage = ?
		WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare purchase update: %w", err)
	}
	defer upd.Close()
	for _, v := range pi.updated {
		if _, err := upd.ExecContext(ctx, v.account, v.product, v.date, v.quantity, v.amount, v.stage, v.rowID); err != nil {
			return fmt.Errorf("update purchase %d: %w", v.rowID, err)
		}
	}
	if err := writeHoldings(ctx, tx, pi.accounts, pi.products, pi.holdings); err != nil {
		return err
	}
	if err := writeStages(ctx, tx, pi.stages); err != nil {
		return err
	}
	return updatePeersForHoldings(ctx, tx, pi.accounts, pi.held)
}

// loadPurchases reads every stored purchase by source id. Purchases
// without one (not imported from a file) get a key no file can name, so
// they count towards holdings and stages but are never updated.
func loadPurchases(ctx context.Context, tx *sql.Tx) (map[string]purchaseVal, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, source_id, account_id, product_id, date, quantity, amount, stage
		FROM purchases ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read purchases: %w", err)
	}
	defer rows.Close()
	out := map[string]purchaseVal{}
	in := interner{}
	for rows.Next() {
		var src string
		var v purchaseVal
		if err := rows.Scan(&v.rowID, &src, &v.account, &v.product, &v.date, &v.quantity, &v.amount, &v.stage); err != nil {
			return nil, fmt.Errorf("read purchases: %w", err)
		}
		if src == "" {
			src = fmt.Sprintf("\x00%d", v.rowID)
		}
		if _, dup := out[src]; dup {
			continue // the first stored row of a source id is the one updated
		}
		v.account, v.product, v.date, v.stage = in.get(v.account), in.get(v.product), in.get(v.date), in.get(v.stage)
		out[src] = v
	}
	return out, rows.Err()
}
