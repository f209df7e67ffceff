package importer

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// row gives typed access to one record's fields. A value that cannot be
// understood is reported with its line, column and reason, and marks the
// row bad; reading goes on so that every problem is found in one pass.
type row struct {
	line int
	rec  []string
	rd   *rowReader
	bad  bool
}

// rowReader walks a table's records for one schema.
type rowReader struct {
	t            *table
	b            *binding
	p            *problems
	decimalComma bool
	dates        []dateColumn          // per field
	days         interner              // one copy of each day, however many rows have it
	parsedDates  map[string]parsedDate // cell → its date, parsed once
	rows         int                   // records read, blank ones excepted
	progress     io.Writer
}

func newRowReader(t *table, b *binding, p *problems, progress io.Writer) *rowReader {
	return &rowReader{
		t: t, b: b, p: p,
		// A semicolon-delimited file comes from a decimal-comma locale, so
		// there "1.234,50" and "6,0" are unambiguous.
		decimalComma: t.delimiter == ';',
		dates:        make([]dateColumn, len(b.schema.fields)),
		days:         interner{},
		parsedDates:  map[string]parsedDate{},
		progress:     progress,
	}
}

// progressEvery is how many rows pass between progress lines (a variable
// so that tests can see progress on small files).
var progressEvery = 100_000

// each calls parse for every record, then settles the order of slash
// dates per column (see dateColumn).
func (rd *rowReader) each(ctx context.Context, parse func(r *row)) error {
	for {
		rec, err := rd.t.next()
		if err == io.EOF {
			break
		}
		if re, ok := err.(*RowError); ok {
			rd.p.add(re.Line, re.Column, re.Value, re.Reason)
			continue
		}
		if err != nil {
			return err
		}
		rd.rows++
		if rd.rows%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if rd.progress != nil {
				fmt.Fprintf(rd.progress, "read %s rows of %s…\n", thousands(rd.rows), rd.t.name)
			}
		}
		parse(&row{line: rec.line, rec: rec.fields, rd: rd})
	}
	for fi := range rd.dates {
		rd.dates[fi].settle(rd.p, rd.b.schema.fields[fi].name)
	}
	return nil
}

// cell returns the field's value from the best column that has one,
// trimmed, and that column's index (-1 when none).
func (r *row) cell(fi int) (string, int) {
	for _, c := range r.rd.b.cols[fi] {
		if v := strings.TrimSpace(r.rec[c]); v != "" {
			return v, c
		}
	}
	return "", -1
}

// text is the field's value, "" when empty or not in the file.
func (r *row) text(fi int) string {
	v, _ := r.cell(fi)
	return v
}

// MaxIDRunes is the longest id an import accepts: a longer one is a
// column of text taken for ids, and would stretch every listing.
const MaxIDRunes = 200

// id is the field's value read as an id, "" when empty; a value longer
// than MaxIDRunes fails the row.
func (r *row) id(fi int) string {
	v, col := r.cell(fi)
	if utf8.RuneCountInString(v) > MaxIDRunes {
		r.fail(col, string([]rune(v)[:40])+"…", fmt.Sprintf("an id of more than %d characters: is this the id column? (--map COLUMN=id names it)", MaxIDRunes))
		return ""
	}
	return v
}

// fail reports a problem with a value of this row.
func (r *row) fail(col int, value, reason string) {
	r.bad = true
	name := ""
	if col >= 0 {
		name = displayHeader(r.rd.b.header[col], col)
	}
	r.rd.p.add(r.line, name, value, reason)
}

// failRow reports a problem with the row as a whole.
func (r *row) failRow(reason string) {
	r.bad = true
	r.rd.p.add(r.line, "", "", reason)
}

// number reads the field as a number; ok is false when it is empty or bad.
func (r *row) number(fi int) (v float64, ok bool) {
	s, c := r.cell(fi)
	if s == "" {
		return 0, false
	}
	v, err := parseNumber(s, r.rd.decimalComma)
	if err != nil {
		r.fail(c, s, err.Error())
		return 0, false
	}
	return v, true
}

