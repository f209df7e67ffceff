package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sample is a file of the README's worked example.
func sample(name string) string { return filepath.Join("..", "..", "assets", "samples", name) }

func TestImportSampleAsInTheReadme(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	r := runCLI(t, nil, "import", "products", sample("products.csv"), "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "products:        5 created, 0 updated, 0 unchanged") ||
		!strings.Contains(r.stdout, "Analytics Basic (19) < Analytics Pro (49) < Analytics Enterprise (99)") {
		t.Fatalf("import products: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, nil, "import", "accounts", sample("accounts.csv"), "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "accounts:        4 created") {
		t.Fatalf("import accounts: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, nil, "import", "purchases", sample("deals.csv"), "--db", db)
	for _, want := range []string{
		"purchases:       7 created, 0 updated, 0 unchanged",
		"holdings:        5 created, 0 updated, 0 unchanged",
		"skipped 1 row: no account (line 7)",
		"kept as history only, not as holdings: 1 open and 1 lost",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("import purchases lacks %q:\n%s%s", want, r.stdout, r.stderr)
		}
	}
	r = runCLI(t, nil, "accounts", "--db", db)
	for _, want := range []string{"Fabrikam Inc.      value_realized", "Tailspin Toys      onboarding"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("accounts lacks %q:\n%s", want, r.stdout)
		}
	}

	before := fileHash(t, db)
	r = runCLI(t, nil, "import", "purchases", sample("deals.csv"), "--db", db, "--json")
	sum := decode[struct {
		Records []struct {
			What                        string
			Created, Updated, Unchanged int
		}
	}](t, r.stdout)
	if len(sum.Records) == 0 || sum.Records[0].What != "purchases" || sum.Records[0].Unchanged != 7 || sum.Records[0].Created != 0 {
		t.Errorf("second import: %+v", sum.Records)
	}
	if fileHash(t, db) != before {
		t.Error("importing the same file again changed the database")
	}
}

func TestImportProblemsAreListedAndNothingIsWritten(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	if r := runCLI(t, nil, "import", "products", sample("products.csv"), "--db", db); r.code != 0 {
		t.Fatal(r.stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	text := "Product Name,List Price\nA,abc\nB,12\nC,1/2/2026\n"
	if err := os.WriteFile(bad, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, db)
	r := runCLI(t, nil, "import", "products", bad, "--db", db)
	if r.code == 0 {
		t.Fatalf("a bad file was imported:\n%s", r.stdout)
	}
	for _, want := range []string{`line 2, List Price: "abc" is not a number`, `line 4, List Price: "1/2/2026"`, "2 problems", "nothing was written"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if fileHash(t, db) != before {
		t.Error("a failed import changed the database")
	}
}

func TestFailedFirstImportLeavesNoDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "new.db")
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("name,employees\nAcme,many\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "import", "accounts", bad, "--db", db); r.code == 0 {
		t.Fatal("a bad file was imported")
	}
	if r := runCLI(t, nil, "import", "accounts", sample("accounts.csv"), "--db", db, "--dry-run"); r.code != 0 ||
		!strings.Contains(r.stdout, "Dry run: nothing was written") {
		t.Fatalf("dry run: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "new.db") {
			t.Errorf("%s was left behind", e.Name())
		}
	}
}

func TestImportRejectsUnknownKindAndMissingFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	wantError(t, runCLI(t, nil, "import", "calls", sample("deals.csv"), "--db", db), "cannot import \"calls\"", "accounts")
	wantError(t, runCLI(t, nil, "import", "accounts", "nope.csv", "--db", db), "cannot read nope.csv")
}
