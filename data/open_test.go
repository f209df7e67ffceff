package data

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"talktrack/model"
)

// newStore creates a fresh database in a temporary folder.
func newStore(t *testing.T) *Store {
	t.Helper()
	s, err := Create(filepath.Join(t.TempDir(), "talktrack.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestCreateMigratesAndRecordsVersion(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if got, _ := s.Meta(ctx, "app"); got != "talktrack" {
		t.Errorf("meta app = %q, want talktrack", got)
	}
	if got, _ := s.Meta(ctx, "schema_version"); got != strconv.Itoa(SchemaVersion()) {
		t.Errorf("meta schema_version = %q, want %d", got, SchemaVersion())
	}
	for _, table := range []string{"accounts", "contacts", "products", "holdings", "pain_points", "calls", "call_offers", "drafts", "peer_pairs"} {
		var n int
		if err := s.DB().QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: count %d, err %v", table, n, err)
		}
	}
}

func TestPragmasReachEveryConnection(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	// Hold several connections at once so the pool must open new ones.
	var conns []*sql.Conn
	for range 3 {
		c, err := s.DB().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	for i, c := range conns {
		var fk, sync, busy int
		var mode string
		_ = c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk)
		_ = c.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&sync)
		_ = c.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy)
		_ = c.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode)
		if fk != 1 || sync != 2 || busy != 5000 || mode != "wal" {
			t.Errorf("conn %d: foreign_keys=%d synchronous=%d busy_timeout=%d journal_mode=%s", i, fk, sync, busy, mode)
		}
		_ = c.Close()
	}
}

func TestReopenIsNoOp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.SetMeta(ctx, "marker", "kept"); err != nil {
		t.Fatal(err)
	}
	schema := schemaText(t, s)
	_ = s.Close()

	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, _ := s2.Meta(ctx, "marker"); got != "kept" {
		t.Errorf("marker = %q after reopen", got)
	}
	if got := schemaText(t, s2); got != schema {
		t.Errorf("schema changed on reopen:\n%s\nvs\n%s", schema, got)
	}
}

func TestOpenEmptyFileIsNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, _ := s.Meta(context.Background(), "app"); got != "talktrack" {
		t.Errorf("meta app = %q", got)
	}
}

func TestCreateInMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nope")
	_, err := Create(filepath.Join(dir, "t.db"))
	if model.ErrorCode(err) != model.ENOTFOUND || !strings.Contains(err.Error(), "folder "+dir+" does not exist: create it or pass another --db") {
		t.Errorf("err %v", err)
	}
}

func TestCreateRefusesExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Create(path)
	if model.ErrorCode(err) != model.ECONFLICT {
		t.Fatalf("Create over a file: %v (code %s)", err, model.ErrorCode(err))
	}
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Errorf("file changed to %q", b)
	}
}

func TestOpenRejects(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("call Jane about renewal\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.db")
	if err := os.WriteFile(short, []byte("SQLite"), 0o644); err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(dir, "damaged.db")
	garbage := append([]byte(sqliteHeader), bytes.Repeat([]byte("talktrack?"), 500)...)
	if err := os.WriteFile(damaged, garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := foreignSQLite(t, dir, "other.db", "delete")
	foreignWAL := foreignSQLite(t, dir, "other-wal.db", "wal")
	newer := newerTalktrack(t, dir)

	tests := []struct {
		name string
		path string
		code string
		want string
	}{
		{"missing folder", filepath.Join(dir, "nope", "t.db"), model.ENOTFOUND, "does not exist: create it or pass another --db"},
		{"missing file", filepath.Join(dir, "absent.db"), model.ENOTFOUND, "there is no database at"},
		{"folder", dir, model.EINVALID, "is a folder"},
		{"device", "/dev/null", model.EINVALID, "is a device or a pipe, not a talktrack database"},
		{"text file", text, model.EINVALID, "is not a talktrack database: pass another --db path"},
		{"short file", short, model.EINVALID, "is not a talktrack database"},
		{"damaged sqlite", damaged, model.EINTERNAL, "is damaged: restore it from a backup or pass another --db"},
		{"other sqlite", foreign, model.EINVALID, "is not a talktrack database: pass another --db path"},
		{"other sqlite in WAL mode", foreignWAL, model.EINVALID, "is not a talktrack database: pass another --db path"},
		{"newer schema", newer, model.ECONFLICT, "was written by a newer version of talktrack (schema " + strconv.Itoa(SchemaVersion()+1) + ", this build knows " + strconv.Itoa(SchemaVersion()) + "): upgrade talktrack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := readAll(t, tt.path)
			s, err := Open(tt.path)
			if err == nil {
				_ = s.Close()
				t.Fatal("Open succeeded")
			}
			if model.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q (code %s), want code %s containing %q", err, model.ErrorCode(err), tt.code, tt.want)
			}
			if after := readAll(t, tt.path); !bytes.Equal(before, after) {
				t.Error("the rejected file was modified")
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(tt.path + suffix); err == nil {
					t.Errorf("Open left %s behind", filepath.Base(tt.path+suffix))
				}
			}
		})
	}
}

// foreignSQLite makes a SQLite file another program wrote, in the given
// journal mode.
func foreignSQLite(t *testing.T, dir, name, journal string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`PRAGMA journal_mode = ` + journal,
		`CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)`,
		`INSERT INTO invoices (total) VALUES (12.5), (99)`,
		`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)`,
		`INSERT INTO meta VALUES ('app', 'ledger')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// newerTalktrack makes a talktrack database whose schema is one step ahead
// of this build.
func newerTalktrack(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "newer.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta(context.Background(), "schema_version", strconv.Itoa(SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func readAll(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return b
}

func schemaText(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.DB().Query(`SELECT coalesce(sql, '') FROM sqlite_master ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			t.Fatal(err)
		}
		b.WriteString(q + "\n")
	}
	return b.String()
}

func TestUpdateRollsBackOnError(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	err := s.Update(ctx, func(tx *sql.Tx) error {
		if err := SetMetaTx(ctx, tx, "half", "done"); err != nil {
			return err
		}
		return model.Errorf(model.EINVALID, "stop here")
	})
	if model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("Update returned %v", err)
	}
	if got, _ := s.Meta(ctx, "half"); got != "" {
		t.Errorf("rolled-back write is visible: %q", got)
	}
}

func TestPathWithURISyntax(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q?a#b%c.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at the given path: %v", err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
}

func TestOpenWhileAnotherStoreHasItOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	first, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	ctx := context.Background()
	if err := first.SetMeta(ctx, "marker", "from first"); err != nil {
		t.Fatal(err)
	}
	second, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if got, _ := second.Meta(ctx, "marker"); got != "from first" {
		t.Errorf("second store reads marker %q", got)
	}
}
