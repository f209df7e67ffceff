package importer

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// valueError is what value parsers return: the reason shown next to the
// offending value in the error report.
type valueError string

func (e valueError) Error() string { return string(e) }

// parseNumber reads a number as spreadsheets and CRMs write it: with a
// currency symbol or code ("$1,200", "1 200 EUR"), thousands separated by
// spaces, apostrophes, commas or dots, and a decimal point or comma. A
// separator is read as decimal or grouping only when that is unambiguous:
// where both appear the last one is the decimal; a lone comma followed by
// exactly three digits groups thousands unless the file is semicolon
// delimited (decimalComma), where commas are decimal and dots group.
// Exponents ("3.5E8") and accounting negatives ("(120)") are accepted.
func parseNumber(s string, decimalComma bool) (float64, error) {
	if n, ok := plainInt(s); ok {
		return float64(n), nil // the common case, a million times in a big file
	}
	t := stripCurrency(strings.TrimSpace(s))
	neg := false
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		neg, t = true, strings.TrimSpace(t[1:len(t)-1])
	}
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "−") {
		neg, t = !neg, strings.TrimLeft(t, "-−")
	} else {
		t = strings.TrimPrefix(t, "+")
	}
	t = stripCurrency(t) // "-$1,200" has its symbol after the sign
	t = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009', '\'', '’':
			return -1 // grouping spaces and Swiss apostrophes
		}
		return r
	}, t)
	if t == "" {
		return 0, valueError("is not a number")
	}
	if strings.ContainsAny(t, "eE") {
		if decimalComma {
			t = strings.Replace(t, ",", ".", 1)
		}
		return finite(t, neg)
	}
	dot, comma := strings.LastIndexByte(t, '.'), strings.LastIndexByte(t, ',')
	switch {
	case dot >= 0 && comma >= 0:
		decimal, group := byte('.'), ","
		if comma > dot {
			decimal, group = ',', "."
		}
		i := strings.LastIndexByte(t, decimal)
		if strings.Count(t, string(decimal)) > 1 || !grouped(t[:i], group) {
			return 0, valueError("is not a number (its separators do not group thousands)")
		}
		t = strings.ReplaceAll(t[:i], group, "") + "." + t[i+1:]
	case comma >= 0:
		switch {
		case decimalComma && strings.Count(t, ",") == 1:
			t = strings.Replace(t, ",", ".", 1)
		case !decimalComma && grouped(t, ","):
			t = strings.ReplaceAll(t, ",", "")
		case !decimalComma && strings.Count(t, ",") == 1:
			// "12,5" cannot be thousands, so the comma is a decimal.
			t = strings.Replace(t, ",", ".", 1)
		default:
			return 0, valueError("is not a number")
		}
	case dot >= 0 && decimalComma && grouped(t, "."):
		// In a semicolon-delimited (decimal comma) file "1.234" is 1234.
		t = strings.ReplaceAll(t, ".", "")
	case dot >= 0 && strings.Count(t, ".") > 1:
		if !grouped(t, ".") {
			return 0, valueError("is not a number")
		}
		t = strings.ReplaceAll(t, ".", "")
	}
	return finite(t, neg)
}

// finite parses plain digits with an optional decimal point or exponent.
func finite(t string, neg bool) (float64, error) {
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r == '.' || r == 'e' || r == 'E' || r == '+' || r == '-') {
			return 0, valueError("is not a number")
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, valueError("is not a number")
	}
	if neg {
		v = -v
	}
	return v, nil
}

// grouped reports whether t is digits in thousands groups joined by sep:
// "1,234,567" but not "12,34" nor "0,125".
func grouped(t, sep string) bool {
	parts := strings.Split(t, sep)
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 || (parts[0][0] == '0') {
		return false
	}
	for i, p := range parts {
		if i > 0 && len(p) != 3 {
			return false
		}
		for j := 0; j < len(p); j++ {
			if p[j] < '0' || p[j] > '9' {
				return false
			}
		}
	}
	return true
}

