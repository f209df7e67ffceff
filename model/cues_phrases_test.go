package model_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/model"
)

// demoCueDetector builds the detector of the demo playbook, whose word
// lists are the ones shipped to sales ops.
func demoCueDetector(t testing.TB) *model.CueDetector {
	t.Helper()
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	d, err := model.NewCueDetector(pb.Cues)
	if err != nil {
		t.Fatal(err)
	}
	return d.At(cueDateNow)
}

// cueExpectation is one line of testdata/cues/*.txt: a phrase and what it
// must and must not set off.
type cueExpectation struct {
	line   int
	phrase string
	must   []string
	mustNt []string
	none   bool
}

func readCueExpectations(t *testing.T, path string) []cueExpectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []cueExpectation
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, want, ok := strings.Cut(line, "=>")
		if !ok {
			t.Fatalf("%s:%d: no => in %q", path, n, line)
		}
		e := cueExpectation{line: n, phrase: strings.TrimSpace(phrase)}
		for _, w := range strings.Fields(want) {
			switch {
			case w == "-":
				e.none = true
			case strings.HasPrefix(w, "!"):
				e.mustNt = append(e.mustNt, w[1:])
			default:
				e.must = append(e.must, w)
			}
		}
		out = append(out, e)
	}
	return out
}

// cueMatches reports whether a cue fits an expectation: "price",
// "pain:reporting", "competitor:Salesforce" or "growth=20"; "freeze" is a
// price cue saying new spend is frozen (severity 3).
func cueMatches(c model.Cue, want string) bool {
	if want == "freeze" {
		return c.Kind == model.CuePrice && c.Severity == 3
	}
	kind, rest, _ := strings.Cut(want, ":")
	kind, num, hasNum := strings.Cut(kind, "=")
	if string(c.Kind) != kind {
		return false
	}
	if hasNum && strconv.Itoa(c.Number) != num {
		return false
	}
	switch {
	case rest == "":
		return true
	case c.Kind == model.CuePain:
		return c.Category == rest
	case c.Kind == model.CueCompetitor:
		return c.Competitor == rest
	}
	return false
}

// TestCuePhrases reads, per language, phrases typed as a rep types them and
// checks the cues each must fire and must not fire, negations and
// questions included.
func TestCuePhrases(t *testing.T) {
	d := demoCueDetector(t)
	files, err := filepath.Glob("testdata/cues/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no phrase files: %v", err)
	}
	for _, path := range files {
		locale := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(locale, func(t *testing.T) {
			exps := readCueExpectations(t, path)
			if len(exps) < 30 {
				t.Errorf("%s has %d phrases; every language needs at least 30", path, len(exps))
			}
			for _, e := range exps {
				cues := d.Detect(e.phrase, locale)
				got := describeCues(cues)
				if e.none && len(cues) > 0 {
					t.Errorf("line %d %q: want no cue, got %s", e.line, e.phrase, got)
				}
				for _, w := range e.must {
					if !anyCue(cues, w) {
						t.Errorf("line %d %q: want %s, got %s", e.line, e.phrase, w, got)
					}
				}
				for _, w := range e.mustNt {
					if anyCue(cues, w) {
						t.Errorf("line %d %q: want no %s, got %s", e.line, e.phrase, w, got)
					}
				}
			}
		})
	}
}

func anyCue(cues []model.Cue, want string) bool {
	for _, c := range cues {
		if cueMatches(c, want) {
			return true
		}
	}
	return false
}

func describeCues(cues []model.Cue) string {
	if len(cues) == 0 {
		return "none"
	}
	parts := make([]string, len(cues))
	for i, c := range cues {
		s := string(c.Kind)
		if c.Category != "" {
			s += ":" + c.Category
		}
		if c.Competitor != "" {
			s += ":" + c.Competitor
		}
		if c.Number != 0 {
			s += "=" + strconv.Itoa(c.Number)
		}
		parts[i] = s + " (" + strconv.Quote(c.Text) + ")"
	}
	return strings.Join(parts, ", ")
}

// TestNotesInEnglishOnAnAccountOfAnotherLanguage: a rep of an
// international team writes English notes for a German, Estonian or
// Japanese customer; the English lists read them, while notes in the
// customer's own language keep theirs.
func TestNotesInEnglishOnAnAccountOfAnotherLanguage(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct{ locale, note, want string }{
		{"de", "Jonas says it's way too expensive for a team their size.", "price"},
		{"et", "They are looking at alternatives, call me in April.", "churn_risk"},
		{"ja", "They are looking at alternatives.", "churn_risk"},
		{"de", "Herr Wagner sagt, das ist uns zu teuer.", "price"},
		{"ja", "更新価格が高すぎるとのこと。", "price"},
	} {
		if cues := d.DetectNote(tc.note, tc.locale); !anyCue(cues, tc.want) {
			t.Errorf("%s note %q: want %s, got %s", tc.locale, tc.note, tc.want, describeCues(cues))
		}
	}
	// A German note with an English word is read in German.
	if cues := d.DetectNote("Budget ist bis April eingefroren, Team wartet.", "de"); !anyCue(cues, "price") {
		t.Errorf("German budget freeze: got %s", describeCues(cues))
	}
}
