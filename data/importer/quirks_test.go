package importer

import (
	"errors"
	"strings"
	"testing"
)

func TestNorthwindLikeExport(t *testing.T) {
	db := newTestDB(t)

	sum := db.mustImport(KindProducts, "northwind/products.tsv")
	if sum.Delimiter != "tab" {
		t.Errorf("delimiter %q, want tab", sum.Delimiter)
	}
	if !hasNote(sum, "family of one") {
		t.Errorf("notes %q do not say products are families of one", sum.Notes)
	}
	db.wantRows(`SELECT id, name, family, tier, price, billing_unit FROM products WHERE id IN ('1', '72') ORDER BY id`,
		"1|Chai|1|1|18|10 boxes x 30 bags",
		"72|Mozzarella di Giovanni|72|1|34.8|24 - 200 g pkgs.")

	sum = db.mustImport(KindAccounts, "northwind/customers.csv")
	if sum.Delimiter != "semicolon" || sum.Rows != 4 {
		t.Errorf("read %d rows, %s-delimited; want 4, semicolon", sum.Rows, sum.Delimiter)
	}
	db.wantRows(`SELECT id, name, region FROM accounts ORDER BY id`,
		"ALFKI|Alfreds Futterkiste|Germany",
		`ANTON|Antonio Moreno "El Jefe" Taquería|Mexico`,
		"LAZYK|Lazy K Kountry Store|WA, USA",
		"TOMSP|Toms Spezialitäten|Germany")

	sum = db.mustImport(KindPurchases, "northwind/purchases.csv")
	wantCount(t, sum, "purchases", 9, 0, 0)
	if !hasNote(sum, "every row is an order line") {
		t.Errorf("notes %q do not say every line counts as won", sum.Notes)
	}
	// M/D/YYYY dates; "6.0" and "1 234,50" with a 15% discount written 0,15.
	db.wantRows(`SELECT source_id, account_id, product_id, date, quantity, amount, stage FROM purchases WHERE source_id IN ('10248/11', '10250/38', '10253/11') ORDER BY 1`,
		"10248/11|ALFKI|11|1996-07-04|12|168|won",
		"10250/38|ANTON|38|1996-07-08|6|6295.95|won",
		"10253/11|TOMSP|11|1997-12-24|20|420|won")
	db.wantRows(`SELECT product_id, quantity, since FROM holdings WHERE account_id = 'ANTON' ORDER BY 1`,
		"11|9|1996-07-05", "38|6|1996-07-08", "72|40|1996-07-05")
	// All customers share one segment (no industry or size): peers hold
	// products together.
	db.wantRows(`SELECT holders FROM peer_pairs WHERE segment = '|' AND held_id = '11' AND other_id = '72'`, "2")

	sum = db.mustImport(KindContacts, "northwind/customers.csv")
	wantCount(t, sum, "contacts", 4, 0, 0)
	db.wantRows(`SELECT account_id, name, title, phone FROM contacts WHERE account_id = 'ALFKI'`,
		"ALFKI|Maria Anders|Sales Representative|030-0074321")
}

func TestCRMHeadersAndNumbers(t *testing.T) {
	db := newTestDB(t)
	sum := db.mustImport(KindAccounts, "quirks/accounts_crm.csv")
	wantCount(t, sum, "accounts", 2, 0, 0)
	db.wantRows(`SELECT id, name, industry, arr, employees, size_band, renewal_date, stage, stage_inferred FROM accounts ORDER BY id`,
		"1001|Globex|retail|35000|6|1-49|2027-03-15|adoption|0",
		"1002|Initech, Inc.|software|120000.5|250|200-999|2026-12-31|value_realized|0")
}

func TestWindows1252(t *testing.T) {
	db := newTestDB(t)
	_, err := db.importFile(KindAccounts, "quirks/accounts_cp1252.csv", Options{})
	if err == nil || !strings.Contains(err.Error(), "--encoding windows-1252") || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("a windows-1252 file gave %v, want a refusal naming line 2 and the flag", err)
	}
	if n := db.one(`SELECT count(*) FROM accounts`); n != "0" {
		t.Errorf("%s accounts stored from a refused file", n)
	}
	if _, err := db.importFile(KindAccounts, "quirks/accounts_cp1252.csv", Options{Encoding: "windows-1252"}); err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT id, name, region FROM accounts ORDER BY name`,
		"café-olé|Café Olé|France",
		"müller-söhne|Müller & Söhne|Germany")
	if _, err := db.importFile(KindAccounts, "quirks/accounts_mojibake.csv", Options{}); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("double-encoded text gave %v, want a refusal", err)
	}
}

func TestSlashDatesDayFirstWhenProven(t *testing.T) {
	db := newTestDB(t)
	_, err := db.importText(KindAccounts, "a.csv", "id,name,renewal\n1,A,3/1/2027\n2,B,25/3/2027\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT id, renewal_date FROM accounts ORDER BY id`, "1|2027-01-03", "2|2027-03-25")

	_, err = db.importText(KindAccounts, "b.csv", "id,name,renewal\n3,C,3/25/2027\n4,D,25/3/2027\n5,E,4/26/2027\n", Options{})
	var probs *Problems
	if !errors.As(err, &probs) || probs.Count != 1 || probs.Rows[0].Line != 3 {
		t.Fatalf("mixed date orders gave %v, want one problem on line 3", err)
	}
}

func TestMapOption(t *testing.T) {
	db := newTestDB(t)
	text := "Kundennr;Firma;Umsatz;Branche\nK1;Müller GmbH;1.234,50;Handel\n"
	_, err := db.importText(KindAccounts, "kunden.csv", text, Options{})
	if err == nil || !strings.Contains(err.Error(), "--map") {
		t.Fatalf("a file without a recognised name column gave %v, want advice to use --map", err)
	}
	sum, err := db.importText(KindAccounts, "kunden.csv", text, Options{Maps: []string{"Kundennr=id", "Firma=name", "Umsatz=arr", "branche=industry"}})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "accounts", 1, 0, 0)
	db.wantRows(`SELECT id, name, arr, industry FROM accounts`, "K1|Müller GmbH|1234.5|handel")
}

func TestAccountsWithoutIDMatchByName(t *testing.T) {
	db := newTestDB(t)
	if _, err := db.importText(KindAccounts, "a.csv", "Company,Employees\nAcme Corp.,10\n", Options{}); err != nil {
		t.Fatal(err)
	}
	sum, err := db.importText(KindAccounts, "b.csv", "company name,employees\nACME corp,12\nAcme-Corp-2,3\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "accounts", 1, 1, 0)
	db.wantRows(`SELECT id, name, employees FROM accounts ORDER BY id`,
		"acme-corp|ACME corp|12",
		"acme-corp-2|Acme-Corp-2|3")
}
