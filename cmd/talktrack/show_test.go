package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestShowTopThreeAllAndJSON checks that show prints three offers in full
// and names the rest, --all prints every one, and --json keeps the whole
// ranked list.
func TestShowTopThreeAllAndJSON(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	for _, acc := range accounts {
		id := acc["id"].(string)
		b := decode[briefing](t, runCLI(t, nil, "show", id, "--json", "--db", db).stdout)
		n := len(b.Suggestions)
		if n <= 3 {
			continue
		}
		for i := 1; i < n; i++ {
			if b.Suggestions[i].Score > b.Suggestions[i-1].Score {
				t.Errorf("%s: JSON suggestions not best first at %d", id, i)
			}
		}
		for _, s := range b.Suggestions {
			sum := 0
			for k, r := range s.ScoredReasons {
				sum += r.Points
				if k >= len(s.Reasons) || r.Text != s.Reasons[k] {
					t.Errorf("%s: scored reason %d %q is not reason %v", id, k, r.Text, s.Reasons)
				}
			}
			if sum != s.Score || len(s.ScoredReasons) != len(s.Reasons) {
				t.Errorf("%s: %s scores %d, its scored reasons %v add up to %d", id, s.Product.ID, s.Score, s.ScoredReasons, sum)
			}
		}
		text := runCLI(t, nil, "show", id, "--db", db).stdout
		if strings.Contains(text, "\n  4. ") || !strings.Contains(text, fmt.Sprintf("  %d more (show --all): ", n-3)) ||
			strings.Count(moreLine(text), ", ") > 8 || (n-3 > 8 && !strings.HasSuffix(moreLine(text), ", …")) {
			t.Errorf("%s: show does not list the top three and name the other %d:\n%s", id, n-3, text)
		}
		all := runCLI(t, nil, "show", id, "--all", "--db", db).stdout
		if !strings.Contains(all, fmt.Sprintf("\n  %d. ", n)) || strings.Contains(all, "more (show --all)") {
			t.Errorf("%s: show --all does not print all %d offers:\n%s", id, n, all)
		}
		return
	}
	t.Fatal("no demo account has more than three suggestions")
}

// moreLine is the line of a briefing that names the offers left out.
func moreLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "more (show --all)") {
			return l
		}
	}
	return ""
}
