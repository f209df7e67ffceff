package importer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"talktrack/assets"
)

func TestPlaybook(t *testing.T) {
	db := newTestDB(t)
	before := db.fileState()
	dry, err := Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", assets.Playbook, Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if c := counted(dry, "products"); c.Created == 0 {
		t.Errorf("dry run counted no products: %+v", dry.Records)
	}
	if after := db.fileState(); after != before {
		t.Fatal("a dry run of the playbook wrote to the database")
	}
	sum, err := Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", assets.Playbook, Options{})
	if err != nil {
		t.Fatal(err)
	}
	products := db.one(`SELECT count(*) FROM products`)
	if c := counted(sum, "products"); products == "0" || c.Created == 0 || c != counted(dry, "products") {
		t.Errorf("products: %+v (dry run %+v), %s stored", c, counted(dry, "products"), products)
	}
	if c := counted(sum, "talking points"); c.Created == 0 {
		t.Errorf("no talking points: %+v", sum.Records)
	}
	before = db.fileState()
	again, err := Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", assets.Playbook, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Changed() {
		t.Errorf("the same playbook again changes %+v", again.Records)
	}
	if after := db.fileState(); after != before {
		t.Error("importing the same playbook again wrote to the database")
	}
	if _, err := Import(context.Background(), db.st, KindPlaybook, "broken.yaml", []byte("products: [\n"), Options{}); err == nil {
		t.Error("a broken playbook was accepted")
	}
	// An edit of the cue lists or of a category's aliases alone is
	// written, not taken for the same playbook.
	for _, edit := range []struct{ what, old, new, stored string }{
		{"cue rules", "      about_us: [your,", "      about_us: [yer, your,", `SELECT instr(value, '"yer"') > 0 FROM meta WHERE key = 'cue_rules'`},
		{"pain categories", "    aliases: [Reports, Analytics,", "    aliases: [Reports, Reportings, Analytics,", `SELECT count(*) FROM pain_categories WHERE instr(aliases, 'Reportings') > 0`},
	} {
		if !strings.Contains(string(assets.Playbook), edit.old) {
			t.Fatalf("the playbook has no %q to edit", edit.old)
		}
		b := strings.Replace(string(assets.Playbook), edit.old, edit.new, 1)
		sum, err := Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", []byte(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c := counted(sum, edit.what); c.Updated != 1 {
			t.Errorf("%s edited: counted %+v, want 1 updated (records %+v)", edit.what, c, sum.Records)
		}
		if got := db.one(edit.stored); got != "1" {
			t.Errorf("%s edited: not stored", edit.what)
		}
	}
}

func TestHoldings(t *testing.T) {
	db := newTestDB(t)
	db.mustImport(KindProducts, "maven/products.csv")
	db.mustImport(KindAccounts, "maven/accounts.csv")
	text := "Account,Product,Seats,Seats Used,Start Date\n" +
		"Betatech,GTX Pro,25,23,2017-01-05\n" +
		"isdom,gtxpro,10,,3/1/2016\n" + // a name in other case and spacing
		"Nobody Inc,GTX Pro,1,,\n" +
		"Betatech,GTX Pro,25,23,2017-01-05\n" + // repeated: skipped
		"Betatech,MG Special,,,\n"
	sum, err := db.importText(KindHoldings, "holdings.csv", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "holdings", 3, 0, 0)
	if skipped(sum, "account not found") != 1 || skipped(sum, "repeats an earlier row") != 1 {
		t.Errorf("skipped %+v", sum.Skipped)
	}
	db.wantRows(`SELECT account_id, product_id, quantity, seats_used, since FROM holdings ORDER BY 1, 2`,
		"betatech|gtx-pro|25|23|2017-01-05",
		"betatech|mg-special|1|0|",
		"isdom|gtx-pro|10|0|2016-03-01")
	// As of 2017-01-05, Betatech just bought; Isdom bought once, long ago.
	db.wantRows(`SELECT id, stage FROM accounts WHERE id IN ('betatech', 'isdom') ORDER BY 1`,
		"betatech|onboarding", "isdom|adoption")
	sum, err = db.importText(KindHoldings, "holdings.csv", text, Options{})
	if err != nil || sum.Changed() {
		t.Errorf("the same holdings again: %+v, %v", sum.Records, err)
	}
	_, err = db.importText(KindHoldings, "clash.csv", "account,product,quantity\nBetatech,GTX Pro,1\nbetatech,GTX PRO,2\n", Options{})
	var probs *Problems
	if !errors.As(err, &probs) || probs.Count != 1 || probs.Rows[0].Line != 3 {
		t.Errorf("two different rows for one holding gave %v", err)
	}
}

