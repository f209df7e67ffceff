package bench

import (
	"context"
	"os"
	"strings"
	"testing"

	"talktrack/data"
)

// sampleIDs returns n account ids spread evenly over the book in id order,
// optionally only of the given stages, so a benchmark cycles through
// accounts of every size and segment instead of timing one cached account.
func sampleIDs(tb testing.TB, st *data.Store, n int, stages ...string) []string {
	tb.Helper()
	q := `SELECT id FROM accounts`
	var args []any
	if len(stages) > 0 {
		q += ` WHERE stage IN (?` + strings.Repeat(`, ?`, len(stages)-1) + `)`
		for _, s := range stages {
			args = append(args, s)
		}
	}
	rows, err := st.DB().QueryContext(context.Background(), q+` ORDER BY id`, args...)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var all []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			tb.Fatal(err)
		}
		all = append(all, id)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(all) == 0 {
		tb.Fatalf("no accounts in stages %v", stages)
	}
	step := max(1, len(all)/n)
	var out []string
	for i := 0; i < len(all) && len(out) < n; i += step {
		out = append(out, all[i])
	}
	return out
}

// typedName is what the filter benchmarks type, letter by letter:
// $TALKTRACK_BENCH_TYPE, or else the first word of the name of the account
// in the middle of the book (in id order), as a rep would start typing it.
// scripts/bench passes the same text to fzf.
func typedName(tb testing.TB, st *data.Store) string {
	tb.Helper()
	if s := os.Getenv("TALKTRACK_BENCH_TYPE"); s != "" {
		return s
	}
	var name string
	err := st.DB().QueryRowContext(context.Background(),
		`SELECT name FROM accounts ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM accounts)`).Scan(&name)
	if err != nil {
		tb.Fatal(err)
	}
	return strings.ToLower(strings.Fields(name)[0])
}
