package data

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"testing"

	"talktrack/assets"
	"talktrack/model"
)

func TestPlaybookRoundTrip(t *testing.T) {
	s := newBook().seed(t)
	got, err := s.Playbook(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := testPlaybook()
	// Stored form: a lone product is a family of one named by its id, and
	// products come back by family, then tier.
	byID := map[string]model.Product{}
	for _, p := range want.Products {
		if p.Family == "" {
			p.Family, p.Tier = p.ID, 1
		}
		byID[p.ID] = p
	}
	want.Products = []model.Product{byID["analytics"], byID["crm-basic"], byID["crm-pro"], byID["crm-ent"], byID["support"]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("playbook\n got %+v\nwant %+v", got, want)
	}
}

func TestReplacePlaybook(t *testing.T) {
	s := newBook().account("A1", "Acme").holds("A1", "support").seed(t)
	ctx := context.Background()
	before, err := s.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}

	pb := testPlaybook()
	// Rename one product, drop two (one of them held), add one.
	pb.Products[0].Name = "CRM Starter"
	pb.Products = append(pb.Products[:3], model.Product{ID: "sso", Name: "SSO add-on", Family: "security", Tier: 1, Pains: []string{"security"}})
	pb.Complements = []model.Complement{{ProductID: "crm-pro", ComplementID: "sso", Reason: "security reviews"}}
	pb.TalkingPoints = pb.TalkingPoints[:1]
	pb.Currency = "EUR"
	if err := s.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, pb) }); err != nil {
		t.Fatal(err)
	}

	after, err := s.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Fatal("the catalog was not reloaded after the playbook changed")
	}
	if after.Products["crm-basic"].Name != "CRM Starter" || after.Currency != "EUR" || len(after.Templates) != 1 {
		t.Errorf("catalog not updated: %+v", after)
	}
	if _, ok := after.Products["analytics"]; ok {
		t.Error("a product no one holds survived its removal from the playbook")
	}
	if _, ok := after.Products["support"]; !ok {
		t.Error("a held product was deleted")
	}
	if got := after.Complements["crm-pro"]; len(got) != 1 || got[0].ComplementID != "sso" {
		t.Errorf("complements of crm-pro %+v", got)
	}
	if _, ok := after.Complements["crm-basic"]; ok {
		t.Error("an old complement survived")
	}
	var key string
	if err := s.DB().QueryRow(`SELECT name_key FROM products WHERE id = 'crm-basic'`).Scan(&key); err != nil || key != "crmstarter" {
		t.Errorf("name_key %q, %v", key, err)
	}
	if again, _ := s.Catalog(ctx); again != after {
		t.Error("the catalog is not cached")
	}
}

func TestReplacePlaybookRejectsUnknownComplement(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	pb := testPlaybook()
	pb.Complements = append(pb.Complements, model.Complement{ProductID: "crm-pro", ComplementID: "ghost"})
	err := s.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, pb) })
	if model.ErrorCode(err) != model.EINVALID || !strings.Contains(err.Error(), `"ghost"`) {
		t.Errorf("err %v", err)
	}
}

func TestInsertDatasetRejectsDanglingRows(t *testing.T) {
	tests := []struct {
		name string
		b    *book
		want string
	}{
		{"unknown product", newBook().account("A1", "Acme").holds("A1", "no-such-product"), `product "no-such-product"`},
		{"unknown account", newBook().account("A1", "Acme").holds("Z9", "crm-pro"), `account "Z9"`},
		{"bad call", newBook().account("A1", "Acme").call(model.Call{AccountID: "A1", StartedAt: instant("2026-01-01T00:00:00Z"), Outcome: "shrug"}), `unknown outcome "shrug"`},
		{"bad stage", newBook().account("A1", "Acme", func(a *model.Account) { a.Stage = "" }), "unknown stage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			err := s.InsertDataset(context.Background(), tt.b.ds)
			if model.ErrorCode(err) != model.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want EINVALID mentioning %s", err, tt.want)
			}
		})
	}
}

func TestInsertDatasetIsAllOrNothing(t *testing.T) {
	// The same product held twice passes the up-front checks and fails in
	// the middle of the transaction.
	b := newBook().account("A1", "Acme").holds("A1", "crm-basic", "crm-basic")
	s := newStore(t)
	fresh := schemaText(t, s)
	ctx := context.Background()
	if err := s.InsertDataset(ctx, b.ds); err == nil {
		t.Fatal("a duplicate holding was accepted")
	}
	var n int
	for _, table := range []string{"accounts", "holdings", "products"} {
		if err := s.DB().QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s has %d rows after a failed seed", table, n)
		}
	}
	if got := schemaText(t, s); got != fresh {
		t.Errorf("a failed seed changed the schema:\n%s", got)
	}
}

