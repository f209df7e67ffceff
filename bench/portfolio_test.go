package bench

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"talktrack/data"
	"talktrack/model"
)

// pageRows is about one screen of the portfolio table.
const pageRows = 40

// BenchmarkPortfolioFirstPage times the first screen of accounts: no
// filter, sorted by name.
func BenchmarkPortfolioFirstPage(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		page, err := st.Portfolio(ctx, model.PortfolioQuery{Limit: pageRows})
		if err != nil {
			b.Fatal(err)
		}
		if len(page.Rows) == 0 {
			b.Fatal("the first page is empty")
		}
	}
}

// BenchmarkPortfolioByARR times the first screen sorted by ARR, highest
// first: in a book of several currencies every account's ARR is
// converted to the list currency, so the accounts are sorted, not read
// off an index.
func BenchmarkPortfolioByARR(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		page, err := st.Portfolio(ctx, model.PortfolioQuery{Sort: model.SortARR, Desc: true, Limit: pageRows})
		if err != nil {
			b.Fatal(err)
		}
		if len(page.Rows) == 0 {
			b.Fatal("the first page is empty")
		}
	}
}

// BenchmarkPortfolioKeystroke times the query behind each keystroke of
// typing a company name into the portfolio filter: one sub-benchmark per
// prefix, "1-h", "2-ha", and so on. The screen shows the answer; what the
// terminal adds is measured by scripts/bench.
func BenchmarkPortfolioKeystroke(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	typed := typedName(b, st)
	for n := 1; n <= len(typed); n++ {
		filter := typed[:n]
		b.Run(fmt.Sprintf("%d-%s", n, strings.ReplaceAll(filter, " ", "_")), func(b *testing.B) {
			matches := 0
			for range b.N {
				page, err := st.Portfolio(ctx, model.PortfolioQuery{Filter: filter, Limit: pageRows})
				if err != nil {
					b.Fatal(err)
				}
				matches = page.Total
			}
			b.ReportMetric(float64(matches), "matches")
		})
	}
}

// BenchmarkPortfolioTypingFresh types a name letter by letter into a store
// opened afresh for each word, as a rep does after starting the app: the
// store has loaded its name index (the UI asks for it once the first screen
// is up) but has never read or ranked the matching rows. ns/op is per word;
// ms/key is the mean time per keystroke. BenchmarkPortfolioKeystroke, by
// contrast, repeats one query and so measures a warm cache.
func BenchmarkPortfolioTypingFresh(b *testing.B) {
	bigStore(b).Close()
	ctx := context.Background()
	probe := bigStore(b)
	typed := typedName(b, probe)
	probe.Close()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		st, err := data.Open(book.path)
		if err != nil {
			b.Fatal(err)
		}
		if err := st.PrepareFilter(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for n := 1; n <= len(typed); n++ {
			if _, err := st.Portfolio(ctx, model.PortfolioQuery{Filter: typed[:n], Limit: pageRows}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(typed)), "ms/key")
}
