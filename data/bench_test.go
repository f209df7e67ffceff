package data

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"talktrack/model"
)

// Benchmarks at the scale the store is designed for: 100k accounts holding
// 1M products. The large database is built once per run, and only when a
// benchmark asks for it; plain `go test` never builds it.
const (
	largeAccounts      = 100_000
	holdingsPerAccount = 10
)

// largePlaybook has 12 three-tier families and 8 lone products.
func largePlaybook() model.Playbook {
	pb := testPlaybook()
	pb.Products, pb.Complements = nil, nil
	cats := []string{"reporting", "scale", "support"}
	for f := range 12 {
		for tier := 1; tier <= 3; tier++ {
			pb.Products = append(pb.Products, model.Product{ID: fmt.Sprintf("f%02d-t%d", f, tier), Name: fmt.Sprintf("Family %d Tier %d", f, tier),
				Family: fmt.Sprintf("f%02d", f), Tier: tier, Price: float64(10 * tier), BillingUnit: "seat/month", Seated: true, Pains: []string{cats[(f+tier)%3]},
				Solves: map[string]string{cats[(f+tier)%3]: "it handles " + cats[(f+tier)%3]}})
		}
		pb.Complements = append(pb.Complements, model.Complement{ProductID: fmt.Sprintf("f%02d-t1", f), ComplementID: fmt.Sprintf("lone%d", f%8), Reason: "fits"})
	}
	for i := range 8 {
		pb.Products = append(pb.Products, model.Product{ID: fmt.Sprintf("lone%d", i), Name: fmt.Sprintf("Lone %d", i), Price: 500, BillingUnit: "year", Pains: []string{cats[i%3]},
			Solves: map[string]string{cats[i%3]: "it handles " + cats[i%3]}})
	}
	return pb
}

// largeDataset generates n accounts, each holding perAccount products (one
// tier per family), with a pain point for every third account and a call
// with an offer for every other one. The same n gives the same data.
func largeDataset(n, perAccount int) model.Dataset {
	rng := rand.New(rand.NewPCG(1, 2))
	ds := model.Dataset{Playbook: largePlaybook()}
	industries := []string{"retail", "software", "logistics", "health", "finance", "media", "energy", "education"}
	words := []string{"North", "Blue", "Acme", "Stone", "River", "Bright", "Iron", "Silver", "Oak", "Summit", "Delta", "Nova"}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		id := fmt.Sprintf("ACC%06d", i)
		a := model.Account{
			ID:       id,
			Name:     fmt.Sprintf("%s %s %d", words[rng.IntN(len(words))], words[rng.IntN(len(words))], i),
			Industry: industries[rng.IntN(len(industries))], SizeBand: model.SizeBands[rng.IntN(len(model.SizeBands))],
			Locale: "en", ARR: float64(rng.IntN(500)) * 1000, Stage: model.Stages[rng.IntN(len(model.Stages))],
		}
		if rng.IntN(5) > 0 {
			a.RenewalDate = base.AddDate(0, 0, rng.IntN(700))
		}
		ds.Accounts = append(ds.Accounts, a)
		for _, slot := range rng.Perm(20)[:perAccount] {
			pid := fmt.Sprintf("lone%d", slot-12)
			if slot < 12 {
				pid = fmt.Sprintf("f%02d-t%d", slot, 1+rng.IntN(3))
			}
			ds.Holdings = append(ds.Holdings, model.Holding{AccountID: id, ProductID: pid, Quantity: 20, SeatsUsed: 15 + rng.IntN(6)})
		}
		if i%3 == 0 {
			ds.Pains = append(ds.Pains, model.PainPoint{AccountID: id, Category: "reporting", Title: "reports by hand", Severity: 1 + rng.IntN(3), Status: model.PainOpen, NotedAt: base})
		}
		if i%2 == 0 {
			ds.Calls = append(ds.Calls, model.Call{AccountID: id, StartedAt: base.Add(time.Duration(rng.IntN(4000)) * time.Hour), Outcome: model.OutcomeConnected,
				Offers: []model.Offer{{ProductID: "lone1", Response: model.ResponseDeclined}}})
		}
	}
	return ds
}

