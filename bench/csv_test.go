package bench

import (
	"context"
	"database/sql"
	"encoding/csv"
	"os"
	"strconv"

	"talktrack/data"
)

// The columns of the CSV files the import benchmark reads, named as the
// importer recognises them; scripts/bench exports the same columns with
// the sqlite3 shell.
const (
	accountsCSVQuery = `SELECT id, name, industry, size_band, employees, region, locale, arr, owner,
		renewal_date, stage, stage_since FROM accounts ORDER BY id`
	holdingsCSVQuery = `SELECT account_id, product_id, quantity, seats_used, since FROM holdings ORDER BY account_id, product_id`
)

var (
	accountsCSVHeader = []string{"id", "name", "industry", "size_band", "employees", "region", "locale", "arr", "owner",
		"renewal_date", "stage", "stage_since"}
	holdingsCSVHeader = []string{"account_id", "product_id", "quantity", "seats_used", "since"}
)

// exportCSV writes the rows of query, under header, to a new CSV file at
// path, as a CRM export would hold them.
func exportCSV(ctx context.Context, st *data.Store, path, query string, header []string) (rows int, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := csv.NewWriter(f)
	if err := w.Write(header); err != nil {
		return 0, err
	}
	r, err := st.DB().QueryContext(ctx, query)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	vals := make([]sql.RawBytes, len(header))
	ptrs := make([]any, len(header))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	rec := make([]string, len(header))
	for r.Next() {
		if err := r.Scan(ptrs...); err != nil {
			return rows, err
		}
		for i, v := range vals {
			rec[i] = string(v)
		}
		if err := w.Write(rec); err != nil {
			return rows, err
		}
		rows++
	}
	if err := r.Err(); err != nil {
		return rows, err
	}
	w.Flush()
	return rows, w.Error()
}

// itoa spells a count for a message.
func itoa(n int) string { return strconv.Itoa(n) }
