package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDemoWritesFreshDatabaseAndRefusesToOverwrite(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	r := runCLI(t, nil, "demo", "--db", db)
	if r.code != 0 {
		t.Fatalf("demo failed: %s", r.stderr)
	}
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	if len(accounts) != 250 {
		t.Fatalf("demo has %d accounts, want 250", len(accounts))
	}
	before := fileHash(t, db)
	wantError(t, runCLI(t, nil, "demo", "--db", db), "already exists", "--force")
	if fileHash(t, db) != before {
		t.Fatal("a refused demo changed the existing file")
	}
	if r := runCLI(t, nil, "demo", "--db", db, "--force", "--accounts", "40"); r.code != 0 {
		t.Fatalf("demo --force failed: %s", r.stderr)
	}
	accounts = decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	if len(accounts) != 40 {
		t.Fatalf("after --force --accounts 40 there are %d accounts", len(accounts))
	}
}

func TestDefaultDatabaseIsCreatedFromDemoData(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"XDG_DATA_HOME": home}
	r := runCLI(t, env, "accounts", "--stage", "advocate", "--json")
	if r.code != 0 {
		t.Fatalf("accounts failed: %s", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(home, "talktrack", "talktrack.db")); err != nil {
		t.Fatalf("default database not created: %v", err)
	}
	if !strings.Contains(r.stderr, "No database yet: the demo book was written to") {
		t.Errorf("stderr %q does not say the demo book was written", r.stderr)
	}
	if again := runCLI(t, env, "accounts", "--json"); again.stderr != "" {
		t.Errorf("the second run says %q; the demo is written once", again.stderr)
	}
	for _, a := range decode[[]map[string]any](t, r.stdout) {
		if a["stage"] != "advocate" {
			t.Fatalf("--stage advocate listed %v", a)
		}
	}
	// TALKTRACK_DB wins over the default location.
	env["TALKTRACK_DB"] = filepath.Join(home, "missing.db")
	wantError(t, runCLI(t, env, "accounts"), "no database at", "talktrack demo")
}

func TestAccountsListsEveryStage(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	seen := map[string]bool{}
	for _, a := range accounts {
		for _, k := range []string{"id", "name", "stage"} {
			if s, _ := a[k].(string); s == "" {
				t.Fatalf("account without %s: %v", k, a)
			}
		}
		seen[a["stage"].(string)] = true
	}
	for _, st := range []string{"onboarding", "adoption", "value_realized", "advocate", "at_risk", "churned"} {
		if !seen[st] {
			t.Errorf("no demo account in stage %s", st)
		}
	}
	text := runCLI(t, nil, "accounts", "--db", db, "--stage", "churned")
	if text.code != 0 || !strings.HasPrefix(text.stdout, "ID") || strings.Contains(text.stdout, "advocate") {
		t.Fatalf("text listing of churned accounts is off:\n%s", text.stdout)
	}
	wantError(t, runCLI(t, nil, "accounts", "--db", db, "--stage", "happy"), `"happy"`, "value_realized")
}

// briefing is the contract shape of `show --json`.
type briefing struct {
	Account struct {
		ID, Name, Stage string
	}
	Guidance   string
	PainPoints []struct {
		ID                      int64
		Category, Title, Status string
		Severity                int
	} `json:"pain_points"`
	Holdings []struct {
		Product   product
		Quantity  int
		SeatsUsed int `json:"seats_used"`
	}
	Suggestions []struct {
		Product       product
		Kind          string
		Quantity      int
		Score         int
		Reasons       []string
		ScoredReasons []struct {
			Points int
			Text   string
		} `json:"scored_reasons"`
		Solves        []int64
		TalkingPoints []struct{ Kind, Text string } `json:"talking_points"`
	}
	CoolingOff []struct {
		Product    product
		DeclinedAt string `json:"declined_at"`
	} `json:"cooling_off"`
}

type product struct {
	ID, Name, Family string
	Tier             int
}

