package importer

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"talktrack/model"
)

// RowError is one row that cannot be imported, with where and why.
type RowError struct {
	// Line is the physical line in the file where the row starts.
	Line int `json:"line"`
	// Column is the header of the offending column; empty when the row as
	// a whole is wrong.
	Column string `json:"column,omitempty"`
	// Value is the offending value as written.
	Value string `json:"value,omitempty"`
	// Reason says what is wrong and, where it can, how to fix it.
	Reason string `json:"reason"`
}

// String formats the error as one report line.
func (e RowError) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "line %d", e.Line)
	if e.Column != "" {
		fmt.Fprintf(&b, ", %s", e.Column)
	}
	b.WriteString(": ")
	if e.Value != "" || e.Column != "" {
		fmt.Fprintf(&b, "%q ", clip(e.Value, 60))
	}
	b.WriteString(e.Reason)
	return b.String()
}

// maxKept bounds the rows a report keeps in detail; the count is always
// complete, so a file imported as the wrong kind cannot exhaust memory.
const maxKept = 1000

// Problems is a failed import: every row that could not be understood. No
// change was written.
type Problems struct {
	// File is the file's name as given.
	File string `json:"file"`
	// Count is how many problems were found in all.
	Count int `json:"error_count"`
	// Rows are the first problems in file order (at most 1,000).
	Rows []RowError `json:"errors"`
}

// Error is the one-sentence summary; Report lists the rows.
func (p *Problems) Error() string {
	if p.Count == 1 {
		return fmt.Sprintf("%s cannot be imported: %s; nothing was written", p.File, p.Rows[0])
	}
	return fmt.Sprintf("%s has %d problems (the first: %s); nothing was written", p.File, p.Count, p.Rows[0])
}

// Unwrap lets callers that only know model errors see an EINVALID.
func (p *Problems) Unwrap() error { return &model.Error{Code: model.EINVALID, Message: p.Error()} }

// Report writes up to limit problems, one per line, and says how many more
// there are.
func (p *Problems) Report(w io.Writer, limit int) {
	for i, r := range p.Rows {
		if i == limit {
			break
		}
		fmt.Fprintf(w, "  %s\n", r)
	}
	if more := p.Count - min(limit, len(p.Rows)); more > 0 {
		fmt.Fprintf(w, "  … and %d more\n", more)
	}
}

// problems collects RowErrors while a file is read and compared.
type problems struct {
	file  string
	count int
	rows  []RowError
}

func (p *problems) add(line int, column, value, reason string) {
	p.count++
	if len(p.rows) < maxKept {
		p.rows = append(p.rows, RowError{Line: line, Column: column, Value: value, Reason: reason})
	}
}

// err returns the collected problems as an error, or nil when there are
// none. Rows are sorted by line, since checks run in several passes.
func (p *problems) err() error {
	if p.count == 0 {
		return nil
	}
	rows := slices.Clone(p.rows)
	slices.SortStableFunc(rows, func(a, b RowError) int { return cmp.Compare(a.Line, b.Line) })
	return &Problems{File: p.file, Count: p.count, Rows: rows}
}

// Error lets the reader hand back a malformed record as an error.
func (e *RowError) Error() string { return e.String() }
