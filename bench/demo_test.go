package bench

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/data/demo"
)

// BenchmarkDemoBook times what `talktrack demo --accounts 100000` does in
// process: generate the book, then store it in a new database.
// generate-s and store-s split the time.
func BenchmarkDemoBook(b *testing.B) {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var gen, store time.Duration
	for i := range b.N {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "demo-"+itoa(i)+".db")
		st, err := data.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		ds := demo.Generate(pb, demo.Options{Seed: bookSeed, Accounts: bookAccounts, Now: time.Now()})
		gen += time.Since(start)
		start = time.Now()
		if err := st.InsertDataset(ctx, ds); err != nil {
			b.Fatal(err)
		}
		store += time.Since(start)
		b.StopTimer()
		_ = st.Close()
		b.StartTimer()
	}
	b.ReportMetric(gen.Seconds()/float64(b.N), "generate-s")
	b.ReportMetric(store.Seconds()/float64(b.N), "store-s")
}
