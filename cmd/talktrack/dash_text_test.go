package main

import (
	"slices"
	"testing"
)

// TestANoteStartingWithADashIsText: a note pasted from a bullet list ("- …")
// reaches the command as text, while a flag's own value stays its value.
func TestANoteStartingWithADashIsText(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"cues", "--locale", "en", "- too expensive"}, []string{"cues", "--locale", "en", "--", "- too expensive"}},
		{[]string{"cues", "--json", "- too expensive"}, []string{"cues", "--json", "--", "- too expensive"}},
		{[]string{"log", "ACC-1", "--note", "- too expensive"}, []string{"log", "ACC-1", "--note", "- too expensive"}},
		{[]string{"cues", "-"}, []string{"cues", "-"}},
	} {
		if got := textAfterDashes(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
