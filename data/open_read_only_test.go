package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenReadOnlyWritesNothing: a database of this schema is read as it
// is, and the connection refuses writes.
func TestOpenReadOnlyWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO accounts (id, name, name_key, stage) VALUES ('ACC-1', 'Kask AS', 'kaskas', 'adoption')`); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	before := readFile(t, path)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	found, total, err := ro.MatchAccounts(ctx, "kask", 10)
	if err != nil || total != 1 || len(found) != 1 {
		t.Errorf(`"kask" found %v (%d), %v`, found, total, err)
	}
	if _, err := ro.DB().ExecContext(ctx, `DELETE FROM accounts`); err == nil {
		t.Error("a write through the read-only store succeeded")
	}
	_ = ro.Close()
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("the database file changed")
	}
}

// TestOpenReadOnlyReadsAnOlderSchemaFromACopy: a database an older
// talktrack wrote is read as upgraded, but the file keeps its old schema
// and bytes, and the upgraded copy is gone after Close.
func TestOpenReadOnlyReadsAnOlderSchemaFromACopy(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// Stored as before name keys folded accents (schema 15).
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO accounts (id, name, name_key, stage) VALUES ('ACC-1', 'Hõbekoda Tehnika OÜ', 'hõbekodatehnikaoü', 'adoption')`); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta(ctx, "schema_version", "15"); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	before := readFile(t, path)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if ro.Path() != path {
		t.Errorf("store path %q, want %q (messages name the user's file)", ro.Path(), path)
	}
	found, total, err := ro.MatchAccounts(ctx, "hobekoda", 10)
	if err != nil || total != 1 || len(found) != 1 {
		t.Errorf(`"hobekoda" found %v (%d), %v: the copy was not upgraded`, found, total, err)
	}
	if n := entries(t, tmp); n != 1 {
		t.Errorf("%d entries in the temporary folder while open, want the one copy", n)
	}
	_ = ro.Close()
	if n := entries(t, tmp); n != 0 {
		t.Errorf("%d entries left in the temporary folder after Close", n)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("the database file changed")
	}
	s, err = Open(path) // and the file still upgrades in place when written
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.Meta(ctx, "schema_version"); err != nil || v == "15" {
		t.Errorf("schema %q after Open, %v", v, err)
	}
}

// TestOpenReadOnlyRefusesWhatOpenRefuses: the same checks, and an empty
// file is not taken for a database.
func TestOpenReadOnlyRefusesWhatOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("not a database at all, just some words"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{empty, text, filepath.Join(dir, "missing.db"), dir} {
		if st, err := OpenReadOnly(path); err == nil {
			_ = st.Close()
			t.Errorf("%s opened", path)
		}
	}
	if fi, _ := os.Stat(empty); fi.Size() != 0 {
		t.Error("the empty file was written")
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func entries(t *testing.T, dir string) int {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return len(es)
}
