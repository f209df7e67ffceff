package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
)

// Write writes calls in format f to w. Dates that depend on the time of
// day (a Salesforce ActivityDate) are taken in loc, the rep's time zone;
// instants are written in UTC. w is not flushed beyond what the format's
// own encoder buffers; callers own w.
func Write(w io.Writer, f Format, calls []Call, loc *time.Location) error {
	loc = locOrUTC(loc)
	switch f {
	case FormatSalesforce:
		return writeSalesforce(w, calls, loc)
	case FormatHubSpot:
		return writeHubSpot(w, calls)
	case FormatCSV:
		return writeFullCSV(w, calls)
	case FormatJSON:
		return writeJSON(w, calls)
	}
	_, err := ParseFormat(string(f))
	return err
}

// writeCSV writes a header and one record per call with encoding/csv:
// UTF-8 without a byte order mark, comma-separated, fields quoted only when
// they must be (comma, quote, line break, leading space), quotes doubled,
// and every value a spreadsheet would run as a formula neutralised (see
// defuseFormula).
//
// Lines end in LF, not CRLF. Both Data Loader and HubSpot's import read
// either; Salesforce documents line feed as the row separator of its bulk
// CSV format, and CRLF would also rewrite every line break inside a note
// to CRLF, so a note would not come back byte for byte.
func writeCSV(w io.Writer, header []string, calls []Call, record func(Call) []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, c := range calls {
		fields := record(c)
		for i, f := range fields {
			fields[i] = defuseFormula(f)
		}
		if err := cw.Write(fields); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// itoa formats an integer column.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// formulaStarts are the first characters that make Excel, LibreOffice or
// Google Sheets read a cell as a formula (OWASP, "CSV Injection"): equals,
// plus, minus, at, tab and carriage return.
const formulaStarts = "=+-@\t\r"

// defuseFormula prefixes a value that starts like a formula with a single
// quote, as OWASP's CSV injection guidance says, so a spreadsheet shows it
// as text instead of running it. Notes such as "=HYPERLINK(...)" or
// "-20% if they sign now" then read "'=HYPERLINK(...)" in the file. The
// numbers talktrack writes are never negative, so no number is changed.
func defuseFormula(v string) string {
	if v != "" && strings.IndexByte(formulaStarts, v[0]) >= 0 {
		return "'" + v
	}
	return v
}
