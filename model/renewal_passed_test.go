package model

import (
	"slices"
	"strings"
	"testing"
)

// TestARenewalDateGoneBySaysToSettleItFirst: a renewal date that went by
// with no new one recorded is said in the briefing's advice, with when, in
// the account's language; one to come, or one long gone (a stale date),
// is not.
func TestARenewalDateGoneBySaysToSettleItFirst(t *testing.T) {
	for _, tc := range []struct {
		locale string
		days   int
		want   string
	}{
		{"en", 24, "passed 24 days ago and no new date is recorded: confirm the renewal"},
		{"en", 1, "passed yesterday"},
		{"ru", 24, "прошла 24 дня назад"},
		{"ru", 6, "прошла 6 дней назад"},
		{"de", 24, "vor 24 Tagen verstrichen"},
		{"ru", 1, "прошла вчера"},
		{"ru", 21, "прошла 21 день назад"},
		{"en", -10, ""},
		{"en", 200, ""},
	} {
		in := input(holding("pipe-pro", 20, 18))
		in.Account.Locale = tc.locale
		in.Account.RenewalDate = daysAgoAt(tc.days).Truncate(24 * 60 * 60 * 1e9)
		b := briefing(t, in)
		i := slices.IndexFunc(b.Advice, func(a string) bool { return tc.want != "" && strings.Contains(a, tc.want) })
		said := slices.ContainsFunc(b.Advice, func(a string) bool {
			return strings.Contains(a, "renewal date") || strings.Contains(a, "Дата продления") || strings.Contains(a, "Verlängerungstermin")
		})
		switch {
		case tc.want != "" && i < 0:
			t.Errorf("%s, renewal %d days ago: advice %q, want %q in it", tc.locale, tc.days, b.Advice, tc.want)
		case tc.want == "" && said:
			t.Errorf("%s, renewal %d days ago: advice %q, want no word of the renewal", tc.locale, tc.days, b.Advice)
		}
	}
}
