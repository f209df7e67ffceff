package model

import (
	"testing"
	"time"
)

// TestTheFollowUpIsSaidAsARepSaysIt: a day in a reply is said with the
// month's name, in Estonian in the case of "on that day", with the year
// only when it is nearly a year away: a rep says "4 January", not "4
// January 2027".
func TestTheFollowUpIsSaidAsARepSaysIt(t *testing.T) {
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		locale string
		day    time.Time
		want   string
	}{
		{"de", time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), "4. Januar"},
		{"de", time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), "1. Dezember 2027"},
		{"et", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), "1. märtsil"},
		{"et", time.Date(2027, 5, 3, 0, 0, 0, 0, time.UTC), "3. mail"},
		{"et", time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), "2027. aasta 1. detsembril"},
		{"en", time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), "4 January"},
		{"en", time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), "1 December 2027"},
		{"ja", time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), "1月4日"},
		{"ja", time.Date(2027, 12, 1, 0, 0, 0, 0, time.UTC), "2027年12月1日"},
		{"ru", time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), "4 января"},
	} {
		if got := sayFollowUp(tc.day, tc.locale, now); got != tc.want {
			t.Errorf("%s %s: %q, want %q", tc.locale, tc.day.Format(time.DateOnly), got, tc.want)
		}
	}
}

// TestEasterSunday: the Western Easter of a few years.
func TestEasterSunday(t *testing.T) {
	for y, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28", 2038: "2038-04-25"} {
		if got := easterSunday(y, time.UTC).Format(time.DateOnly); got != want {
			t.Errorf("Easter %d: %s, want %s", y, got, want)
		}
	}
}
