package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"talktrack/data"
)

// staleJournal is the -wal of a database deleted without it: a meta key
// "stale" written and never checkpointed.
func staleJournal(t *testing.T) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := data.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetMeta(context.Background(), "stale", "from a deleted database"); err != nil {
		t.Fatal(err)
	}
	wal, err := os.ReadFile(path + "-wal")
	if err != nil || len(wal) == 0 {
		t.Fatalf("no -wal to copy (%v)", err)
	}
	st.Close()
	return wal
}

// TestANewDatabaseIgnoresAJournalLeftBehind: deleting a database file
// without its -wal leaves the -wal behind; a demo or a first import at that
// path must not replay it into the new database.
func TestANewDatabaseIgnoresAJournalLeftBehind(t *testing.T) {
	wal := staleJournal(t)
	dir := t.TempDir()
	csv := filepath.Join(dir, "products.csv")
	if err := os.WriteFile(csv, []byte("id,name\np1,Widget\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"demo"}, {"import", "products", csv}} {
		db := filepath.Join(dir, args[0]+".db")
		if err := os.WriteFile(db+"-wal", wal, 0o600); err != nil {
			t.Fatal(err)
		}
		if r := runCLI(t, nil, append(args, "--db", db)...); r.code != 0 {
			t.Fatalf("%v: %s", args, r.stderr)
		}
		st, err := data.Open(db)
		if err != nil {
			t.Fatalf("%v: the new database does not open: %v", args, err)
		}
		v, err := st.Meta(context.Background(), "stale")
		st.Close()
		if err == nil && v != "" {
			t.Errorf("%v: the new database holds %q from the deleted one's journal", args, v)
		}
	}
}
