package ui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"talktrack/model"
)

// compactMoney shows an amount the way a rep says it: 950, 12.5k, 1.2M.
// Without a currency sign; compactMoneyIn adds it.
func compactMoney(v float64) string {
	a := math.Abs(v)
	sign := ""
	if v < 0 {
		sign = "-"
	}
	switch {
	case a >= 1e6:
		return sign + trimZero(fmt.Sprintf("%.1f", a/1e6)) + "M"
	case a >= 1e4:
		return sign + fmt.Sprintf("%.0fk", a/1e3)
	case a >= 1e3:
		return sign + trimZero(fmt.Sprintf("%.1f", a/1e3)) + "k"
	}
	return sign + fmt.Sprintf("%.0f", a)
}

// compactMoneyIn is compactMoney with the currency's sign, where each
// market writes it: "$8.7k", "¥2.4M", "338k ₽", "11k €", "CHF 12k"; no
// sign when the currency is unknown.
func compactMoneyIn(currency string, v float64) string {
	n := compactMoney(v)
	switch code := model.CurrencyCode(currency); code {
	case "":
		return n
	case "USD", "GBP", "JPY":
		sign := map[string]string{"USD": "$", "GBP": "£", "JPY": "¥"}[code]
		if strings.HasPrefix(n, "-") {
			return "-" + sign + n[1:]
		}
		return sign + n
	case "EUR":
		return n + "\u00a0€"
	case "RUB":
		return n + "\u00a0₽"
	default:
		return code + "\u00a0" + n
	}
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

// day formats a calendar date, or "—" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2 Jan 2006")
}

// shortDay formats a date in nine columns for narrow tables.
func shortDay(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2 Jan 06")
}

// daysBetween counts calendar days from a to b (negative when b is earlier),
// ignoring the time of day so "tomorrow" is 1 whatever the hour.
func daysBetween(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.In(a.Location()).Date()
	da := time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)
	db := time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// plural writes "1 day", "3 days".
func plural(n int, word string) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// relativeDay says how far a date is from now: "today", "in 12 days",
// "3 days ago".
func relativeDay(now, t time.Time) string {
	n := daysBetween(now, t)
	switch {
	case n == 0:
		return "today"
	case n == 1:
		return "tomorrow"
	case n == -1:
		return "yesterday"
	case n > 0:
		return "in " + plural(n, "day")
	}
	return plural(-n, "day") + " ago"
}

// ago is a compact age for table cells: "today", "3d ago", "5w ago",
// "4mo ago", "2y ago", or "never".
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	n := daysBetween(t, now)
	switch {
	case n <= 0:
		return "today"
	case n < 14:
		return fmt.Sprintf("%dd ago", n)
	case n < 60:
		return fmt.Sprintf("%dw ago", n/7)
	case n < 730:
		return fmt.Sprintf("%dmo ago", n/30)
	}
	return fmt.Sprintf("%dy ago", n/365)
}

// clock shows a call's running time: 04:07, or 1:02:33 past an hour.
func clock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s%3600/60, s%60)
	}
	return fmt.Sprintf("%02d:%02d", s/60, s%60)
}

// minutes shows a logged call's length: "45 s", "12 min".
func minutes(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d/time.Second))
	}
	return fmt.Sprintf("%d min", int(d.Round(time.Minute)/time.Minute))
}

// stageLabel is a stage's label, shortened for narrow tables.
func stageLabel(s model.Stage, short bool) string {
	if !short {
		return s.Label()
	}
	switch s {
	case model.StageOnboarding:
		return "Onboard"
	case model.StageAdoption:
		return "Adoption"
	case model.StageValueRealized:
		return "Value"
	case model.StageAdvocate:
		return "Advocate"
	case model.StageAtRisk:
		return "At risk"
	case model.StageChurned:
		return "Churned"
	}
	return string(s)
}

// kindGlyph marks a suggestion kind in one column: ↑ moves up a tier, ⇡
// adds seats of what they have, + adds something new.
func kindGlyph(k model.SuggestionKind) string {
	if k == model.KindUpsell {
		return "↑"
	}
	if k == model.KindSeats {
		return "⇡"
	}
	if k == model.KindCrossSell {
		return "+"
	}
	return " "
}

// truncate cuts s to at most w columns, ending with "…" when cut.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// pad truncates or right-pads s to exactly w columns.
func pad(s string, w int) string {
	s = truncate(s, w)
	if n := ansi.StringWidth(s); n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// padLeft truncates or left-pads s to exactly w columns.
func padLeft(s string, w int) string {
	s = truncate(s, w)
	if n := ansi.StringWidth(s); n < w {
		s = strings.Repeat(" ", w-n) + s
	}
	return s
}

// spread puts left and right on one line of width w, right aligned; the
// left side is cut when both do not fit.
func spread(left, right string, w int) string {
	rw := ansi.StringWidth(right)
	if rw >= w {
		return truncate(right, w)
	}
	left = truncate(left, w-rw-1)
	gap := w - rw - ansi.StringWidth(left)
	return left + strings.Repeat(" ", gap) + right
}

// fit makes lines exactly h long: cut, or padded with empty lines.
func fit(lines []string, h int) []string {
	if h <= 0 {
		return nil
	}
	if len(lines) > h {
		return lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// listWindow picks which of n items to show in rows lines so that the
// selected one is among them.
func listWindow(n, selected, rows int) (start, end int) {
	if rows <= 0 || n <= rows {
		return 0, n
	}
	start = max(0, min(selected-rows/2, n-rows))
	return start, start + rows
}
