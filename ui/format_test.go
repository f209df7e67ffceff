package ui

import (
	"testing"
	"time"

	"talktrack/model"
)

func TestParseFollowUp(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"", time.Time{}, false},
		{"2026-12-01", date(2026, 12, 1), false},
		{" 2026-11-18 ", date(2026, 11, 18), false},
		{"+0", date(2026, 11, 18), false},
		{"+7", date(2026, 11, 25), false},
		{"+14d", date(2026, 12, 2), false},
		{"+3 days", date(2026, 11, 21), false},
		{"+2w", date(2026, 12, 2), false},
		{"2026-11-17", time.Time{}, true}, // yesterday
		{"2026-13-01", time.Time{}, true},
		{"next week", time.Time{}, true},
		{"+x", time.Time{}, true},
		{"+-3", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := model.ParseFollowUp(tt.in, fixedNow)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseFollowUp(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseFollowUp(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCompactMoney(t *testing.T) {
	tests := map[float64]string{0: "0", 950: "950", 6800: "6.8k", 1000: "1k", 42000: "42k", 186000: "186k", 1250000: "1.2M", 1260000: "1.3M", 2000000: "2M"}
	for in, want := range tests {
		if got := compactMoney(in); got != want {
			t.Errorf("compactMoney(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestAgo(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Time{}, "never"},
		{fixedNow.Add(-time.Hour), "today"},
		{fixedNow.AddDate(0, 0, -3), "3d ago"},
		{fixedNow.AddDate(0, 0, -21), "3w ago"},
		{fixedNow.AddDate(0, -5, 0), "5mo ago"},
		{fixedNow.AddDate(-3, 0, 0), "3y ago"},
	}
	for _, tt := range tests {
		if got := ago(fixedNow, tt.t); got != tt.want {
			t.Errorf("ago(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}
