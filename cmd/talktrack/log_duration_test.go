package main

import (
	"strings"
	"testing"
	"time"
)

// TestCallDurationsAsRepsTypeThem: units or a call timer's minutes and
// seconds; a bare number or a malformed timer gets one sentence naming
// both ways to write it.
func TestCallDurationsAsRepsTypeThem(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Duration
		err  string
	}{
		{"", 0, ""},
		{"12m30s", 12*time.Minute + 30*time.Second, ""},
		{"12:30", 12*time.Minute + 30*time.Second, ""},
		{"1:02:05", time.Hour + 2*time.Minute + 5*time.Second, ""},
		{"0:45", 45 * time.Second, ""},
		{"90", 0, "write it with units (12m30s, 45s, 1h5m) or as a call timer shows it (12:30)"},
		{"1:5", 0, "is no call length"},
		{"12:75", 0, "is no call length"},
		{"-5m", 0, "cannot be negative"},
	} {
		got, err := parseCallDuration(tt.in)
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("%q: %v, %v; want %v", tt.in, got, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v, want one saying %q", tt.in, err, tt.err)
		}
	}
}
