package importer

import "testing"

// An order export from a shop system, as exported: a customer id and no
// customer name, stock codes and descriptions for products, and returns as
// lines of negative quantity. It imports without --map.
const orderExport = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom
536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom
536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850,United Kingdom
536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,2010-12-01 08:34:00,1.69,13047,United Kingdom
536368,22960,JAM MAKING SET WITH JARS,6,2010-12-01 08:34:00,4.25,,United Kingdom
C536379,71053,WHITE METAL LANTERN,-1,2010-12-01 09:41:00,3.39,13047,United Kingdom
`

const orderProducts = `StockCode,Description,UnitPrice
85123A,WHITE HANGING HEART T-LIGHT HOLDER,2.55
71053,WHITE METAL LANTERN,3.39
22633,HAND WARMER UNION JACK,1.85
84879,ASSORTED COLOUR BIRD ORNAMENT,1.69
22960,JAM MAKING SET WITH JARS,4.25
`

func TestOrderExportWithCustomerIDsOnly(t *testing.T) {
	db := newTestDB(t)
	sum, err := db.importText(KindProducts, "products.csv", orderProducts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "products", 5, 0, 0)
	db.wantRows(`SELECT id, name, price FROM products WHERE id = '85123A'`, "85123A|WHITE HANGING HEART T-LIGHT HOLDER|2.55")

	sum, err = db.importText(KindAccounts, "orders.csv", orderExport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "accounts", 2, 0, 0)
	if !hasNote(sum, "2 new accounts are named by their id") {
		t.Errorf("notes %q do not say the accounts are named by their id", sum.Notes)
	}
	db.wantRows(`SELECT id, name FROM accounts ORDER BY id`, "13047|13047", "17850|17850")

	sum, err = db.importText(KindPurchases, "orders.csv", orderExport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "purchases", 4, 0, 0)
	if n := skipped(sum, "a return or cancellation (negative quantity)"); n != 1 {
		t.Errorf("skipped %d returns, want 1", n)
	}
	db.wantRows(`SELECT account_id, product_id, date, quantity FROM purchases ORDER BY account_id, product_id`,
		"13047|84879|2010-12-01|32",
		"17850|22633|2010-12-01|6",
		"17850|71053|2010-12-01|6",
		"17850|85123A|2010-12-01|6")
}

// A file with names never has them replaced by ids: only new accounts of
// a file without a name column are named by their id.
func TestNamesAreNotReplacedByIDs(t *testing.T) {
	db := newTestDB(t)
	if _, err := db.importText(KindAccounts, "a.csv", "Account ID,Account Name\n17850,Harbour Gifts\n", Options{}); err != nil {
		t.Fatal(err)
	}
	sum, err := db.importText(KindAccounts, "orders.csv", orderExport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "accounts", 1, 1, 0)
	db.wantRows(`SELECT id, name FROM accounts ORDER BY id`, "13047|13047", "17850|Harbour Gifts")
}
