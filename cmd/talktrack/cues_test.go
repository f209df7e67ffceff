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
