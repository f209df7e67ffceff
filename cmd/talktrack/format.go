package main

import (
	"strconv"
	"strings"
	"time"
)

// day formats a date as YYYY-MM-DD, or "" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// money formats an amount with thousands separators and no cents.
func money(v float64) string {
	n := int64(v + 0.5)
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// parseDay reads a YYYY-MM-DD date given on the command line.
func parseDay(flag, s string) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		return time.Time{}, errorf("%s %q is not a date: use YYYY-MM-DD, e.g. 2026-12-01", flag, s)
	}
	return t, nil
}
