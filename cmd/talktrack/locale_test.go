package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccountsAndShowGiveLocaleAndCurrency: the JSON of accounts and show
// carries each account's language and currency, every language of the
// demo shows up, and show prints ARR in the account's own format.
func TestAccountsAndShowGiveLocaleAndCurrency(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	seen := map[string]string{}
	for _, a := range accounts {
		loc, _ := a["locale"].(string)
		cur, _ := a["currency"].(string)
		if loc == "" || len(cur) != 3 {
			t.Fatalf("account %v has locale %q, currency %q", a["id"], loc, cur)
		}
		if _, ok := seen[loc]; !ok {
			seen[loc] = a["id"].(string)
		}
	}
	wantARR := map[string]string{"ja": "ARR ¥", "ru": "\u00a0₽", "de": "\u00a0€", "et": "\u00a0€"}
	for _, loc := range []string{"en", "de", "ja", "ru", "et"} {
		id, ok := seen[loc]
		if !ok {
			t.Errorf("no %s account in the demo", loc)
			continue
		}
		b := decode[map[string]any](t, runCLI(t, nil, "show", id, "--json", "--db", db).stdout)
		acc := b["account"].(map[string]any)
		if acc["locale"] != loc || acc["currency"] == "" {
			t.Errorf("show --json %s: locale %v, currency %v", id, acc["locale"], acc["currency"])
		}
		if want := wantARR[loc]; want != "" {
			out := runCLI(t, nil, "show", id, "--db", db).stdout
			line := ""
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, "ARR ") {
					line = l
					break
				}
			}
			if !strings.HasPrefix(line, "ARR —") && !strings.Contains(line, want) {
				t.Errorf("show %s (%s): %q lacks %q", id, loc, line, want)
			}
		}
	}
}

// TestImportInfersLocaleShownAsInferred: an account imported with only a
// country shows its inferred language in show and in the JSON.
func TestImportInfersLocaleShownAsInferred(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "book.db")
	csv := filepath.Join(dir, "accounts.csv")
	if err := os.WriteFile(csv, []byte("Account Name,Billing Country,CurrencyIsoCode\nSakura Shoji,Japan,JPY\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, nil, "import", "accounts", csv, "--db", db); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	out := runCLI(t, nil, "show", "Sakura Shoji", "--db", db).stdout
	if !strings.Contains(out, "ja (inferred from country), JPY") {
		t.Errorf("show does not say the language was inferred:\n%s", out)
	}
	b := decode[map[string]any](t, runCLI(t, nil, "show", "Sakura Shoji", "--json", "--db", db).stdout)
	acc := b["account"].(map[string]any)
	if acc["locale"] != "ja" || acc["locale_inferred"] != true || acc["currency"] != "JPY" {
		t.Errorf("JSON account %v", acc)
	}
}
