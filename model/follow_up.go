package model

import (
	"strconv"
	"strings"
	"time"
)

// ParseFollowUp reads a follow-up date: YYYY-MM-DD, or +N (days from
// today), +Nd, +Nw. Empty clears it. Dates before today are refused.
func ParseFollowUp(s string, now time.Time) (time.Time, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return time.Time{}, nil
	}
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	if rest, ok := strings.CutPrefix(s, "+"); ok {
		unit := 1
		rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "days"), "day"))
		switch {
		case strings.HasSuffix(rest, "d"):
			rest = strings.TrimSuffix(rest, "d")
		case strings.HasSuffix(rest, "w"):
			rest, unit = strings.TrimSuffix(rest, "w"), 7
		}
		n, err := strconv.Atoi(strings.TrimSpace(rest))
		if err != nil || n < 0 || n > 3650 {
			return time.Time{}, Errorf(EINVALID, "%q is not a follow-up date: use YYYY-MM-DD or +N days", s)
		}
		return today.AddDate(0, 0, n*unit), nil
	}
	t, err := time.ParseInLocation(time.DateOnly, s, now.Location())
	if err != nil {
		return time.Time{}, Errorf(EINVALID, "%q is not a follow-up date: use YYYY-MM-DD or +N days", s)
	}
	if t.Before(today) {
		return time.Time{}, Errorf(EINVALID, "%s is in the past: pick a follow-up date from today on", s)
	}
	return t, nil
}
