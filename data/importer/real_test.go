package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRealExports imports the public sample exports the project was tried
// on (Maven CRM and Northwind) when TALKTRACK_REAL_DATA names the folder
// holding maven-crm/ and northwind/; it is skipped otherwise, since a clone
// of the project does not have them:
//
//	TALKTRACK_REAL_DATA=../shared/data go test -run RealExports -v ./data/importer
func TestRealExports(t *testing.T) {
	dir := os.Getenv("TALKTRACK_REAL_DATA")
	if dir == "" {
		t.Skip("TALKTRACK_REAL_DATA is not set")
	}
	load := func(db *testDB, kind Kind, file string) *Summary {
		t.Helper()
		content, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := db.importText(kind, file, string(content), Options{})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		t.Logf("%s: %+v skipped %+v", file, sum.Records, sum.Skipped)
		return sum
	}

	maven := newTestDB(t)
	load(maven, KindProducts, "maven-crm/products.csv")
	load(maven, KindAccounts, "maven-crm/accounts.csv")
	sum := load(maven, KindPurchases, "maven-crm/sales_pipeline.csv")
	if n := skipped(sum, "no account"); n != 1425 {
		t.Errorf("%d open deals without an account, the README counts 1,425", n)
	}
	// Every won deal is held: holdings sum to the number of won deals.
	maven.wantRows(`SELECT (SELECT sum(quantity) FROM holdings) = (SELECT count(*) FROM purchases WHERE stage = 'won')`, "1")
	maven.wantRows(`SELECT family, group_concat(name, ' < ') FROM (SELECT * FROM products ORDER BY family, tier) GROUP BY family`,
		"GTK|GTK 500",
		"GTX|GTX Basic < GTX Plus Basic < GTX Pro < GTX Plus Pro",
		"MG|MG Special < MG Advanced")
	if got := maven.one(`SELECT count(*) FROM peer_products WHERE product_id = 'gtk-500'`); got == "0" {
		t.Error("no peer holds GTK 500")
	}
	again := load(maven, KindPurchases, "maven-crm/sales_pipeline.csv")
	if again.Changed() {
		t.Errorf("re-import changed %+v", again.Records)
	}

	nw := newTestDB(t)
	load(nw, KindProducts, "northwind/products.csv")
	load(nw, KindAccounts, "northwind/customers.csv")
	load(nw, KindContacts, "northwind/customers.csv")
	sum = load(nw, KindPurchases, "northwind/purchases.csv")
	wantCount(t, sum, "purchases", 2155, 0, 0)
	if got := nw.one(`SELECT count(*) FROM peer_pairs WHERE holders >= 3`); got == "0" {
		t.Error("no products are held together by three customers or more")
	}
}