func TestInsertDatasetKeepsSchema(t *testing.T) {
	s := newStore(t)
	fresh := schemaText(t, s)
	if err := s.InsertDataset(context.Background(), acmeBook().ds); err != nil {
		t.Fatal(err)
	}
	if got := schemaText(t, s); got != fresh {
		t.Errorf("seeding changed the schema:\n got %s\nwant %s", got, fresh)
	}
	// A second seed adds to the accounts already there, indexes in place.
	if err := s.InsertDataset(context.Background(), newBook().account("Z1", "Zeta").ds); err != nil {
		t.Fatal(err)
	}
	if a, err := s.FindAccount(context.Background(), "acme retail"); err != nil || a.ID != "A1" {
		t.Errorf("after a second seed: %+v, %v", a, err)
	}
}

func TestMetaAndDemo(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if s.IsDemo(ctx) {
		t.Error("a new database claims to be demo data")
	}
	if got, err := s.Meta(ctx, "nothing"); got != "" || err != nil {
		t.Errorf("missing key: %q, %v", got, err)
	}
	if err := s.SetMeta(ctx, MetaDemo, "1"); err != nil {
		t.Fatal(err)
	}
	if !s.IsDemo(ctx) {
		t.Error("demo mark not seen")
	}
}

// TestCachesFollowOtherWriters checks that a store notices a playbook and
// peer statistics another store (another talktrack process) replaced.
func TestCachesFollowOtherWriters(t *testing.T) {
	reader := newBook().account("A1", "Acme").holds("A1", "crm-basic").account("A2", "Apex").seed(t)
	ctx := context.Background()
	var peers model.PeerStats
	reader.recommendFn = func(in model.BriefingInput) model.Briefing { peers = in.Peers; return model.Briefing{} }
	if _, err := reader.AccountView(ctx, "A1", instant("2026-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if _, err := reader.Catalog(ctx); err != nil {
		t.Fatal(err)
	}

	writer, err := Open(reader.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	pb := testPlaybook()
	pb.Products[0].Name = "CRM Starter"
	err = writer.Update(ctx, func(tx *sql.Tx) error {
		if err := ReplacePlaybook(ctx, tx, pb); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO holdings (account_id, product_id) VALUES ('A2', 'crm-basic'), ('A1', 'analytics')`); err != nil {
			return err
		}
		return RefreshPeerStats(ctx, tx)
	})
	if err != nil {
		t.Fatal(err)
	}

	cat, err := reader.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := cat.Products["crm-basic"].Name; got != "CRM Starter" {
		t.Errorf("the reader's catalog still names crm-basic %q", got)
	}
	if _, err := reader.AccountView(ctx, "A1", instant("2026-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if peers.Holders["crm-basic"] != 2 || peers.Together["crm-basic"]["analytics"] != 1 {
		t.Errorf("the reader's peer statistics are stale: %+v", peers)
	}
}

func TestThePlaybookMarksProductsNoLongerSold(t *testing.T) {
	s := newBook().account("A1", "Acme").holds("A1", "support").seed(t)
	replace := func(pb model.Playbook) *model.Catalog { return replaceCatalog(t, s, pb) }
	pb := testPlaybook()
	for i := range pb.Products {
		pb.Products[i].Discontinued = pb.Products[i].ID == "support"
	}
	if cat := replace(pb); !cat.Products["support"].Discontinued || cat.Products["crm-basic"].Discontinued {
		t.Fatalf("discontinued after the playbook said so: support %v, crm-basic %v", cat.Products["support"].Discontinued, cat.Products["crm-basic"].Discontinued)
	}
	// A playbook that says nothing of it keeps what was said before
	// (by it, or by a product export).
	if cat := replace(testPlaybook()); !cat.Products["support"].Discontinued {
		t.Error("a playbook silent on it put a discontinued product back on sale")
	}
	parsed, err := ParsePlaybook([]byte(strings.Replace(string(assets.Playbook), "  - id: sandbox\n", "  - id: sandbox\n    discontinued: true\n", 1)))
	if err != nil {
		t.Fatalf("a playbook marking a product discontinued: %v", err)
	}
	for _, p := range parsed.Products {
		if p.Discontinued != (p.ID == "sandbox") {
			t.Errorf("%s: discontinued %v as parsed", p.ID, p.Discontinued)
		}
	}
}
