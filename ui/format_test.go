package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

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

func TestWrapWideCharacters(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want []string
	}{
		// Japanese breaks between characters, never before 。 or after 「.
		{"成果が出ている段階です。効果を数字で確認してください。", 12, []string{"成果が出てい", "る段階です。", "効果を数字で", "確認してくだ", "さい。"}},
		{"以前「見積書」とお伺いしました。", 10, []string{"以前「見積", "書」とお伺", "いしまし", "た。"}},
		{"▸ 成果が出ている段階です。", 10, []string{"▸ 成果が出", "ている段階", "です。"}},
		// Latin and Cyrillic still break at spaces.
		{"Лучший момент для роста: поблагодарить", 20, []string{"Лучший момент для", "роста: поблагодарить"}},
		{"CRM Proは120ライセンス", 12, []string{"CRM Proは120", "ライセンス"}},
		// A closing bracket after a number or Latin word is no line start either.
		{"利用率が低い状態です（67%）。代わりに", 14, []string{"利用率が低い状", "態です", "（67%）。代わ", "りに"}},
	}
	for _, tt := range tests {
		got := wrap(tt.in, tt.w)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > tt.w {
				t.Errorf("wrap(%q, %d): line %q is wider than %d", tt.in, tt.w, l, tt.w)
			}
			if l != "" && strings.ContainsRune(noLineStart, []rune(l)[0]) {
				t.Errorf("wrap(%q, %d): line %q starts with closing punctuation", tt.in, tt.w, l)
			}
		}
	}
}
