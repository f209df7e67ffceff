package export

import (
	"strings"
	"time"

	"talktrack/model"
)

// Format names what an export is for.
type Format string

// The export formats.
const (
	// FormatSalesforce is a CSV for Data Loader's insert into Task.
	FormatSalesforce Format = "salesforce"
	// FormatHubSpot is a CSV for HubSpot's calls import.
	FormatHubSpot Format = "hubspot"
	// FormatCSV is every field talktrack keeps about a call, one row per call.
	FormatCSV Format = "csv"
	// FormatJSON is the same as FormatCSV as a JSON array.
	FormatJSON Format = "json"
)

// Formats lists every format in the order help texts show them.
var Formats = []Format{FormatSalesforce, FormatHubSpot, FormatCSV, FormatJSON}

// ParseFormat reads a format name, ignoring case and surrounding spaces.
func ParseFormat(s string) (Format, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, f := range Formats {
		if string(f) == k {
			return f, nil
		}
	}
	if k == "" {
		return "", model.Errorf(model.EINVALID, "choose an export format with --format: one of %s", formatList())
	}
	return "", model.Errorf(model.EINVALID, "unknown export format %q: use one of %s", s, formatList())
}

// formatList is the valid format names for messages.
func formatList() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// ParseSince reads the --since date, YYYY-MM-DD, as the start of that day
// in loc (the rep's time zone), so "calls since Monday" means Monday as the
// rep lived it, not Monday in UTC.
func ParseSince(s string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation(dayLayout, strings.TrimSpace(s), locOrUTC(loc))
	if err != nil {
		return time.Time{}, model.Errorf(model.EINVALID, "--since %q is not a date: use YYYY-MM-DD, e.g. 2026-03-01", s)
	}
	return t, nil
}

// dayLayout is how dates are written: ISO 8601, which Data Loader, HubSpot
// and every spreadsheet read without asking which way round day and month go.
const dayLayout = "2006-01-02"

// locOrUTC treats a missing location as UTC.
func locOrUTC(loc *time.Location) *time.Location {
	if loc == nil {
		return time.UTC
	}
	return loc
}
