package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShowSaysWhyNoOfferIsMade: an account in a stage that makes offers,
// whose high-severity cost complaint holds every offer back, is not told
// "none for this stage": the briefing points to what is held back.
func TestShowSaysWhyNoOfferIsMade(t *testing.T) {
	db := demoCopy(t)
	r := runCLI(t, nil, "accounts", "--stage", "advocate", "--db", db)
	if r.code != 0 {
		t.Fatalf("accounts: %s", r.stderr)
	}
	var id string
	for _, line := range strings.Split(r.stdout, "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(f[0], "ACC-") {
			id = f[0]
			break
		}
	}
	if id == "" {
		t.Fatalf("no advocate account in %q", r.stdout)
	}
	csv := filepath.Join(t.TempDir(), "pains.csv")
	if err := os.WriteFile(csv, []byte("account_id,category,title,severity,status\n"+id+",Budget,We have to cut every tool we can,high,open\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "import", "pains", csv, "--db", db); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	r = runCLI(t, nil, "show", id, "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "none right now: see what is held back above") ||
		strings.Contains(r.stdout, "in this stage") || !strings.Contains(r.stdout, "We have to cut every tool we can") {
		t.Errorf("show %s with a high cost pain filed as Budget:\n%s", id, r.stdout)
	}
}
