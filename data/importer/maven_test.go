package importer

import (
	"slices"
	"testing"
)

func TestMavenLikeExport(t *testing.T) {
	db := newTestDB(t)

	sum := db.mustImport(KindProducts, "maven/products.csv")
	wantCount(t, sum, "products", 7, 0, 0)
	if !hasNote(sum, "GTX: GTX Basic (550) < GTX Plus Basic (1,096) < GTX Pro (4,821) < GTX Plus Pro (5,482)") {
		t.Errorf("the summary does not say tiers follow price: %q", sum.Notes)
	}
	db.wantRows(`SELECT id, family, tier, price FROM products ORDER BY family, tier`,
		"gtk-500|GTK|1|26768",
		"gtx-basic|GTX|1|550",
		"gtx-plus-basic|GTX|2|1096",
		"gtx-pro|GTX|3|4821",
		"gtx-plus-pro|GTX|4|5482",
		"mg-special|MG|1|55",
		"mg-advanced|MG|2|3393")

	sum = db.mustImport(KindAccounts, "maven/accounts.csv")
	wantCount(t, sum, "accounts", 7, 0, 0)
	if got := sum.Ignored; !slices.Equal(got, []string{"year_established", "revenue", "subsidiary_of"}) {
		t.Errorf("ignored columns = %v", got)
	}
	// The company's revenue (in millions) is no ARR, and the summary says
	// how to read it as one if it were.
	if !hasNote(sum, `revenue is the company's own revenue, not what they pay you: left out, so no ARR is set; if it is what they pay you a year, import again with --map "revenue"=arr`) {
		t.Errorf("notes %q do not say why revenue is left out", sum.Notes)
	}
	// No id column: accounts are keyed by name.
	db.wantRows(`SELECT id, name, industry, employees, size_band, region, arr FROM accounts WHERE id IN ('acme-corporation', 'bioholding') ORDER BY id`,
		"acme-corporation|Acme Corporation|technolgy|2822|1000-4999|United States|0",
		"bioholding|Bioholding|medical|1356|1000-4999|Philipines|0")
	sum, err := db.importText(KindAccounts, "accounts.csv", "account,revenue\nAcme Corporation,1100.04\n", Options{Maps: []string{"revenue=arr"}})
	if err != nil {
		t.Fatal(err)
	}
	if hasNote(sum, "company's own revenue") {
		t.Errorf("a revenue column mapped to arr is still said to be left out: %q", sum.Notes)
	}
	db.wantRows(`SELECT arr FROM accounts WHERE id = 'acme-corporation'`, "1100.04")

	sum = db.mustImport(KindPurchases, "maven/sales_pipeline.csv")
	wantCount(t, sum, "purchases", 12, 0, 0)
	wantCount(t, sum, "holdings", 9, 0, 0)
	if n := skipped(sum, "no account"); n != 2 {
		t.Errorf("%d open deals without an account skipped, want 2 (%+v)", n, sum.Skipped)
	}
	if !hasNote(sum, "1 open and 1 lost") {
		t.Errorf("notes %q do not count history-only deals", sum.Notes)
	}
	// Won deals are held (GTXPro is GTX Pro); quantities add up; the lost
	// and the open deal are history only.
	db.wantRows(`SELECT account_id, product_id, quantity, since FROM holdings ORDER BY 1, 2`,
		"betatech|gtk-500|1|2017-02-01",
		"betatech|gtx-basic|1|2017-06-01",
		"betatech|mg-special|1|2017-11-01",
		"bioholding|gtx-basic|2|2017-01-10",
		"cancity|mg-special|1|2017-11-15",
		"codehow|gtx-basic|1|2017-03-09",
		"hatfan|gtx-basic|1|2016-03-02",
		"isdom|gtx-basic|1|2017-05-01",
		"isdom|gtx-pro|1|2017-03-11")
	db.wantRows(`SELECT source_id, account_id, product_id, date, amount, stage FROM purchases WHERE stage <> 'won' ORDER BY 1`,
		"A1GTXPRO|acme-corporation|gtx-pro|2017-12-31|0|lost",
		"B4MGADV0|betatech|mg-advanced|2017-12-01|0|open")

	// Stages are inferred as of the newest date in the data (2017-12-31).
	db.wantRows(`SELECT id, stage, stage_since, stage_inferred FROM accounts ORDER BY id`,
		"acme-corporation|onboarding||1",
		"betatech|advocate|2017-11-01|1",
		"bioholding|value_realized|2017-04-10|1",
		"cancity|onboarding|2017-11-15|1",
		"codehow|adoption|2017-06-07|1",
		"hatfan|at_risk|2017-09-01|1",
		"isdom|value_realized|2017-05-01|1")

	// Peer statistics are ready for suggestions: among medical companies
	// with 1000-4999 employees, 3 hold GTX Basic and 1 of them GTK 500 too,
	// so Bioholding and Isdom can be offered GTK 500 with real numbers.
	seg := "medical|1000-4999"
	db.wantRows(`SELECT accounts FROM peer_segments WHERE segment = '`+seg+`'`, "3")
	db.wantRows(`SELECT product_id, holders FROM peer_products WHERE segment = '`+seg+`' ORDER BY 1`,
		"gtk-500|1", "gtx-basic|3", "gtx-pro|1", "mg-special|1")
	db.wantRows(`SELECT held_id, other_id, holders FROM peer_pairs WHERE segment = '`+seg+`' AND other_id = 'gtk-500' ORDER BY 1`,
		"gtx-basic|gtk-500|1", "mg-special|gtk-500|1")
}

func TestStageFromFileIsKept(t *testing.T) {
	db := newTestDB(t)
	db.mustImport(KindProducts, "maven/products.csv")
	sum, err := db.importText(KindAccounts, "accounts.csv", "account,stage,sector\nBetatech,At risk,medical\nIsdom,,medical\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasNote(sum, "no purchases or holdings yet") {
		t.Errorf("notes %q do not explain the stage of Isdom", sum.Notes)
	}
	db.mustImport(KindPurchases, "maven/sales_pipeline.csv")
	db.wantRows(`SELECT id, stage, stage_inferred FROM accounts ORDER BY id`,
		"betatech|at_risk|0",
		"isdom|value_realized|1")
}