func TestShowBriefingJSONForEveryStage(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	withSuggestions := 0
	for _, a := range accounts {
		id := a["id"].(string)
		r := runCLI(t, nil, "show", id, "--json", "--db", db)
		if r.code != 0 {
			t.Fatalf("show %s: %s", id, r.stderr)
		}
		b := decode[briefing](t, r.stdout)
		if b.Account.ID != id || b.Guidance == "" {
			t.Fatalf("show %s: account %q guidance %q", id, b.Account.ID, b.Guidance)
		}
		switch b.Account.Stage {
		case "onboarding", "at_risk", "churned":
			if len(b.Suggestions) != 0 {
				t.Errorf("%s is %s but has %d suggestions", id, b.Account.Stage, len(b.Suggestions))
			}
		}
		if len(b.Suggestions) > 0 {
			withSuggestions++
		}
		families := map[string]bool{}
		for _, s := range b.Suggestions {
			if s.Kind != "upsell" && s.Kind != "seats" && s.Kind != "cross-sell" {
				t.Errorf("%s: suggestion kind %q", id, s.Kind)
			}
			if families[s.Product.Family] {
				t.Errorf("%s: two offers of family %s", id, s.Product.Family)
			}
			families[s.Product.Family] = true
			if s.Product.ID == "" || s.Product.Family == "" || s.Product.Tier < 1 || len(s.Reasons) == 0 {
				t.Errorf("%s: incomplete suggestion %+v", id, s)
			}
			for _, tp := range s.TalkingPoints {
				if strings.ContainsAny(tp.Text, "{}") {
					t.Errorf("%s: unfilled talking point %q", id, tp.Text)
				}
			}
		}
	}
	if withSuggestions < len(accounts)/5 {
		t.Errorf("only %d of %d demo accounts have suggestions", withSuggestions, len(accounts))
	}
}

func TestShowFindsByNameAndReportsUnknown(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	name := accounts[3]["name"].(string)
	r := runCLI(t, nil, "show", strings.ToUpper(name), "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, name) || !strings.Contains(r.stdout, "Guidance:") {
		t.Fatalf("show by upper-case name failed: %s %s", r.stderr, r.stdout)
	}
	wantError(t, runCLI(t, nil, "show", "No Such Company", "--db", db), "No Such Company")
	wantError(t, runCLI(t, nil, "show", "--db", db), "accepts 1 arg")
}

func TestLogThenCalls(t *testing.T) {
	db := demoCopy(t)
	b := decode[briefing](t, runCLI(t, nil, "show", firstWithSuggestion(t, db), "--json", "--db", db).stdout)
	pid := b.Suggestions[0].Product.ID
	note := "Asked about Q3 budget, \"finance\" team; needs SSO, Münster office"
	r := runCLI(t, nil, "log", b.Account.ID, "--db", db, "--outcome", "connected", "--note", note,
		"--offer", pid+"=declined", "--follow-up", "2026-12-01", "--duration", "7m")
	if r.code != 0 {
		t.Fatalf("log failed: %s", r.stderr)
	}
	type call struct {
		ID        int64
		AccountID string `json:"account_id"`
		StartedAt string `json:"started_at"`
		DurationS int    `json:"duration_s"`
		Outcome   string
		Notes     string
		FollowUp  string `json:"follow_up"`
		Offers    []struct {
			ProductID string `json:"product_id"`
			Response  string
		}
	}
	calls := decode[[]call](t, runCLI(t, nil, "calls", b.Account.ID, "--json", "--db", db).stdout)
	if len(calls) == 0 {
		t.Fatal("the logged call is not listed")
	}
	got := calls[0]
	if got.Notes != note || got.Outcome != "connected" || got.FollowUp != "2026-12-01" || got.DurationS != 420 ||
		len(got.Offers) != 1 || got.Offers[0].ProductID != pid || got.Offers[0].Response != "declined" {
		t.Fatalf("newest call is %+v", got)
	}
	// The decline puts the product in cool-off.
	after := decode[briefing](t, runCLI(t, nil, "show", b.Account.ID, "--json", "--db", db).stdout)
	for _, s := range after.Suggestions {
		if s.Product.ID == pid {
			t.Fatalf("declined product %s is still suggested", pid)
		}
	}
	cooling := false
	for _, c := range after.CoolingOff {
		cooling = cooling || (c.Product.ID == pid && c.DeclinedAt == "2026-11-02")
	}
	if !cooling {
		t.Fatalf("declined product %s not listed as cooling off: %+v", pid, after.CoolingOff)
	}
	all := decode[[]call](t, runCLI(t, nil, "calls", "--json", "--db", db).stdout)
	for i := 1; i < len(all); i++ {
		if all[i-1].StartedAt < all[i].StartedAt {
			t.Fatalf("calls are not newest first at %d: %s before %s", i, all[i-1].StartedAt, all[i].StartedAt)
		}
	}
}

