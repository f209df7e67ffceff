package export

import (
	"bytes"
	"context"
	"database/sql"
	_ "embed"
	"encoding/csv"
	"path/filepath"
	"testing"
	"time"

	"talktrack/data"
)

//go:embed testdata/book.sql
var bookSQL string

// exportedAt is the clock the tests mark exports with.
var exportedAt = time.Date(2026, 3, 12, 8, 0, 0, 0, time.UTC)

// newBook creates a database holding testdata/book.sql.
func newBook(t *testing.T) *data.Store {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), "book.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	exec(t, st, bookSQL)
	return st
}

// exec runs SQL against the store in one transaction.
func exec(t *testing.T, st *data.Store, query string, args ...any) {
	t.Helper()
	err := st.Update(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(query, args...)
		return err
	})
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// run exports to a buffer and returns what was written.
func run(t *testing.T, st Store, opts Options) (Result, string) {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = exportedAt
	}
	var buf bytes.Buffer
	res, err := Calls(context.Background(), st, opts, ToWriter(&buf))
	if err != nil {
		t.Fatalf("export %s: %v", opts.Format, err)
	}
	if res.Calls == 0 {
		var empty bytes.Buffer
		if err := Write(&empty, opts.Format, nil, nil); err != nil {
			t.Fatal(err)
		}
		if buf.String() != empty.String() {
			t.Fatalf("export %s of no calls wrote %q, want the empty form %q", opts.Format, buf.String(), empty.String())
		}
	}
	return res, buf.String()
}

// parseCSV reads a whole CSV with the standard library's reader, which is
// what "survives a standard CSV parser" means here.
func parseCSV(t *testing.T, s string) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewBufferString(s))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not valid CSV: %v\n%s", err, s)
	}
	return recs
}

// column returns the named column of every data row, failing when the
// header lacks it.
func column(t *testing.T, recs [][]string, name string) []string {
	t.Helper()
	for i, h := range recs[0] {
		if h == name {
			var out []string
			for _, r := range recs[1:] {
				out = append(out, r[i])
			}
			return out
		}
	}
	t.Fatalf("no column %q in %v", name, recs[0])
	return nil
}

// exportedIDs lists the calls marked as exported in format f.
func exportedIDs(t *testing.T, st *data.Store, f Format) []int64 {
	t.Helper()
	rows, err := st.DB().Query(`SELECT call_id FROM call_exports WHERE format = ? ORDER BY call_id`, string(f))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}
