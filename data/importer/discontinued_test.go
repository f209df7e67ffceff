package importer

import (
	"strings"
	"testing"
)

func TestProductsNoLongerSoldAreMarkedEitherWayRound(t *testing.T) {
	db := newTestDB(t)
	defer db.close()
	// A distributor's export: discontinued as 0/1.
	sum, err := db.importText(KindProducts, "products.csv", "product_id,product_name,unit_price,discontinued\n"+
		"1,Chai,18,1\n2,Chang,19,0\n3,Aniseed Syrup,10,\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasNote(sum, "1 product is no longer sold (discontinued): never offered") {
		t.Errorf("notes %q do not say what discontinued means", sum.Notes)
	}
	db.wantRows(`SELECT id, discontinued FROM products ORDER BY id`, "1|1", "2|0", "3|0")

	// A CRM's export: a status in words; a product back on sale is sold again.
	sum, err = db.importText(KindProducts, "status.csv", "Product ID,Product Name,Status\n"+
		"1,Chai,Active\n2,Chang,End of Life\n3,Aniseed Syrup,on sale\n4,Chef Anton's Gumbo Mix,Retired\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT id, discontinued FROM products ORDER BY id`, "1|0", "2|1", "3|0", "4|1")
	if !hasNote(sum, "2 products are no longer sold") {
		t.Errorf("notes %q", sum.Notes)
	}

	// A status talktrack cannot read fails the file and names the fix;
	// nothing is written.
	before := db.fileState()
	_, err = db.importText(KindProducts, "bad.csv", "Product ID,Product Name,Status\n1,Chai,Active\n2,Chang,Pending review\n", Options{})
	if err == nil || !strings.Contains(err.Error(), "Pending review") || !strings.Contains(err.Error(), "use active or discontinued") {
		t.Fatalf("err = %v, want the unknown status named with what to use", err)
	}
	if db.fileState() != before {
		t.Error("a failed import changed the database")
	}
}
