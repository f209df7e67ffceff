package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"talktrack/data"
)

// TestExportOutNeverDestroysTheDatabase: --out pointed at the database, its
// side files, another link to it, a symbolic link or a named pipe is
// refused with one sentence, and nothing it points at changes.
func TestExportOutNeverDestroysTheDatabase(t *testing.T) {
	db := demoCopy(t)
	dir := filepath.Dir(db)
	// Open and close once so the file is in WAL mode with its side files
	// possibly present, as a database in use is.
	before := fileHash(t, db)

	hardLink := filepath.Join(dir, "same.db")
	if err := os.Link(db, hardLink); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.csv")
	if err := os.WriteFile(target, []byte("keep me\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	symlink := filepath.Join(dir, "link.csv")
	if err := os.Symlink(target, symlink); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		out  string
		want string
	}{
		{db, "it is the database " + db},
		{db + "-wal", "the database's wal file"},
		{db + "-shm", "the database's shm file"},
		{filepath.Join(dir, ".", "book.db"), "it is the database"},
		{hardLink, "it is the database"},
		{symlink, "a symbolic link, not a regular file"},
		{fifo, "a named pipe, not a regular file"},
		{dir, "a folder, not a regular file"},
	} {
		r := runCLI(t, nil, "export", "calls", "--format", "csv", "--out", tc.out, "--db", db)
		wantError(t, r, "cannot write "+tc.out, tc.want)
	}
	// A database reached through a link keeps its -wal beside the file
	// linked to.
	linkDir := filepath.Join(dir, "links")
	if err := os.Mkdir(linkDir, 0o700); err != nil {
		t.Fatal(err)
	}
	linked := filepath.Join(linkDir, "book.db")
	if err := os.Symlink(db, linked); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{db + "-wal", db + "-shm", db} {
		r := runCLI(t, nil, "export", "calls", "--format", "csv", "--out", out, "--db", linked)
		wantError(t, r, "cannot write "+out, "which the export would destroy")
	}
	// The mistake a new user makes: --out "$TALKTRACK_DB".
	r := runCLI(t, map[string]string{"TALKTRACK_DB": db}, "export", "calls", "--format", "csv", "--out", db)
	wantError(t, r, "it is the database")

	if fileHash(t, db) != before {
		t.Error("the database changed")
	}
	if info, err := os.Lstat(symlink); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symbolic link was replaced: %v %v", info, err)
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me\n" {
		t.Errorf("the link's target holds %q", b)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe was replaced: %v %v", info, err)
	}
	// Nothing was marked: a real export still has every call.
	out := filepath.Join(dir, "calls.csv")
	if r := runCLI(t, nil, "export", "calls", "--format", "csv", "--out", out, "--db", db); r.code != 0 || !strings.Contains(r.stderr, "Exported ") {
		t.Errorf("export after refusals: %+v", r)
	}
}

// TestConcurrentExportsTakeEachCallOnce runs four real export processes at
// once against one database: together they hold every call exactly once.
func TestConcurrentExportsTakeEachCallOnce(t *testing.T) {
	db := demoCopy(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	err = st.Update(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO calls (account_id, started_at, duration_s, outcome, notes)
			SELECT a.id, '2026-10-01T10:00:00Z', 60, 'connected', 'note ' || n.value
			  FROM (SELECT id FROM accounts LIMIT 100) a, json_each('[1,2,3,4]') n`)
		return err
	})
	var total int
	if err == nil {
		err = st.DB().QueryRow(`SELECT count(*) FROM calls`).Scan(&total)
	}
	st.Close()
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	var procs []*process
	for i := range 4 {
		out := filepath.Join(dir, fmt.Sprintf("calls-%d.csv", i))
		procs = append(procs, start(t, nil, "export", "calls", "--format", "csv", "--out", out, "--db", db))
	}
	seen := map[string]int{}
	for i, p := range procs {
		if r := p.wait(); r.code != 0 {
			t.Fatalf("export %d failed: %s", i, r.stderr)
		}
		f, err := os.Open(filepath.Join(dir, fmt.Sprintf("calls-%d.csv", i)))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs[1:] {
			seen[rec[0]]++
		}
	}
	twice := 0
	for _, n := range seen {
		if n > 1 {
			twice++
		}
	}
	if twice > 0 || len(seen) != total {
		t.Errorf("the exports hold %d distinct calls of %d, %d of them more than once", len(seen), total, twice)
	}
}
