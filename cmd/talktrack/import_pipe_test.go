package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestAnImportReadsAPipeOnce: a CSV given through a pipe (as `<(cat
// file)` gives it) is read once and imported whole; it was opened twice
// and read as empty the second time.
func TestAnImportReadsAPipeOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "accounts.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		_, _ = f.WriteString("id,name\nACC-1,Acme\nACC-2,Birch\n")
		f.Close()
	}()
	db := filepath.Join(dir, "book.db")
	r := runCLI(t, nil, "import", "accounts", fifo, "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "2 created") {
		t.Fatalf("import from a pipe: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
