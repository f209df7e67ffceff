package importer

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"talktrack/data"
)

// canaryPair is a peer_pairs row of a segment no account is in: updating
// the statistics leaves it alone, counting them again removes it, so its
// presence after an import shows which of the two ran.
const canaryPair = `INSERT INTO peer_pairs (segment, held_id, other_id, holders) VALUES ('canary|', 'x', 'y', 7)`

// peerRows reads the peer tables, one string per row, sorted, leaving out
// the canary and saying whether it was there.
func (db *testDB) peerRows() (rows []string, canary bool) {
	db.t.Helper()
	for _, q := range []string{
		`SELECT 'segment', segment, accounts, '' FROM peer_segments`,
		`SELECT 'product', segment, product_id, holders FROM peer_products`,
		`SELECT 'pair', segment, held_id || '+' || other_id, holders FROM peer_pairs`,
	} {
		for _, r := range db.rows(q) {
			if strings.Contains(r, "|canary|") {
				canary = true
				continue
			}
			rows = append(rows, r)
		}
	}
	slices.Sort(rows)
	return rows, canary
}

// recounted is the peer tables as data.RefreshPeerStats counts them from
// the database, which is left as it was.
func (db *testDB) recounted() []string {
	db.t.Helper()
	ctx := context.Background()
	tx, err := db.st.DB().BeginTx(ctx, nil)
	if err != nil {
		db.t.Fatal(err)
	}
	defer tx.Rollback()
	if err := data.RefreshPeerStats(ctx, tx); err != nil {
		db.t.Fatal(err)
	}
	var rows []string
	for _, q := range []string{
		`SELECT 'segment', segment, accounts, '' FROM peer_segments`,
		`SELECT 'product', segment, product_id, holders FROM peer_products`,
		`SELECT 'pair', segment, held_id || '+' || other_id, holders FROM peer_pairs`,
	} {
		rs, err := tx.Query(q)
		if err != nil {
			db.t.Fatal(err)
		}
		for rs.Next() {
			var kind, seg, key, n string
			if err := rs.Scan(&kind, &seg, &key, &n); err != nil {
				db.t.Fatal(err)
			}
			rows = append(rows, strings.Join([]string{kind, seg, key, n}, "|"))
		}
		if err := rs.Close(); err != nil {
			db.t.Fatal(err)
		}
	}
	slices.Sort(rows)
	return rows
}

// TestImportsKeepPeerStatisticsAsARecountWould runs the imports a book
// goes through and compares the peer statistics after each with a full
// recount: they must be exactly equal, whether the import updated them or
// counted them again.
func TestImportsKeepPeerStatisticsAsARecountWould(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	industries := []string{"retail", "software", "media"}
	employees := []int{20, 300, 2000}
	products := []string{"p1", "p2", "p3", "p4", "p5", "p6"}
	const n = 40
	accounts := func(first, count int, industry func(i int) string) string {
		var b strings.Builder
		b.WriteString("id,name,industry,employees,stage\n")
		for i := first; i < first+count; i++ {
			fmt.Fprintf(&b, "a%02d,Account %d,%s,%d,adoption\n", i, i, industry(i), employees[(i/3)%len(employees)])
		}
		return b.String()
	}
	var holdings, moreHoldings strings.Builder
	holdings.WriteString("account_id,product_id,quantity\n")
	moreHoldings.WriteString("account_id,product_id,quantity\n")
	held := map[string]bool{}
	for i := range n {
		for _, j := range rng.Perm(len(products))[:rng.IntN(4)] {
			fmt.Fprintf(&holdings, "a%02d,%s,%d\n", i, products[j], 1+rng.IntN(9))
			held[fmt.Sprintf("a%02d,%s", i, products[j])] = true
		}
	}
	// Again, with quantities changed and new holdings among them.
	for _, line := range strings.Split(strings.TrimSpace(holdings.String()), "\n")[1:] {
		fields := strings.Split(line, ",")
		fmt.Fprintf(&moreHoldings, "%s,%s,%d\n", fields[0], fields[1], 1+rng.IntN(9))
	}
	for i := 0; i < n; i += 3 {
		for _, p := range products {
			if key := fmt.Sprintf("a%02d,%s", i, p); !held[key] {
				fmt.Fprintf(&moreHoldings, "%s,2\n", key)
				break
			}
		}
	}
	segmentOf := func(i int) string { return industries[i%len(industries)] }
	moveSome := func(i int) string { // 5 of 40 move: updated in place
		if i%8 == 0 {
			return industries[(i+1)%len(industries)]
		}
		return segmentOf(i)
	}
	moveMost := func(i int) string { return industries[(i+2)%len(industries)] + " services" }
	pipeline := "id,account,product,stage,close_date,amount\n" +
		"d1,a01,p1,Won,2026-01-10,100\nd2,a01,p6,Won,2026-02-10,600\nd3,a02,p6,Won,2026-02-11,600\nd4,a03,p5,Lost,2026-02-12,0\n"
	newerPipeline := "id,account,product,stage,close_date,amount\n" +
		"d2,a01,p6,Lost,2026-02-10,0\nd5,a40,p2,Won,2026-03-01,200\n"

	steps := []struct {
		name      string
		kind      Kind
		content   string
		recounted bool // the import counts the statistics again
	}{
		{"new accounts", KindAccounts, accounts(0, n, segmentOf), false},
		{"holdings", KindHoldings, holdings.String(), false},
		{"holdings again, some new", KindHoldings, moreHoldings.String(), false},
		{"the same holdings", KindHoldings, moreHoldings.String(), false},
		{"a few accounts move, one is new", KindAccounts, accounts(0, n+1, moveSome), false},
		{"won deals", KindPurchases, pipeline, false},
		{"a won deal turns lost", KindPurchases, newerPipeline, false},
		{"most accounts move", KindAccounts, accounts(0, n+1, moveMost), true},
	}
	db := newTestDB(t)
	if _, err := db.importText(KindProducts, "products.csv", "id,name,family,tier,price\n"+
		"p1,P1,F,1,10\np2,P2,F,2,20\np3,P3,G,1,30\np4,P4,G,2,40\np5,P5,H,1,50\np6,P6,H,2,60\n", Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.st.DB().Exec(canaryPair); err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		sum, err := db.importText(s.kind, s.name+".csv", s.content, Options{})
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got, canary := db.peerRows()
		if want := db.recounted(); !slices.Equal(got, want) {
			t.Fatalf("%s (%+v): the statistics differ from a recount\n got %q\nwant %q", s.name, sum.Records, got, want)
		}
		if canary == s.recounted {
			t.Errorf("%s: recounted = %v, want %v", s.name, !canary, s.recounted)
		}
		if len(got) < 9 {
			t.Errorf("%s: only %d rows of statistics: too few to show anything", s.name, len(got))
		}
	}
	// The removed holding is gone from the statistics too.
	db.wantRows(`SELECT count(*) FROM holdings WHERE account_id = 'a01' AND product_id = 'p6'`, "0")
}
