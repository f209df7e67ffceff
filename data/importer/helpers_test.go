package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"talktrack/data"
)

// testNow is the clock of every import in the tests.
var testNow = time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)

// testDB is a database file for one test, opened and closed at will.
type testDB struct {
	t    *testing.T
	path string
	st   *data.Store
}

// newTestDB creates an empty database in the test's temporary folder.
func newTestDB(t *testing.T) *testDB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "talktrack.db")
	st, err := data.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	db := &testDB{t: t, path: path, st: st}
	t.Cleanup(func() {
		if db.st != nil {
			db.st.Close()
		}
	})
	return db
}

// close closes the store, which folds the write-ahead log into the file.
func (db *testDB) close() {
	db.t.Helper()
	if err := db.st.Close(); err != nil {
		db.t.Fatal(err)
	}
	db.st = nil
}

// reopen opens the file again.
func (db *testDB) reopen() {
	db.t.Helper()
	st, err := data.Open(db.path)
	if err != nil {
		db.t.Fatal(err)
	}
	db.st = st
}

// fileState closes the store and describes the database file exactly: the
// hash of its bytes, and whether a write-ahead log with content was left
// beside it. The store is reopened afterwards.
func (db *testDB) fileState() string {
	db.t.Helper()
	db.close()
	defer db.reopen()
	b, err := os.ReadFile(db.path)
	if err != nil {
		db.t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	state := hex.EncodeToString(sum[:])
	if fi, err := os.Stat(db.path + "-wal"); err == nil && fi.Size() > 0 {
		state += fmt.Sprintf(" + %d bytes of WAL", fi.Size())
	}
	return state
}

// importFile imports a testdata file.
func (db *testDB) importFile(kind Kind, file string, opts Options) (*Summary, error) {
	db.t.Helper()
	content, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		db.t.Fatal(err)
	}
	return db.importText(kind, file, string(content), opts)
}

// importText imports content given in the test.
func (db *testDB) importText(kind Kind, name, content string, opts Options) (*Summary, error) {
	db.t.Helper()
	if opts.Now.IsZero() {
		opts.Now = testNow
	}
	return Import(context.Background(), db.st, kind, name, []byte(content), opts)
}

// mustImport imports a testdata file and fails the test on any error.
func (db *testDB) mustImport(kind Kind, file string) *Summary {
	db.t.Helper()
	sum, err := db.importFile(kind, file, Options{})
	if err != nil {
		db.t.Fatalf("import %s %s: %v", kind, file, err)
	}
	return sum
}

// rows runs a query and returns each row's columns joined by "|".
func (db *testDB) rows(query string, args ...any) []string {
	db.t.Helper()
	rs, err := db.st.DB().QueryContext(context.Background(), query, args...)
	if err != nil {
		db.t.Fatalf("%s: %v", query, err)
	}
	defer rs.Close()
	cols, _ := rs.Columns()
	var out []string
	for rs.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			db.t.Fatal(err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			parts[i] = fmt.Sprint(v)
		}
		out = append(out, strings.Join(parts, "|"))
	}
	if err := rs.Err(); err != nil {
		db.t.Fatal(err)
	}
	return out
}

// one runs a query expected to return one row.
func (db *testDB) one(query string, args ...any) string {
	db.t.Helper()
	rs := db.rows(query, args...)
	if len(rs) != 1 {
		db.t.Fatalf("%s returned %d rows: %v", query, len(rs), rs)
	}
	return rs[0]
}

// counted returns the summary's count for a kind of record.
func counted(sum *Summary, what string) Count {
	for _, c := range sum.Records {
		if c.What == what {
			return c
		}
	}
	return Count{What: what}
}

// skipped returns how many rows were skipped for reason.
func skipped(sum *Summary, reason string) int {
	for _, s := range sum.Skipped {
		if s.Reason == reason {
			return s.Rows
		}
	}
	return 0
}

// hasNote reports whether a summary note contains s.
func hasNote(sum *Summary, s string) bool {
	for _, n := range sum.Notes {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}

// wantCount checks a summary count.
func wantCount(t *testing.T, sum *Summary, what string, created, updated, unchanged int) {
	t.Helper()
	c := counted(sum, what)
	if c.Created != created || c.Updated != updated || c.Unchanged != unchanged {
		t.Errorf("%s: %d created, %d updated, %d unchanged; want %d, %d, %d",
			what, c.Created, c.Updated, c.Unchanged, created, updated, unchanged)
	}
}

// wantRows compares query results with the expected rows.
func (db *testDB) wantRows(query string, want ...string) {
	db.t.Helper()
	got := db.rows(query)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		db.t.Errorf("%s\n got: %q\nwant: %q", query, got, want)
	}
}

// importMaven loads the Maven-like fixture in the order a user would.
func (db *testDB) importMaven() {
	db.t.Helper()
	db.mustImport(KindProducts, "maven/products.csv")
	db.mustImport(KindAccounts, "maven/accounts.csv")
	db.mustImport(KindPurchases, "maven/sales_pipeline.csv")
}
