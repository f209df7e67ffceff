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

// shownJSON is the part of `show --json` that names products.
type shownJSON struct {
	Holdings []struct {
		Product struct{ ID, Name string }
	}
	Suggestions []struct {
		Product struct{ ID string }
	}
}

// TestShowMarksWhatIsNoLongerSold: a product export that marks products
// discontinued keeps them on the accounts that hold them, says so, and
// offers them to no one.
func TestShowMarksWhatIsNoLongerSold(t *testing.T) {
	db := demoCopy(t)
	id := "ACC-00094"
	v := decode[shownJSON](t, runCLI(t, nil, "show", id, "--json", "--db", db).stdout)
	if len(v.Holdings) == 0 || len(v.Suggestions) == 0 {
		t.Fatalf("%s holds nothing or is offered nothing: %+v", id, v)
	}
	held, offered := v.Holdings[0].Product, v.Suggestions[0].Product.ID
	csv := filepath.Join(t.TempDir(), "products.csv")
	if err := os.WriteFile(csv, []byte("id,status\n"+held.ID+",discontinued\n"+offered+",end of life\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "import", "products", csv, "--db", db); r.code != 0 || !strings.Contains(r.stdout+r.stderr, "2 products are no longer sold") {
		t.Fatalf("import: %d %s %s", r.code, r.stdout, r.stderr)
	}
	r := runCLI(t, nil, "show", id, "--db", db)
	if !strings.Contains(r.stdout, held.Name+" ×") || !strings.Contains(r.stdout, "no longer sold") {
		t.Errorf("the held product is not marked no longer sold:\n%s", r.stdout)
	}
	after := decode[shownJSON](t, runCLI(t, nil, "show", id, "--json", "--db", db).stdout)
	if len(after.Suggestions) == 0 {
		t.Fatal("nothing offered once two products are discontinued")
	}
	for _, s := range after.Suggestions {
		if s.Product.ID == offered || s.Product.ID == held.ID {
			t.Errorf("%s offered though no longer sold", s.Product.ID)
		}
	}
	// Nor can an answer to an offer of it be logged.
	r = runCLI(t, nil, "log", id, "--outcome", "connected", "--offer", offered+"=accepted", "--db", db)
	if r.code != 1 || !strings.Contains(r.stderr, "is no longer sold, so it was not offered") {
		t.Errorf("log of an answer to a discontinued product: %d %s", r.code, r.stderr)
	}
}

// TestDeclinedSeatsReadAsSeats: an answer to more seats of a product the
// account holds is listed as seats, not as the product declined.
func TestDeclinedSeatsReadAsSeats(t *testing.T) {
	db := demoCopy(t)
	id := "ACC-00094"
	v := decode[shownJSON](t, runCLI(t, nil, "show", id, "--json", "--db", db).stdout)
	if len(v.Holdings) == 0 {
		t.Fatalf("%s holds nothing", id)
	}
	held := v.Holdings[0].Product
	if r := runCLI(t, nil, "log", id, "--outcome", "connected", "--offer", held.ID+"=declined", "--db", db); r.code != 0 {
		t.Fatalf("log: %s", r.stderr)
	}
	out := runCLI(t, nil, "show", id, "--db", db).stdout
	if !strings.Contains(out, "more seats of "+held.Name+": declined") {
		t.Errorf("the declined seats are not said as seats:\n%s", out)
	}
}
