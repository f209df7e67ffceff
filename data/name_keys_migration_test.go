package data

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
)

// TestNameKeysAreFoldedOnUpgrade: a database written before name keys
// folded accents has them written again when opened, so a rep typing
// "hobekoda" finds Hõbekoda in a book imported earlier.
func TestNameKeysAreFoldedOnUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// The account as an earlier version stored it: its key kept the õ.
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO accounts (id, name, name_key, stage) VALUES ('ACC-1', 'Hõbekoda Tehnika OÜ', 'hõbekodatehnikaoü', 'adoption')`); err != nil {
		t.Fatal(err)
	}
	s = reopenAt(t, s, path, 15)
	defer s.Close()
	var key string
	if err := s.DB().QueryRowContext(ctx, `SELECT name_key FROM accounts WHERE id = 'ACC-1'`).Scan(&key); err != nil {
		t.Fatal(err)
	}
	if key != "hobekodatehnikaou" {
		t.Errorf("name key %q after the upgrade, want hobekodatehnikaou", key)
	}
	found, total, err := s.MatchAccounts(ctx, "hobekoda", 10)
	if err != nil || total != 1 || len(found) != 1 || found[0].ID != "ACC-1" {
		t.Errorf(`"hobekoda" found %v (%d), %v`, found, total, err)
	}
}

// reopenAt closes s as if it had been written at schema version v, and
// opens it again, migrating it to this version's schema.
func reopenAt(t *testing.T, s *Store, path string, v int) *Store {
	t.Helper()
	if err := s.SetMeta(context.Background(), "schema_version", strconv.Itoa(v)); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
