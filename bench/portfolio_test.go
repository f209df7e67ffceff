package bench

import (
	"context"
	"fmt"
	"strings"
	"testing"

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
