package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"talktrack/model"
)

// table is a CSV file being read: its header, the delimiter found in it,
// and its records with the physical line each starts on.
type table struct {
	name      string
	header    []string
	delimiter rune
	encoding  string
	r         *csv.Reader
}

// openTable decodes b (see decodeText), detects the delimiter from the
// header line and reads the header.
func openTable(name string, b []byte, enc string) (*table, error) {
	text, used, err := decodeText(name, b, enc)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, model.Errorf(model.EINVALID, "%s is empty: it needs a header line naming the columns", name)
	}
	t := &table{name: name, delimiter: detectDelimiter(text), encoding: used}
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = t.delimiter
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	t.r = r
	header, err := r.Read()
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "%s: the header line cannot be read: %s", name, csvReason(err))
	}
	t.header = make([]string, len(header))
	for i, h := range header {
		t.header[i] = strings.TrimSpace(h)
	}
	return t, nil
}

// detectDelimiter picks ',', ';' or tab, whichever the header line (up to
// its first line break outside quotes) holds most of outside quotes. A
// header of one column has none; ',' is then as good as any.
func detectDelimiter(text []byte) rune {
	counts := map[byte]int{}
	quoted := false
	for _, c := range text {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if c == '\n' {
			break
		}
		counts[c]++
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}

// record is one row of a table.
type record struct {
	line   int
	fields []string
}

// next returns the next non-blank record. A record that breaks the CSV
// rules, or holds more or fewer values than the header names, comes back
// as a *RowError, and reading can go on after it; io.EOF ends the table.
// Rows whose every value is empty (spreadsheets pad with ",,,,") are
// passed over.
func (t *table) next() (record, error) {
	for {
		fields, err := t.r.Read()
		if err == io.EOF {
			return record{}, io.EOF
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return record{}, &RowError{Line: pe.StartLine, Reason: csvReason(err)}
		}
		if err != nil {
			return record{}, err
		}
		line, _ := t.r.FieldPos(0)
		if blank(fields) {
			continue
		}
		// Trailing empty values beyond the header are harmless padding.
		for len(fields) > len(t.header) && strings.TrimSpace(fields[len(fields)-1]) == "" {
			fields = fields[:len(fields)-1]
		}
		if len(fields) != len(t.header) {
			return record{}, &RowError{Line: line, Reason: fmt.Sprintf(
				"has %d values but the header names %d columns: a value with a %s in it needs quotes", len(fields), len(t.header), delimiterName(t.delimiter))}
		}
		return record{line: line, fields: fields}, nil
	}
}

func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// csvReason turns encoding/csv's errors into advice.
func csvReason(err error) string {
	switch {
	case errors.Is(err, csv.ErrBareQuote):
		return `has a quote (") inside a value that is not in quotes: put the whole value in quotes and double the quote inside ("")`
	case errors.Is(err, csv.ErrQuote):
		return `has a quoted value that is not closed properly: a quote inside quotes must be doubled ("")`
	}
	return err.Error()
}

func delimiterName(d rune) string {
	switch d {
	case ';':
		return "semicolon"
	case '\t':
		return "tab"
	}
	return "comma"
}
