package data

import (
	"time"

	"talktrack/model"
)

// Dates are stored as text so that they sort and compare as text: days as
// 'YYYY-MM-DD', instants as RFC 3339 in UTC with whole seconds (a fixed
// width, so that the last_contact_at trigger's text comparison is a time
// comparison), and the empty string for unknown.
const (
	dayLayout     = "2006-01-02"
	instantLayout = "2006-01-02T15:04:05Z"
)

// FormatDay writes a day for a date column; zero is the empty string.
func FormatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dayLayout)
}

// FormatInstant writes an instant for a timestamp column; zero is the empty string.
func FormatInstant(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(time.Second).Format(instantLayout)
}

// readLayouts are the shapes a stored date may take. Besides ours, other
// writers (an import, a hand edit) may leave a space between date and time
// or a fraction of a second; they are read rather than refused.
var readLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05", dayLayout}

// parseDate reads a stored day or instant; the empty string is the zero time.
func parseDate(column, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	// A day is too short for every other layout: trying them first costs
	// an error value each, on every holding read.
	if len(s) == len(dayLayout) {
		if t, err := time.Parse(dayLayout, s); err == nil {
			return t, nil
		}
	}
	for _, layout := range readLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, model.Errorf(model.EINTERNAL, "the stored %s %q is not a date: fix or re-import the data", column, s)
}