var large struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// largeStore opens the shared large database, building it on first use.
func largeStore(b *testing.B) *Store {
	b.Helper()
	large.once.Do(func() {
		large.dir, large.err = os.MkdirTemp("", "talktrack-bench-")
		if large.err != nil {
			return
		}
		large.path = filepath.Join(large.dir, "large.db")
		s, err := Create(large.path)
		if err != nil {
			large.err = err
			return
		}
		defer s.Close()
		start := time.Now()
		large.err = s.InsertDataset(context.Background(), largeDataset(largeAccounts, holdingsPerAccount))
		fmt.Fprintf(os.Stderr, "built %d accounts with %d holdings each in %v\n", largeAccounts, holdingsPerAccount, time.Since(start).Round(time.Millisecond))
	})
	if large.err != nil {
		b.Fatal(large.err)
	}
	s, err := Open(large.path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}

func TestMain(m *testing.M) {
	code := m.Run()
	if large.dir != "" {
		_ = os.RemoveAll(large.dir)
	}
	os.Exit(code)
}

// BenchmarkInsertDataset seeds 100k accounts and 1M holdings per iteration
// (about ten seconds each); run it with -benchtime=1x.
func BenchmarkInsertDataset(b *testing.B) {
	ds := largeDataset(largeAccounts, holdingsPerAccount)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s, err := Create(filepath.Join(b.TempDir(), "seed.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.InsertDataset(context.Background(), ds); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		_ = s.Close()
		b.StartTimer()
	}
}

func BenchmarkRefreshPeerStats(b *testing.B) {
	s := largeStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		tx, err := s.DB().BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := RefreshPeerStats(ctx, tx); err != nil {
			b.Fatal(err)
		}
		_ = tx.Rollback()
	}
}

func BenchmarkPortfolio(b *testing.B) {
	s := largeStore(b)
	ctx := context.Background()
	cases := []struct {
		name string
		q    model.PortfolioQuery
	}{
		{"name", model.PortfolioQuery{}},
		{"name-desc-deep", model.PortfolioQuery{Desc: true, Offset: 60_000}},
		{"stage", model.PortfolioQuery{Sort: model.SortStage}},
		{"renewal-desc", model.PortfolioQuery{Sort: model.SortRenewal, Desc: true}},
		{"arr-desc", model.PortfolioQuery{Sort: model.SortARR, Desc: true}},
		{"pains-desc", model.PortfolioQuery{Sort: model.SortOpenPains, Desc: true}},
		{"last-contact", model.PortfolioQuery{Sort: model.SortLastContact}},
		{"stage-filter-arr", model.PortfolioQuery{Stage: model.StageAdvocate, Sort: model.SortARR, Desc: true}},
		{"filter-1-letter", model.PortfolioQuery{Filter: "n"}},
		{"filter-word", model.PortfolioQuery{Filter: "river"}},
		{"filter-rare", model.PortfolioQuery{Filter: "oak summit 4242"}},
		{"filter-word-arr", model.PortfolioQuery{Filter: "stone", Sort: model.SortARR, Desc: true}},
	}
	for _, c := range cases {
		c.q.Limit = 50
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				page, err := s.Portfolio(ctx, c.q)
				if err != nil {
					b.Fatal(err)
				}
				if len(page.Rows) == 0 && c.name != "filter-rare" {
					b.Fatalf("no rows for %+v", c.q)
				}
			}
		})
	}
}

func BenchmarkAccountView(b *testing.B) {
	s := largeStore(b)
	ctx := context.Background()
	now := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.AccountView(ctx, fmt.Sprintf("ACC%06d", (i*7919)%largeAccounts), now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveDraft is one autosave: an upsert committed with
// synchronous=FULL.
func BenchmarkSaveDraft(b *testing.B) {
	path := filepath.Join(b.TempDir(), "drafts.db")
	s, err := Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.InsertDataset(ctx, newBook().account("A1", "Acme").ds); err != nil {
		b.Fatal(err)
	}
	d := model.Draft{ID: "d1", AccountID: "A1", StartedAt: time.Now(), Offers: []model.Offer{{ProductID: "crm-pro", Response: model.ResponseInterested}}}
	b.ResetTimer()
	for i := range b.N {
		d.Notes = fmt.Sprintf("notes typed so far, keystroke %d", i)
		if err := s.SaveDraft(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}
