package importer

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

func TestBadRowsAreAllReportedAndNothingIsWritten(t *testing.T) {
	db := newTestDB(t)
	db.importMaven()
	before := db.fileState()

	_, err := db.importFile(KindProducts, "quirks/products_bad.csv", Options{})
	var probs *Problems
	if !errors.As(err, &probs) {
		t.Fatalf("import gave %v, want *Problems", err)
	}
	if model.ErrorCode(err) != model.EINVALID {
		t.Errorf("error code %q, want invalid", model.ErrorCode(err))
	}
	want := []RowError{
		{Line: 2, Column: "unit_price", Value: "abc"},
		{Line: 3, Column: "tier", Value: "two"},
		{Line: 6}, // a repeated id with different data
		{Line: 7}, // one value too many
		{Line: 8}, // a bare quote
	}
	if probs.Count != len(want) || len(probs.Rows) != len(want) {
		t.Fatalf("%d problems: %+v; want %d", probs.Count, probs.Rows, len(want))
	}
	for i, w := range want {
		got := probs.Rows[i]
		if got.Line != w.Line || got.Column != w.Column || got.Value != w.Value || got.Reason == "" {
			t.Errorf("problem %d = %+v, want line %d, column %q, value %q and a reason", i, got, w.Line, w.Column, w.Value)
		}
	}
	if !strings.Contains(probs.Rows[2].Reason, "line 5") {
		t.Errorf("the repeated id does not point at its first row: %q", probs.Rows[2].Reason)
	}
	var report strings.Builder
	probs.Report(&report, 2)
	if !strings.Contains(report.String(), "line 2, unit_price: \"abc\" is not a number") || !strings.Contains(report.String(), "… and 3 more") {
		t.Errorf("report:\n%s", report.String())
	}

	if _, err := db.importFile(KindAccounts, "quirks/accounts_bad_dates.csv", Options{}); !errors.As(err, &probs) || probs.Count != 2 {
		t.Errorf("bad dates gave %v, want 2 problems", err)
	}

	// A problem found only against the database (a name that fits two
	// accounts) also rolls everything back, after rows were planned.
	if _, err := db.importText(KindAccounts, "ids.csv", "id,name\nx1,Twin\nx2,TWIN\n", Options{}); err != nil {
		t.Fatal(err)
	}
	before = db.fileState()
	deals := "id,account,product,stage\nd1,Betatech,GTX Basic,Won\nd2,twin,GTX Basic,Won\n"
	if _, err := db.importText(KindPurchases, "deals.csv", deals, Options{}); !errors.As(err, &probs) ||
		probs.Count != 1 || !strings.Contains(probs.Rows[0].Reason, "x1, x2") {
		t.Errorf("an ambiguous account gave %v, want one problem naming both ids", err)
	}
	if after := db.fileState(); after != before {
		t.Errorf("the database changed after failed imports:\nbefore %s\nafter  %s", before, after)
	}
}

func TestProblemsAreCappedButCounted(t *testing.T) {
	db := newTestDB(t)
	var b strings.Builder
	b.WriteString("id,name,price\n")
	for i := 0; i < maxKept+50; i++ {
		b.WriteString("p,P,x\n")
	}
	_, err := db.importText(KindProducts, "many.csv", b.String(), Options{})
	var probs *Problems
	if !errors.As(err, &probs) || probs.Count != maxKept+50 || len(probs.Rows) != maxKept {
		t.Fatalf("got %v", err)
	}
}

