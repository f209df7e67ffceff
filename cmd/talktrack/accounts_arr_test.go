package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An account with no ARR on file is "—" in the list and null in JSON, as the
// briefing says "ARR —", never a made-up $0.
func TestAccountWithoutARRIsNoZero(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	csv := filepath.Join(dir, "accounts.csv")
	body := "Account ID,Account Name,Country,ARR\nA03,Blank Arr Haulage Inc,USA,\nA04,Paying Co,USA,30000\n"
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "import", "accounts", csv, "--db", db); r.code != 0 {
		t.Fatalf("import failed: %s", r.stderr)
	}
	text := runCLI(t, nil, "accounts", "--db", db).stdout
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "A03") && (strings.Contains(line, "$0") || !strings.Contains(line, "—")) {
			t.Errorf("an account with no ARR is listed as %q, want —", line)
		}
		if strings.HasPrefix(line, "A04") && !strings.Contains(line, "$30,000") {
			t.Errorf("an account with ARR is listed as %q", line)
		}
	}
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	for _, a := range accounts {
		if a["id"] == "A03" && a["arr"] != nil {
			t.Errorf("JSON arr of an account with none on file = %v, want null", a["arr"])
		}
		if a["id"] == "A04" && a["arr"] != 30000.0 {
			t.Errorf("JSON arr = %v, want 30000", a["arr"])
		}
	}
	if show := runCLI(t, nil, "show", "A03", "--db", db).stdout; !strings.Contains(show, "ARR —") {
		t.Errorf("show does not say ARR —:\n%s", show)
	}
}