// whole reads the field as a whole number not below least.
func (r *row) whole(fi int, least int) (n int, ok bool) {
	s, c := r.cell(fi)
	if s == "" {
		return 0, false
	}
	n, err := parseWhole(s, r.rd.decimalComma)
	if err != nil {
		r.fail(c, s, err.Error())
		return 0, false
	}
	if n < least {
		r.fail(c, s, fmt.Sprintf("is below %d", least))
		return 0, false
	}
	return n, true
}

// boolean reads the field as yes or no.
func (r *row) boolean(fi int) (v bool, ok bool) {
	s, c := r.cell(fi)
	if s == "" {
		return false, false
	}
	v, err := parseBool(s)
	if err != nil {
		r.fail(c, s, err.Error())
		return false, false
	}
	return v, true
}

// date reads the field as a day into *dst (YYYY-MM-DD). dst must stay
// where it is until the table is read: an ambiguous slash date may still
// be turned round when the column proves to be day first.
func (r *row) date(fi int, dst *string) bool {
	s, c := r.cell(fi)
	if s == "" {
		return false
	}
	d, ok := r.rd.parsedDates[s]
	if !ok {
		var err error
		if d, err = parseDate(s); err != nil {
			r.fail(c, s, err.Error())
			return false
		}
		d.iso = r.rd.days.get(d.iso)
		if len(r.rd.parsedDates) < maxParsedDates {
			r.rd.parsedDates[s] = d
		}
	}
	*dst = d.iso
	r.rd.dates[fi].note(d, dst, r.line, displayHeader(r.rd.b.header[c], c), s)
	return true
}

// maxParsedDates bounds the cells whose parsed date is remembered. A
// million rows name a few thousand days; parsing each cell once instead of
// on every row saved a third of the time spent reading a file of holdings.
const maxParsedDates = 1 << 16

// dateColumn decides, for one field, whether slash dates are month first
// (the default, as US exports and Salesforce write them) or day first:
// day first when some value proves it (25/3/2017) and none proves month
// first (3/25/2017). Values that fit both are turned round if needed; a
// column proving both orders reports the rows of the rarer one.
type dateColumn struct {
	monthFirst, dayFirst []dateSample
	nMonth, nDay         int
	ambiguous            []ambiguousDate
}

type dateSample struct {
	line          int
	column, value string
}

type ambiguousDate struct {
	dst *string
	alt string
}

func (dc *dateColumn) note(d parsedDate, dst *string, line int, column, value string) {
	switch {
	case d.evidence > 0:
		dc.nMonth++
		if len(dc.monthFirst) < maxKept {
			dc.monthFirst = append(dc.monthFirst, dateSample{line, column, value})
		}
	case d.evidence < 0:
		dc.nDay++
		if len(dc.dayFirst) < maxKept {
			dc.dayFirst = append(dc.dayFirst, dateSample{line, column, value})
		}
	case d.alt != "":
		dc.ambiguous = append(dc.ambiguous, ambiguousDate{dst, d.alt})
	}
}

func (dc *dateColumn) settle(p *problems, field string) {
	switch {
	case dc.nDay > 0 && dc.nMonth == 0:
		for _, a := range dc.ambiguous {
			*a.dst = a.alt
		}
	case dc.nDay > 0 && dc.nMonth > 0:
		wrong, n, order := dc.dayFirst, dc.nDay, "day first (D/M/YYYY)"
		if dc.nDay > dc.nMonth {
			wrong, n, order = dc.monthFirst, dc.nMonth, "month first (M/D/YYYY)"
		}
		for _, s := range wrong {
			p.add(s.line, s.column, s.value, "is "+order+" while most dates in this column are not: write dates one way, best YYYY-MM-DD")
		}
		p.count += n - len(wrong) // samples beyond maxKept are counted, not kept
	}
	dc.ambiguous = nil
}

// thousands formats n with comma grouping.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// keep copies v into *dst when the file has the column (present), so an
// export that lacks a column never erases what is stored.
func keep[T any](present bool, dst *T, v T) {
	if present {
		*dst = v
	}
}
