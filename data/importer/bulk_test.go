package importer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
)

// TestBulkLoadRebuildsSoundIndexes loads enough holdings that the index
// rebuilt after them is sorted in several runs on helper threads, and
// checks the result with SQLite's own integrity check and through the
// index.
func TestBulkLoadRebuildsSoundIndexes(t *testing.T) {
	const accounts, perAccount = 20_000, 3
	var a, h strings.Builder
	a.WriteString("id,name,industry,employees\n")
	h.WriteString("account_id,product_id\n")
	holders := map[int]int{}
	for i := range accounts {
		fmt.Fprintf(&a, "acc-%05d,Account %d,retail,%d\n", i, i, 10+i%3000)
		for j := range perAccount {
			fmt.Fprintf(&h, "acc-%05d,p%d\n", i, (i+j)%6+1)
			holders[(i+j)%6+1]++
		}
	}
	db := newTestDB(t)
	if _, err := db.importText(KindProducts, "products.csv", "id,name,family,tier,price\n"+
		"p1,P1,F,1,10\np2,P2,F,2,20\np3,P3,G,1,30\np4,P4,G,2,40\np5,P5,H,1,50\np6,P6,H,2,60\n", Options{}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		kind    Kind
		content string
	}{{KindAccounts, a.String()}, {KindHoldings, h.String()}} {
		if _, err := db.importText(f.kind, string(f.kind)+".csv", f.content, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	db.wantRows(`PRAGMA integrity_check`, "ok")
	var want []string
	for p := 1; p <= 6; p++ {
		want = append(want, fmt.Sprintf("p%d|%d", p, holders[p]))
	}
	db.wantRows(`SELECT product_id, count(*) FROM holdings INDEXED BY holdings_product GROUP BY 1`, want...)
	db.wantRows(`SELECT count(*) FROM accounts INDEXED BY accounts_name_key WHERE name_key >= 'account1'`,
		fmt.Sprint(accounts-1)) // all but "account0"
}

// TestRebuildIndexesRestoresTheConnection checks that the sort settings
// of a rebuild do not outlive it on the pooled connection.
func TestRebuildIndexesRestoresTheConnection(t *testing.T) {
	db := newTestDB(t)
	db.importMaven()
	ctx := context.Background()
	tx, err := db.st.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	pragmas := func() string {
		var threads, cache int
		for _, p := range []struct {
			name string
			v    *int
		}{{"threads", &threads}, {"cache_size", &cache}} {
			if err := tx.QueryRowContext(ctx, `PRAGMA `+p.name).Scan(p.v); err != nil {
				t.Fatal(err)
			}
		}
		return fmt.Sprintf("threads %d, cache %d", threads, cache)
	}
	before := pragmas()
	var def string
	if err := tx.QueryRow(`SELECT sql FROM sqlite_master WHERE name = 'holdings_product'`).Scan(&def); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`DROP INDEX holdings_product`); err != nil {
		t.Fatal(err)
	}
	if err := rebuildIndexes(ctx, tx, []string{"holdings_product"}, []string{def}); err != nil {
		t.Fatal(err)
	}
	if after := pragmas(); after != before {
		t.Errorf("after a rebuild the connection has %s, before it had %s", after, before)
	}
	if err := tx.QueryRow(`SELECT sql FROM sqlite_master WHERE name = 'holdings_product'`).Scan(&def); err == sql.ErrNoRows {
		t.Error("the index was not rebuilt")
	}
}
