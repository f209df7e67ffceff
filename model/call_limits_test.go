package model

import (
	"strings"
	"testing"
	"time"
)

// TestCallValidateRefusesWhatIsNotACall: notes that are not UTF-8 or over
// MaxNoteChars, a call of more than a day, a follow-up before the call.
func TestCallValidateRefusesWhatIsNotACall(t *testing.T) {
	start := time.Date(2026, 11, 2, 23, 30, 0, 0, time.UTC)
	ok := Call{AccountID: "a", StartedAt: start, Outcome: OutcomeConnected, Notes: strings.Repeat("ü", MaxNoteChars),
		Duration: MaxCallDuration, FollowUp: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)}
	if err := ok.Validate(); err != nil {
		t.Fatalf("a call at every limit: %v", err)
	}
	for name, change := range map[string]func(c *Call){
		"invalid UTF-8":     func(c *Call) { c.Notes = "caf\xe9" },
		"notes over limit":  func(c *Call) { c.Notes = strings.Repeat("n", MaxNoteChars+1) },
		"years long":        func(c *Call) { c.Duration = 1000000 * time.Hour },
		"follow-up earlier": func(c *Call) { c.FollowUp = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC) },
	} {
		c := ok
		change(&c)
		if err := c.Validate(); ErrorCode(err) != EINVALID {
			t.Errorf("%s: err %v, want EINVALID", name, err)
		}
	}
}
