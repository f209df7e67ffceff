package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"talktrack/assets"
)

func TestCuesPrintsJSONWithNumbers(t *testing.T) {
	db := demoCopy(t)
	r := runCLI(t, nil, "cues", "--db", db, "--locale", "de", "--json", "Das ist uns zu teuer. Wir stellen 20 neue Leute ein.")
	if r.code != 0 {
		t.Fatalf("cues failed: %s", r.stderr)
	}
	cues := decode[[]map[string]any](t, r.stdout)
	if len(cues) != 2 || cues[0]["kind"] != "price" || cues[0]["text"] != "zu teuer" ||
		cues[1]["kind"] != "growth" || cues[1]["text"] != "20 neue Leute" || cues[1]["number"] != 20.0 {
		t.Fatalf("cues = %v", cues)
	}
	r = runCLI(t, nil, "cues", "--db", db, "--locale", "de", "--json", "nicht zu teuer")
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Fatalf("a negation fired: %s", r.stdout)
	}
}

func TestCuesGuessesTheLanguageAndSaysTheResponse(t *testing.T) {
	db := demoCopy(t)
	r := runCLI(t, nil, "cues", "--db", db, "they quoted us 20% less, Salesforce is cheaper")
	if r.code != 0 {
		t.Fatalf("cues failed: %s", r.stderr)
	}
	for _, want := range []string{"CUE (en)", "price", "competitor", "Salesforce", "Say (Price):"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	r = runCLI(t, nil, "cues", "--db", db, "予算が足りないので来期にしたい")
	if !strings.Contains(r.stdout, "CUE (ja)") || !strings.Contains(r.stdout, "timing") || !strings.Contains(r.stdout, "price") {
		t.Errorf("Japanese note:\n%s", r.stdout)
	}
	wantError(t, runCLI(t, nil, "cues", "--db", db, "--locale", "fr", "trop cher"), `locale "fr"`, "en, de")
	// The follow-up a call would set, as log sets it: within a week when
	// a churn risk is heard, whatever day the note names.
	r = runCLI(t, nil, "cues", "--db", db, "looking at alternatives, our contract ends Jan 20")
	if !strings.Contains(r.stdout, "Follow-up if connected: ") || !strings.Contains(r.stdout, "within a week, as a churn risk was heard") {
		t.Errorf("churn note with a date:\n%s", r.stdout)
	}
	// One follow-up per note: a freeze's end beside a later call back
	// shows no second day.
	r = runCLI(t, nil, "cues", "--db", db, "Budget freeze until mid Jan, call back after the 15th of January")
	if n := strings.Count(r.stdout, "follow-up 20"); n != 1 || !strings.Contains(r.stdout, "Follow-up if connected: Mon 18 Jan") {
		t.Errorf("a note with two days shows %d follow-ups:\n%s", n, r.stdout)
	}
}

func TestCuesTriesAPlaybookFile(t *testing.T) {
	dir := t.TempDir()
	pb := strings.Replace(string(assets.Playbook), "      price:\n", "      price:\n        - through the roof\n", 1)
	good := filepath.Join(dir, "playbook.yaml")
	if err := os.WriteFile(good, []byte(pb), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, nil, "cues", "--playbook", good, "--locale", "en", "--json", "prices went through the roof")
	if !strings.Contains(r.stdout, `"through the roof"`) {
		t.Fatalf("the file's own word list was not used: %s %s", r.stdout, r.stderr)
	}
	bad := filepath.Join(dir, "bad.yaml")
	broken := strings.Replace(pb, "        - through the roof\n", "        - through .. \n", 1)
	if err := os.WriteFile(bad, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	wantError(t, runCLI(t, nil, "cues", "--playbook", bad, "anything"), `cue rules for "en", price`, `"through .."`)
}

func TestCallsJSONCarriesTheNotesCues(t *testing.T) {
	db := demoCopy(t)
	id := firstAccountIn(t, db, "en")
	r := runCLI(t, nil, "log", id, "--db", db, "--outcome", "connected", "--note", "Too expensive for now; we are hiring 12 people in spring")
	if r.code != 0 {
		t.Fatalf("log: %s", r.stderr)
	}
	calls := decode[[]map[string]any](t, runCLI(t, nil, "calls", id, "--json", "--db", db).stdout)
	cues, _ := calls[0]["cues"].([]any)
	if len(cues) != 2 {
		t.Fatalf("cues of the logged call: %v", calls[0]["cues"])
	}
	growth := cues[1].(map[string]any)
	if cues[0].(map[string]any)["kind"] != "price" || growth["kind"] != "growth" || growth["number"] != 12.0 {
		t.Errorf("cues %v", cues)
	}
	if older, _ := calls[len(calls)-1]["cues"].([]any); older == nil {
		t.Errorf("a call without cues has no cues list: %v", calls[len(calls)-1])
	}
}

func TestCuesLearningCountsTheYes(t *testing.T) {
	db := demoCopy(t)
	id := firstAccountIn(t, db, "en")
	if r := runCLI(t, nil, "log", id, "--db", db, "--outcome", "connected", "--note", "way too expensive for them"); r.code != 0 {
		t.Fatalf("log: %s", r.stderr)
	}
	r := runCLI(t, nil, "cues", "--db", db, "--learning", "--json")
	if r.code != 0 {
		t.Fatalf("cues --learning: %s", r.stderr)
	}
	found := false
	for _, o := range decode[[]map[string]any](t, r.stdout) {
		calls, acc := o["calls"].(float64), o["accepted"].(float64)
		if o["kind"] == "" || calls < 1 || acc > calls {
			t.Errorf("outcome %v", o)
		}
		found = found || o["kind"] == "price"
	}
	if !found {
		t.Errorf("the logged price cue is not counted: %s", r.stdout)
	}
	wantError(t, runCLI(t, nil, "cues", "--db", db, "--learning", "too expensive"), "unknown command")
}

// firstAccountIn is the id of the book's first account speaking locale.
func firstAccountIn(t *testing.T, db, locale string) string {
	t.Helper()
	for _, a := range decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout) {
		if a["locale"] == locale {
			return a["id"].(string)
		}
	}
	t.Fatalf("no account speaks %s", locale)
	return ""
}
