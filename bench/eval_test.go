package bench

import (
	"context"
	"testing"
	"time"

	"talktrack/model"
)

// BenchmarkEval times `talktrack eval` in process on the whole book: read
// what was known a year before the book's last day, rank for every account
// with talktrack and both baselines, and score them. The goal is under a
// minute at 100,000 accounts.
func BenchmarkEval(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	var last string
	if err := st.DB().QueryRowContext(ctx, `SELECT max(since) FROM holdings`).Scan(&last); err != nil {
		b.Fatal(err)
	}
	end, err := time.Parse("2006-01-02", last)
	if err != nil {
		b.Fatal(err)
	}
	asOf := end.AddDate(-1, 0, 0)
	var res model.BacktestResult
	for range b.N {
		in, err := st.BacktestInput(ctx, asOf, 5)
		if err != nil {
			b.Fatal(err)
		}
		res = model.Backtest(in)
	}
	b.ReportMetric(float64(res.Accounts), "accounts")
}