func TestReimportChangesNothing(t *testing.T) {
	db := newTestDB(t)
	db.importMaven()
	ctx := context.Background()
	callID, err := db.st.LogCall(ctx, model.Call{AccountID: "betatech", StartedAt: testNow, Outcome: model.OutcomeConnected,
		Notes: "Wants GTK 500 next quarter", Offers: []model.Offer{{ProductID: "gtk-500", Response: model.ResponseInterested}}})
	if err != nil {
		t.Fatal(err)
	}
	draft := model.Draft{ID: "d-isdom", AccountID: "isdom", StartedAt: testNow, Notes: "half-typed note", UpdatedAt: testNow}
	if err := db.st.SaveDraft(ctx, draft); err != nil {
		t.Fatal(err)
	}
	before := db.fileState()

	for _, f := range []struct {
		kind  Kind
		file  string
		what  string
		count int
	}{
		{KindProducts, "maven/products.csv", "products", 7},
		{KindAccounts, "maven/accounts.csv", "accounts", 7},
		{KindPurchases, "maven/sales_pipeline.csv", "purchases", 12},
	} {
		sum := db.mustImport(f.kind, f.file)
		wantCount(t, sum, f.what, 0, 0, f.count)
		if sum.Changed() {
			t.Errorf("re-importing %s changes %+v", f.file, sum.Records)
		}
	}
	if after := db.fileState(); after != before {
		t.Errorf("re-importing the same files wrote to the database")
	}
	calls, err := db.st.Calls(ctx, "betatech")
	if err != nil || len(calls) != 1 || calls[0].ID != callID || len(calls[0].Offers) != 1 {
		t.Errorf("calls after re-import: %+v, %v", calls, err)
	}
	if d, err := db.st.Draft(ctx, "isdom"); err != nil || d.Notes != draft.Notes {
		t.Errorf("draft after re-import: %+v, %v", d, err)
	}
}

func TestNewerExportUpdatesWhatItNames(t *testing.T) {
	db := newTestDB(t)
	db.importMaven()
	ctx := context.Background()
	if _, err := db.st.LogCall(ctx, model.Call{AccountID: "codehow", StartedAt: testNow, Outcome: model.OutcomeNoAnswer}); err != nil {
		t.Fatal(err)
	}
	if err := db.st.SaveDraft(ctx, model.Draft{ID: "d-codehow", AccountID: "codehow", StartedAt: testNow, Notes: "n", UpdatedAt: testNow}); err != nil {
		t.Fatal(err)
	}
	// The open deal was won, Codehow's deal turned out lost, one deal is
	// new, and the export no longer lists Hatfan's (it stays).
	newer := `opportunity_id,product,account,deal_stage,engage_date,close_date,close_value
B4MGADV0,MG Advanced,Betatech,Won,2017-12-01,2018-01-15,3300
C1GTXBAS,GTX Basic,Codehow,Lost,2017-01-09,2017-03-09,0
N1GTK500,GTK 500,Isdom,Won,2017-12-01,2018-01-20,26000
B1GTK500,GTK 500,Betatech,Won,2016-12-01,2017-02-01,26100
`
	sum, err := db.importText(KindPurchases, "pipeline-2018.csv", newer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "purchases", 1, 2, 1)
	c := counted(sum, "holdings")
	if c.Created != 2 || c.Removed != 1 || c.Unchanged != 1 {
		t.Errorf("holdings %+v, want 2 created (Betatech MG Advanced, Isdom GTK 500), 1 removed (Codehow), 1 unchanged", c)
	}
	db.wantRows(`SELECT account_id, product_id FROM holdings WHERE account_id IN ('betatech', 'codehow', 'hatfan', 'isdom') ORDER BY 1, 2`,
		"betatech|gtk-500", "betatech|gtx-basic", "betatech|mg-advanced", "betatech|mg-special",
		"hatfan|gtx-basic", "isdom|gtk-500", "isdom|gtx-basic", "isdom|gtx-pro")
	// Stages follow: Codehow holds nothing any more; as of 2018-01-20.
	db.wantRows(`SELECT stage FROM accounts WHERE id = 'codehow'`, "onboarding")
	db.wantRows(`SELECT count(*) FROM calls WHERE account_id = 'codehow'`, "1")
	db.wantRows(`SELECT count(*) FROM drafts WHERE account_id = 'codehow'`, "1")
	db.wantRows(`SELECT holders FROM peer_products WHERE segment = 'medical|1000-4999' AND product_id = 'gtk-500'`, "2")

	// A newer accounts export updates the account it changes.
	accounts := "account,sector,employees\nBetatech,medical,1185\nIsdom,medical,5200\n"
	sum, err = db.importText(KindAccounts, "accounts-2018.csv", accounts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "accounts", 0, 1, 1)
	db.wantRows(`SELECT employees, size_band FROM accounts WHERE id = 'isdom'`, "5200|5000+")
}

