package bench

import (
	"context"
	"testing"
	"time"

	"talktrack/model"
)

// BenchmarkRefreshHealthAll scores and stores the health of every account,
// as the first start of a day or the first after an import does.
func BenchmarkRefreshHealthAll(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	day := time.Now()
	for b.Loop() {
		// A new day each time, so every account is scored again.
		day = day.AddDate(0, 0, 1)
		if _, err := s.RefreshHealth(ctx, day); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToday builds everyone's queue (health already current) and one
// rep's.
func BenchmarkToday(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	now := time.Now()
	if _, err := s.RefreshHealth(ctx, now); err != nil {
		b.Fatal(err)
	}
	owners, err := s.Owners(ctx)
	if err != nil || len(owners) == 0 {
		b.Fatalf("owners: %v %v", owners, err)
	}
	for _, q := range []struct {
		name  string
		owner string
	}{{"all", ""}, {"one_owner", owners[0]}} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Today(ctx, model.TodayQuery{Owner: q.owner, Now: now, Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPortfolioByHealth pages the portfolio sorted by health, lowest
// first, through its index.
func BenchmarkPortfolioByHealth(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	if _, err := s.RefreshHealth(ctx, time.Now()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Portfolio(ctx, model.PortfolioQuery{Sort: model.SortHealth, Offset: 5000, Limit: 60}); err != nil {
			b.Fatal(err)
		}
	}
}
