package importer

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Summary says what an import did, or with DryRun what it would do.
type Summary struct {
	// Kind is what the file was read as.
	Kind Kind `json:"kind"`
	// File is the file's name as given.
	File string `json:"file"`
	// DryRun is true when nothing was written.
	DryRun bool `json:"dry_run"`
	// Encoding is the text encoding the file was read in.
	Encoding string `json:"encoding"`
	// Delimiter is "comma", "semicolon" or "tab"; empty for the playbook.
	Delimiter string `json:"delimiter,omitempty"`
	// Rows counts the data rows read (blank rows excepted).
	Rows int `json:"rows"`
	// Columns says which field each recognised column was read as.
	Columns []ColumnUse `json:"columns"`
	// Ignored lists the columns that were not used.
	Ignored []string `json:"ignored_columns"`
	// Records counts what was created, updated and left unchanged, per
	// kind of record (an import of purchases also changes holdings).
	Records []Count `json:"records"`
	// Skipped counts valid rows that do not apply, by reason.
	Skipped []Skip `json:"skipped"`
	// Notes explain decisions the importer made for the user, such as
	// tiers ordered by price or stages inferred.
	Notes []string `json:"notes"`
}

// Count is what happened to one kind of record.
type Count struct {
	What      string `json:"what"`
	Created   int    `json:"created"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Removed   int    `json:"removed,omitempty"`
}

// Changed reports whether anything is written for this record kind.
func (c Count) Changed() bool { return c.Created+c.Updated+c.Removed > 0 }

// Skip counts rows passed over for one reason.
type Skip struct {
	Reason string `json:"reason"`
	Rows   int    `json:"rows"`
	// Lines are the first few lines skipped for this reason.
	Lines []int `json:"lines"`
}

// maxSkipLines is how many example lines a Skip keeps.
const maxSkipLines = 5

// count returns the Count for what, adding it in first-use order.
func (s *Summary) count(what string) *Count {
	for i := range s.Records {
		if s.Records[i].What == what {
			return &s.Records[i]
		}
	}
	s.Records = append(s.Records, Count{What: what})
	return &s.Records[len(s.Records)-1]
}

// skip counts a row passed over for reason.
func (s *Summary) skip(reason string, line int) {
	for i := range s.Skipped {
		if s.Skipped[i].Reason == reason {
			s.Skipped[i].Rows++
			if len(s.Skipped[i].Lines) < maxSkipLines {
				s.Skipped[i].Lines = append(s.Skipped[i].Lines, line)
			}
			return
		}
	}
	s.Skipped = append(s.Skipped, Skip{Reason: reason, Rows: 1, Lines: []int{line}})
}

// note adds an explanation.
func (s *Summary) note(format string, args ...any) {
	s.Notes = append(s.Notes, fmt.Sprintf(format, args...))
}

// Changed reports whether the import writes anything.
func (s *Summary) Changed() bool {
	for _, c := range s.Records {
		if c.Changed() {
			return true
		}
	}
	return false
}

// WriteJSON writes the summary as one indented JSON object.
func (s *Summary) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}

// WriteText writes the summary for a person.
func (s *Summary) WriteText(w io.Writer) error {
	var b strings.Builder
	how := ""
	if s.Delimiter != "" {
		how = fmt.Sprintf(", %s-delimited", s.Delimiter)
	}
	fmt.Fprintf(&b, "%s: %s %s read as %s (%s%s)\n", s.File, thousands(s.Rows), plural(s.Rows, "row", "rows"), s.Kind, strings.ToUpper(s.Encoding), how)
	for _, c := range s.Records {
		fmt.Fprintf(&b, "  %-16s %s created, %s updated, %s unchanged", c.What+":", thousands(c.Created), thousands(c.Updated), thousands(c.Unchanged))
		if c.Removed > 0 {
			fmt.Fprintf(&b, ", %s removed", thousands(c.Removed))
		}
		b.WriteByte('\n')
	}
	for _, sk := range s.Skipped {
		lines := make([]string, len(sk.Lines))
		for i, l := range sk.Lines {
			lines[i] = fmt.Sprint(l)
		}
		more := ""
		if sk.Rows > len(sk.Lines) {
			more = ", …"
		}
		fmt.Fprintf(&b, "  skipped %s %s: %s (%s %s%s)\n", thousands(sk.Rows), plural(sk.Rows, "row", "rows"), sk.Reason,
			plural(len(lines), "line", "lines"), strings.Join(lines, ", "), more)
	}
	if len(s.Columns) > 0 {
		uses := make([]string, len(s.Columns))
		for i, u := range s.Columns {
			uses[i] = u.Column + " → " + u.Field
			if u.Before != "" {
				uses[i] += " (where " + u.Before + " is empty)"
			}
		}
		fmt.Fprintf(&b, "  columns: %s\n", strings.Join(uses, ", "))
	}
	if len(s.Ignored) > 0 {
		fmt.Fprintf(&b, "  ignored columns: %s\n", strings.Join(s.Ignored, ", "))
	}
	for _, n := range s.Notes {
		fmt.Fprintf(&b, "  note: %s\n", n)
	}
	switch {
	case s.DryRun:
		b.WriteString("Dry run: nothing was written.\n")
	case !s.Changed():
		b.WriteString("Nothing to change: the database already holds this file's data.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
