package importer

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"talktrack/data"
)

// scaleCSV builds the scale benchmark's files: 40 products in ladders of
// four, n accounts and ten holdings each, deterministically.
func scaleCSV(n int) (products, accounts, holdings []byte) {
	rng := rand.New(rand.NewPCG(1, 2))
	industries := []string{"retail", "software", "finance", "medical", "manufacturing", "logistics", "education", "media"}
	stages := []string{"onboarding", "adoption", "value_realized", "advocate", "at_risk", "churned"}
	var p, a, h bytes.Buffer
	p.WriteString("id,name,family,tier,price\n")
	for j := 0; j < 40; j++ {
		fmt.Fprintf(&p, "P%02d,Product %d,F%d,%d,%d\n", j, j, j/4, j%4+1, (j%4+1)*25)
	}
	a.WriteString("id,name,industry,employees,region,arr,owner,renewal_date,stage\n")
	h.WriteString("account_id,product_id,quantity,seats_used,since\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&a, "A%06d,Company %d Ltd,%s,%d,Region %d,%d,Rep %d,2027-%02d-%02d,%s\n",
			i, i, industries[rng.IntN(len(industries))], 5+rng.IntN(20000), i%17, 1000+rng.IntN(900000), i%50, i%12+1, i%28+1, stages[rng.IntN(len(stages))])
		for _, j := range rng.Perm(40)[:10] {
			fmt.Fprintf(&h, "A%06d,P%02d,%d,%d,20%d-%02d-%02d\n", i, j, 1+rng.IntN(50), rng.IntN(50), 18+rng.IntN(8), 1+rng.IntN(12), 1+rng.IntN(28))
		}
	}
	return p.Bytes(), a.Bytes(), h.Bytes()
}

// BenchmarkImportScale imports 100,000 accounts and 1,000,000 holdings
// from CSV into a new database, as issue 4 measures:
//
//	go test -run '^$' -bench ImportScale -benchtime 1x ./data/importer
func BenchmarkImportScale(b *testing.B) {
	products, accounts, holdings := scaleCSV(100_000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		st, err := data.Create(filepath.Join(b.TempDir(), "scale.db"))
		if err != nil {
			b.Fatal(err)
		}
		opts := Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
		if _, err := Import(ctx, st, KindProducts, "products.csv", products, opts); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if _, err := Import(ctx, st, KindAccounts, "accounts.csv", accounts, opts); err != nil {
			b.Fatal(err)
		}
		mid := time.Now()
		if _, err := Import(ctx, st, KindHoldings, "holdings.csv", holdings, opts); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(mid.Sub(start).Seconds(), "s-accounts")
		b.ReportMetric(time.Since(mid).Seconds(), "s-holdings")
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
