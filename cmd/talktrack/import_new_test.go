package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"talktrack/data"
)

// slowBadProducts writes a products file that takes a while to check and
// fails on its last line.
func slowBadProducts(t *testing.T, rows int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Product Name,Product Family,List Price\n")
	for i := range rows {
		fmt.Fprintf(&b, "Product %d,Family %d,%d\n", i, i%50, i%97+1)
	}
	b.WriteString("Broken,Family 1,fifteen\n")
	path := filepath.Join(t.TempDir(), "products.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// waitForFile polls dir until a file whose name contains part appears.
func waitForFile(t *testing.T, dir, part string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), part) {
				return
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no file named like %q appeared in %s", part, dir)
}

// TestFailedFirstImportKeepsAnotherImportsDatabase runs two real imports
// into the same new file: one that fails after a while, and one that starts
// while the first is running and succeeds. The database the second one
// reported is there afterwards, with its data.
func TestFailedFirstImportKeepsAnotherImportsDatabase(t *testing.T) {
	bad := slowBadProducts(t, 200_000)
	good := filepath.Join("..", "..", "assets", "samples", "accounts.csv")
	dir := t.TempDir()
	db := filepath.Join(dir, "book.db")

	failing := start(t, nil, "import", "products", bad, "--db", db)
	// The failing import has made its database file (today at the path,
	// or a temporary one beside it) before the second one starts.
	waitForFile(t, dir, "book.db", 5*time.Second)
	ok := runProcess(t, nil, "import", "accounts", good, "--db", db)
	r := failing.wait()
	if r.code == 0 {
		t.Fatal("the import of a bad file succeeded")
	}
	if ok.code != 0 {
		t.Fatalf("the good import failed: %s", ok.stderr)
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatalf("the database the good import reported is gone: %v", err)
	}
	defer st.Close()
	var n int
	if err := st.DB().QueryRow(`SELECT count(*) FROM accounts`).Scan(&n); err != nil || n == 0 {
		t.Errorf("%d accounts after the good import (err %v)", n, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// TestInterruptedFirstImportLeavesNothing: Ctrl+C (SIGINT) during the
// first import into a new file leaves no database, empty or not, and no
// temporary file.
func TestInterruptedFirstImportLeavesNothing(t *testing.T) {
	bad := slowBadProducts(t, 400_000)
	dir := t.TempDir()
	db := filepath.Join(dir, "book.db")
	p := start(t, nil, "import", "products", bad, "--db", db)
	waitForFile(t, dir, "book.db", 5*time.Second)
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	r := p.wait()
	if r.code == 0 {
		t.Fatal("the interrupted import succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		t.Errorf("the interrupted import left %s behind (stderr %q)", e.Name(), r.stderr)
	}
	if _, err := data.Open(db); err == nil {
		t.Error("a database exists after the interrupted import")
	}
}