func TestDryRunWritesNothing(t *testing.T) {
	db := newTestDB(t)
	db.mustImport(KindProducts, "maven/products.csv")
	before := db.fileState()
	dry, err := db.importFile(KindAccounts, "maven/accounts.csv", Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if !dry.DryRun {
		t.Error("the summary does not say it was a dry run")
	}
	if after := db.fileState(); after != before {
		t.Fatal("a dry run wrote to the database")
	}
	real := db.mustImport(KindAccounts, "maven/accounts.csv")
	if !slices.Equal(dry.Records, real.Records) {
		t.Errorf("dry run counted %+v, the import %+v", dry.Records, real.Records)
	}
	before = db.fileState()
	dry, err = db.importFile(KindPurchases, "maven/sales_pipeline.csv", Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, dry, "holdings", 9, 0, 0)
	if after := db.fileState(); after != before {
		t.Fatal("a dry run of purchases wrote to the database")
	}
}

func TestProgress(t *testing.T) {
	defer func(n int) { progressEvery = n }(progressEvery)
	progressEvery = 3
	db := newTestDB(t)
	var out strings.Builder
	if _, err := db.importFile(KindPurchases, "maven/sales_pipeline.csv", Options{Progress: &out, Now: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "rows of maven/sales_pipeline.csv"); got != 4 {
		t.Errorf("progress:\n%s\nwant 4 lines for 14 rows", out.String())
	}
}

// TestValuesThatCannotBeTrueAreRefused: a negative ARR, a currency no
// country pays in and no licences with seats in use are each a problem of
// their row, and nothing is written.
func TestValuesThatCannotBeTrueAreRefused(t *testing.T) {
	db := newTestDB(t)
	db.importMaven()
	before := db.fileState()
	for _, tc := range []struct {
		kind          Kind
		text, reason  string
		column, value string
	}{
		{KindAccounts, "id,name,arr\nn1,Neg,-5000\n", "is below zero", "arr", "-5000"},
		{KindAccounts, "id,name,currency\nn2,Odd,XYZ\n", "is not a currency code", "currency", "XYZ"},
		{KindHoldings, "account,product_id,quantity,seats_used\nAcme Corporation,GTX Basic,0,5\n", "while 5 seats are in use", "quantity", "0"},
	} {
		_, err := db.importText(tc.kind, "bad.csv", tc.text, Options{})
		var probs *Problems
		if !errors.As(err, &probs) || probs.Count != 1 {
			t.Errorf("%q: %v, want one problem", tc.text, err)
			continue
		}
		if got := probs.Rows[0]; got.Column != tc.column || got.Value != tc.value || !strings.Contains(got.Reason, tc.reason) {
			t.Errorf("%q: problem %+v, want %s %q: …%s…", tc.text, got, tc.column, tc.value, tc.reason)
		}
	}
	if db.fileState() != before {
		t.Error("a refused import changed the database")
	}
	if _, err := db.importText(KindAccounts, "ok.csv", "id,name,currency,arr\nn3,Fine,chf,0\n", Options{}); err != nil {
		t.Errorf("a known currency in lower case and a zero ARR: %v", err)
	}
	// Seats in use without the licences given: the holding counts at least
	// those seats.
	if _, err := db.importText(KindHoldings, "h.csv", "account,product_id,quantity,seats_used\nn3,GTX Basic,,5\n", Options{}); err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT quantity || ' ' || seats_used FROM holdings WHERE account_id = 'n3'`, "5 5")
}