func TestContactsAndPains(t *testing.T) {
	db := newTestDB(t)
	if _, err := Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", assets.Playbook, Options{}); err != nil {
		t.Fatal(err)
	}
	db.mustImport(KindAccounts, "maven/accounts.csv")

	contacts := "First Name,Last Name,Email,Job Title,Company,Primary\n" +
		"Ada,Lovelace,ada@betatech.example,CTO,Betatech,yes\n" +
		"Grace,Hopper,,Head of Ops,Betatech,no\n" +
		"Nobody,Here,,,,\n"
	sum, err := db.importText(KindContacts, "contacts.csv", contacts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "contacts", 2, 0, 0)
	if skipped(sum, "no account") != 1 {
		t.Errorf("skipped %+v", sum.Skipped)
	}
	db.wantRows(`SELECT account_id, name, title, email, is_primary FROM contacts ORDER BY name`,
		"betatech|Ada Lovelace|CTO|ada@betatech.example|1",
		"betatech|Grace Hopper|Head of Ops||0")
	changed := strings.Replace(contacts, "Head of Ops", "COO", 1)
	sum, err = db.importText(KindContacts, "contacts.csv", changed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "contacts", 0, 1, 1)

	pains := "Account,Category,Description,Severity,Status,Date\n" +
		"Betatech,Reporting,\"Month-end numbers take \"\"three days\"\" by hand\",High,Open,2026-04-02\n" +
		"Betatech,Weather,It rains,low,closed,\n" +
		"Isdom,scale,Too slow at peak,2,in progress,4/1/2026\n"
	sum, err = db.importText(KindPains, "pains.csv", pains, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "pains", 3, 0, 0)
	if !hasNote(sum, "weather") {
		t.Errorf("notes %q do not name the unknown category", sum.Notes)
	}
	db.wantRows(`SELECT account_id, category, title, severity, status, noted_at FROM pain_points ORDER BY id`,
		`betatech|reporting|Month-end numbers take "three days" by hand|3|open|2026-04-02`,
		"betatech|weather|It rains|1|resolved|",
		"isdom|scale|Too slow at peak|2|open|2026-04-01")
	db.wantRows(`SELECT id, open_pains FROM accounts WHERE id IN ('betatech', 'isdom') ORDER BY id`, "betatech|1", "isdom|1")

	// The pain was resolved in the newer export.
	sum, err = db.importText(KindPains, "pains.csv", strings.Replace(pains, "High,Open", "High,Resolved", 1), Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "pains", 0, 1, 2)
	db.wantRows(`SELECT open_pains FROM accounts WHERE id = 'betatech'`, "0")

	_, err = db.importText(KindPains, "bad.csv", "account,title,severity,status\nIsdom,x,extreme,open\nIsdom,y,1,maybe\n", Options{})
	var probs *Problems
	if !errors.As(err, &probs) || probs.Count != 2 {
		t.Errorf("bad severity and status gave %v", err)
	}
}

func TestSummaryText(t *testing.T) {
	db := newTestDB(t)
	db.mustImport(KindProducts, "maven/products.csv")
	db.mustImport(KindAccounts, "maven/accounts.csv")
	sum := db.mustImport(KindPurchases, "maven/sales_pipeline.csv")
	var b strings.Builder
	if err := sum.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"maven/sales_pipeline.csv: 14 rows read as purchases (UTF-8, comma-delimited)",
		"purchases:       12 created, 0 updated, 0 unchanged",
		"skipped 2 rows: no account (lines 14, 15)",
		"ignored columns: sales_agent",
		"opportunity_id → id",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := sum.WriteJSON(&b); err != nil || !strings.Contains(b.String(), `"what": "holdings"`) {
		t.Errorf("JSON summary: %v\n%s", err, b.String())
	}
}
