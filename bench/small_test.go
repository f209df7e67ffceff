package bench

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"talktrack/data"
	"talktrack/model"
)

// smallAccounts keeps the checks of the benchmark helpers fast.
const smallAccounts = 300

// smallStore writes a small demo book for the checks below.
func smallStore(t *testing.T) *data.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "small.db")
	if err := writeBook(context.Background(), path, smallAccounts); err != nil {
		t.Fatal(err)
	}
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// The suggestions benchmark is only honest if the inputs it loads give
// the very briefing the store computes.
func TestInputsReproduceBriefings(t *testing.T) {
	st := smallStore(t)
	ctx := context.Background()
	now := time.Now()
	withSuggestions := 0
	for _, id := range sampleIDs(t, st, smallAccounts) {
		in, err := briefingInput(ctx, st, id, now)
		if err != nil {
			t.Fatal(err)
		}
		v, err := st.AccountView(ctx, id, now)
		if err != nil {
			t.Fatal(err)
		}
		got := model.Recommend(in)
		if !reflect.DeepEqual(got, v.Briefing) {
			t.Fatalf("account %s: briefing from the loaded inputs differs from the store's\n got %+v\nwant %+v", id, got, v.Briefing)
		}
		if len(got.Suggestions) > 0 {
			withSuggestions++
		}
	}
	if withSuggestions == 0 {
		t.Fatal("no account of the small book has suggestions; the check compared nothing")
	}
}

// The import benchmark reads files exported by exportCSV; they must import
// back into the same accounts and holdings.
func TestExportedCSVImportsBack(t *testing.T) {
	st := smallStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	accounts, holdings := filepath.Join(dir, "accounts.csv"), filepath.Join(dir, "holdings.csv")
	nAcc, err := exportCSV(ctx, st, accounts, accountsCSVQuery, accountsCSVHeader)
	if err != nil {
		t.Fatal(err)
	}
	nHold, err := exportCSV(ctx, st, holdings, holdingsCSVQuery, holdingsCSVHeader)
	if err != nil {
		t.Fatal(err)
	}
	if nAcc != smallAccounts || nHold < smallAccounts {
		t.Fatalf("exported %d accounts and %d holdings from a book of %d accounts", nAcc, nHold, smallAccounts)
	}
	path := filepath.Join(dir, "imported.db")
	if _, _, err := importBook(ctx, path, accounts, holdings); err != nil {
		t.Fatal(err)
	}
	imported, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer imported.Close()
	for _, table := range []struct {
		query string
		want  int
	}{
		{accountsCSVQuery, nAcc},
		{holdingsCSVQuery, nHold},
	} {
		want := tableRows(t, st, table.query)
		got := tableRows(t, imported, table.query)
		if len(got) != table.want || !reflect.DeepEqual(got, want) {
			t.Fatalf("%d rows after the import, want the %d exported ones; first difference: %s", len(got), len(want), firstDiff(got, want))
		}
	}
}

// tableRows reads every row of query as one line of text per row.
func tableRows(t *testing.T, st *data.Store, query string) []string {
	t.Helper()
	rows, err := st.DB().QueryContext(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	for i := range vals {
		vals[i] = new(any)
	}
	var out []string
	for rows.Next() {
		if err := rows.Scan(vals...); err != nil {
			t.Fatal(err)
		}
		line := ""
		for _, v := range vals {
			line += fmt.Sprintf("%v|", *(v.(*any)))
		}
		out = append(out, line)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// firstDiff describes the first row where got and want differ.
func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("row %d is %q, want %q", i+1, got[i], want[i])
		}
	}
	return "one list is a prefix of the other"
}
