package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnImportIntoALinkToNowhereStops: a database path that is a link to a
// drive not mounted gets one sentence saying so, at once, and the link is
// left as it was (an import once spun on it for ever).
func TestAnImportIntoALinkToNowhereStops(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "book.db")
	if err := os.Symlink(filepath.Join(dir, "usb", "talktrack.db"), db); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	csv := filepath.Join(dir, "accounts.csv")
	if err := os.WriteFile(csv, []byte("id,name\nACC-1,Acme\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"import", "accounts", csv}, {"import", "accounts", csv, "--dry-run"}} {
		r := runCLI(t, nil, append(args, "--db", db)...)
		if r.code != 1 || !strings.Contains(r.stderr, "which does not exist: connect the drive or folder it points to") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		if fi, err := os.Lstat(db); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("%v replaced the link", args)
		}
	}
}