func firstWithSuggestion(t *testing.T, db string) string {
	t.Helper()
	for _, a := range decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db, "--stage", "advocate").stdout) {
		b := decode[briefing](t, runCLI(t, nil, "show", a["id"].(string), "--json", "--db", db).stdout)
		if len(b.Suggestions) > 0 {
			return b.Account.ID
		}
	}
	t.Fatal("no advocate account with suggestions in the demo")
	return ""
}

func TestLogRejectsBadInputAndChangesNothing(t *testing.T) {
	db := demoCopy(t)
	id := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)[0]["id"].(string)
	before := fileHash(t, db)
	cases := []struct {
		name      string
		args      []string
		fragments []string
	}{
		{"unknown outcome", []string{"--outcome", "hung_up"}, []string{`"hung_up"`, "connected", "left_voicemail", "wrong_number"}},
		{"missing outcome", []string{"--note", "x"}, []string{"--outcome"}},
		{"bad response", []string{"--outcome", "connected", "--offer", "X=maybe"}, []string{`"maybe"`, "not_now"}},
		{"bad offer", []string{"--outcome", "connected", "--offer", "nothing"}, []string{"PRODUCT_ID=RESPONSE"}},
		{"unknown product", []string{"--outcome", "connected", "--offer", "NOPE=declined"}, []string{`"NOPE"`}},
		{"an answer on a voicemail", []string{"--outcome", "left_voicemail", "--offer", "crm-pro=declined"}, []string{"--offer needs a call that reached them", "left_voicemail reached nobody"}},
		{"bad date", []string{"--outcome", "busy", "--follow-up", "12/01/2026"}, []string{"YYYY-MM-DD"}},
		{"unknown flag", []string{"--outcome", "busy", "--mood", "good"}, []string{"--mood", "--help"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"log", id, "--db", db}, c.args...)
			wantError(t, runCLI(t, nil, args...), c.fragments...)
		})
	}
	wantError(t, runCLI(t, nil, "log", "ACC-NOPE", "--db", db, "--outcome", "busy"), "ACC-NOPE")
	if fileHash(t, db) != before {
		t.Fatal("a rejected log changed the database file")
	}
}

func TestBadDatabasesAreReportedAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	wantError(t, runCLI(t, nil, "accounts", "--db", filepath.Join(dir, "nope", "x.db")), "folder", "nope", "does not exist")
	wantError(t, runCLI(t, nil, "demo", "--db", filepath.Join(dir, "nope", "x.db")), "does not exist")

	notes := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notes, []byte("shopping list: milk, eggs\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, notes)
	for _, cmd := range [][]string{{"accounts"}, {"show", "x"}, {"calls"}, {"log", "x", "--outcome", "busy"}} {
		wantError(t, runCLI(t, nil, append(cmd, "--db", notes)...), "not a talktrack database")
	}
	if fileHash(t, notes) != before {
		t.Fatal("a rejected file was modified")
	}
	if _, err := os.Stat(notes + "-wal"); err == nil {
		t.Fatal("a rejected file got a WAL companion")
	}
}