// currencyCodes are the ISO codes exports put before or after amounts.
var currencyCodes = []string{"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "INR", "BRL", "MXN", "CNY"}

// plainInt reads up to nine plain digits, with an optional minus sign.
func plainInt(s string) (int, bool) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// stripCurrency removes one leading or trailing currency symbol or code.
func stripCurrency(t string) string {
	if t == "" {
		return t
	}
	if first, last := t[0], t[len(t)-1]; first >= '0' && first <= '9' && last >= '0' && last <= '9' {
		return t // nothing to strip; skips the lookups below
	}
	for _, c := range currencyCodes {
		if strings.HasPrefix(strings.ToUpper(t), c) {
			t = strings.TrimSpace(t[len(c):])
			break
		}
		if strings.HasSuffix(strings.ToUpper(t), c) {
			t = strings.TrimSpace(t[:len(t)-len(c)])
			break
		}
	}
	t = strings.TrimFunc(t, func(r rune) bool { return unicode.Is(unicode.Sc, r) || r == ' ' })
	return t
}

// parseWhole reads a whole number such as a quantity or a head count;
// "6.0" is 6, "6.5" is refused.
func parseWhole(s string, decimalComma bool) (int, error) {
	if n, ok := plainInt(s); ok {
		return n, nil
	}
	v, err := parseNumber(s, decimalComma)
	if err != nil {
		return 0, err
	}
	if v != math.Trunc(v) {
		return 0, valueError("is not a whole number")
	}
	if math.Abs(v) > math.MaxInt32 {
		return 0, valueError("is too large")
	}
	return int(v), nil
}

// dateOrder says how a slash date's first two numbers are read.
type dateOrder int

const (
	monthFirst dateOrder = iota // 3/1/2017 is 1 March (US, Salesforce, Excel)
	dayFirst                    // 3/1/2017 is 3 January
)

// parsedDate is a date read from a cell. When the cell is a slash date
// whose day and month could be swapped, alt holds the day-first reading
// and evidence says which order the value proves, if any.
type parsedDate struct {
	iso      string
	alt      string
	evidence int // 0 none, +1 proves month first (3/25/2017), -1 day first (25/3/2017)
}

// monthNameLayouts are the spelled-out forms accepted besides numbers.
var monthNameLayouts = []string{
	"2 Jan 2006", "2 January 2006", "02-Jan-2006", "2-Jan-2006", "02-Jan-06",
	"Jan 2, 2006", "January 2, 2006", "Jan 2 2006",
}

// parseDate reads a date as exports write it: ISO (2017-03-01, optionally
// with a time), YYYY/MM/DD, M/D/YYYY (day first when the value proves it),
// D.M.YYYY, two-digit years (pivot 1970), and month names in English. A
// time of day after the date is ignored: these are days.
func parseDate(s string) (parsedDate, error) {
	t := strings.TrimSpace(s)
	if len(t) >= 10 && t[4] == '-' && t[7] == '-' {
		rest := t[10:]
		if rest == "" || rest[0] == 'T' || rest[0] == ' ' {
			if d, err := time.Parse("2006-01-02", t[:10]); err == nil {
				return parsedDate{iso: d.Format("2006-01-02")}, nil
			}
		}
		return parsedDate{}, valueError("is not a date")
	}
	// Drop a trailing time ("3/1/2017 10:15 AM", "01.03.2017 10:15").
	date := t
	if i := strings.IndexByte(t, ' '); i > 0 && strings.ContainsAny(t[:i], "/.") && strings.Contains(t[i:], ":") {
		date = t[:i]
	}
	for _, sep := range []string{"/", "."} {
		parts := strings.Split(date, sep)
		if len(parts) == 3 && allDigits(parts) {
			return numericDate(parts, sep)
		}
	}
	for _, layout := range monthNameLayouts {
		if d, err := time.Parse(layout, t); err == nil {
			return parsedDate{iso: d.Format("2006-01-02")}, nil
		}
	}
	return parsedDate{}, valueError("is not a date (use YYYY-MM-DD or M/D/YYYY)")
}

func numericDate(parts []string, sep string) (parsedDate, error) {
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	if len(parts[0]) == 4 { // YYYY/MM/DD
		return isoDate(a, b, c, "")
	}
	year := c
	switch len(parts[2]) {
	case 2:
		year = 2000 + c
		if c >= 70 {
			year = 1900 + c
		}
	case 4:
	default:
		return parsedDate{}, valueError("is not a date (the year needs four digits)")
	}
	if sep == "." { // D.M.YYYY is only ever day first
		return isoDate(year, b, a, "")
	}
	switch {
	case a > 12 && b <= 12:
		d, err := isoDate(year, b, a, "")
		d.evidence = -1
		return d, err
	case b > 12 && a <= 12:
		d, err := isoDate(year, a, b, "")
		d.evidence = +1
		return d, err
	case a == b:
		return isoDate(year, a, b, "")
	}
	alt, err := isoDate(year, b, a, "")
	if err != nil {
		return isoDate(year, a, b, "")
	}
	return isoDate(year, a, b, alt.iso)
}

func isoDate(y, m, d int, alt string) (parsedDate, error) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d || t.Month() != time.Month(m) {
		return parsedDate{}, valueError("is not a date")
	}
	return parsedDate{iso: t.Format("2006-01-02"), alt: alt}, nil
}

func allDigits(parts []string) bool {
	for _, p := range parts {
		if p == "" {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
		}
	}
	return true
}

// parseBool reads yes/no answers as exports write them.
func parseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "true", "t", "yes", "y", "x", "on", "✓", "ja", "oui", "si", "sí":
		return true, nil
	case "0", "false", "f", "no", "n", "off", "nein", "non":
		return false, nil
	}
	return false, valueError("is not yes or no")
}
