package importer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"talktrack/model"
)

// field is something a kind of file can hold, with the column headers that
// mean it. Aliases are normalised (see normalizeHeader) and listed best
// first: when a file has several columns for one field, a row's value is
// taken from the best one that is not empty.
type field struct {
	name    string
	aliases []string
}

// schema lists the fields of one kind of file.
type schema struct {
	kind   Kind
	fields []field
}

// fieldNames lists the schema's field names for messages and docs.
func (s *schema) fieldNames() []string {
	names := make([]string, len(s.fields))
	for i, f := range s.fields {
		names[i] = f.name
	}
	return names
}

// normalizeHeader folds a column header for matching: lower case, letters
// and digits only, so "Account Name", "ACCOUNT_NAME" and "account-name"
// all read as "accountname".
func normalizeHeader(h string) string { return model.NameKey(h) }

// ColumnUse says which field a column was read as.
type ColumnUse struct {
	Column string `json:"column"`
	Field  string `json:"field"`
	// Before names the column read first for the same field, when this
	// one is read only where that one is empty ("Name" beside "Account
	// Name").
	Before string `json:"where_empty,omitempty"`
}

// binding ties a file's columns to a schema's fields.
type binding struct {
	schema  *schema
	header  []string
	cols    [][]int // per field: column indexes, best first
	used    []ColumnUse
	ignored []string
}

// bind matches header columns to fields by alias, after the user's
// --map COLUMN=FIELD overrides (FIELD "-" ignores the column). Columns that
// match nothing are ignored and listed in the summary.
func bind(file string, s *schema, header []string, maps []string) (*binding, error) {
	byAlias := map[string]int{}
	rank := map[string]int{}
	for fi, f := range s.fields {
		for r, a := range f.aliases {
			byAlias[a] = fi
			rank[a] = r
		}
	}
	forced, err := parseMaps(file, s, header, maps)
	if err != nil {
		return nil, err
	}
	// Two columns of the same name that would both be read leave no way
	// to tell which value is meant: one of them would be dropped unsaid.
	seen := map[string]int{}
	for i, h := range header {
		norm := normalizeHeader(h)
		if norm == "" {
			continue
		}
		if fi, ok := forced[norm]; ok && fi < 0 {
			continue
		}
		if _, ok := byAlias[norm]; !ok {
			if _, ok := forced[norm]; !ok {
				continue
			}
		}
		if j, ok := seen[norm]; ok {
			return nil, model.Errorf(model.EINVALID, "%s has two columns named %q (columns %d and %d): remove or rename one; nothing was written", file, strings.TrimSpace(h), j+1, i+1)
		}
		seen[norm] = i
	}
	b := &binding{schema: s, header: header, cols: make([][]int, len(s.fields))}
	type hit struct{ col, rank int }
	hits := make([][]hit, len(s.fields))
	for i, h := range header {
		norm := normalizeHeader(h)
		if fi, ok := forced[norm]; ok {
			if fi >= 0 {
				hits[fi] = append(hits[fi], hit{i, -1})
			} else {
				b.ignored = append(b.ignored, displayHeader(h, i))
			}
			continue
		}
		if fi, ok := byAlias[norm]; ok && norm != "" {
			hits[fi] = append(hits[fi], hit{i, rank[norm]})
			continue
		}
		b.ignored = append(b.ignored, displayHeader(h, i))
	}
	for fi, hs := range hits {
		slices.SortStableFunc(hs, func(x, y hit) int { return cmp.Compare(x.rank, y.rank) })
		for _, h := range hs {
			b.cols[fi] = append(b.cols[fi], h.col)
		}
	}
	for i, h := range header {
		for fi, cols := range b.cols {
			if k := slices.Index(cols, i); k >= 0 {
				u := ColumnUse{Column: displayHeader(h, i), Field: s.fields[fi].name}
				if k > 0 {
					u.Before = displayHeader(header[cols[0]], cols[0])
				}
				b.used = append(b.used, u)
			}
		}
	}
	return b, nil
}

// parseMaps reads --map COLUMN=FIELD pairs into normalised column → field
// index (-1 to ignore the column).
func parseMaps(file string, s *schema, header []string, maps []string) (map[string]int, error) {
	forced := map[string]int{}
	for _, m := range maps {
		i := strings.LastIndexByte(m, '=')
		if i <= 0 {
			return nil, model.Errorf(model.EINVALID, "--map %q needs the form COLUMN=FIELD, for example --map \"Company\"=name", m)
		}
		col, name := normalizeHeader(m[:i]), strings.TrimSpace(m[i+1:])
		found := false
		for _, h := range header {
			if normalizeHeader(h) == col {
				found = true
			}
		}
		if !found {
			return nil, model.Errorf(model.EINVALID, "--map %s: %s has no column %q; its columns are %s",
				m, file, strings.TrimSpace(m[:i]), strings.Join(header, ", "))
		}
		switch strings.ToLower(name) {
		case "-", "ignore", "skip", "":
			forced[col] = -1
			continue
		}
		fi := slices.IndexFunc(s.fields, func(f field) bool { return normalizeHeader(f.name) == normalizeHeader(name) })
		if fi < 0 {
			return nil, model.Errorf(model.EINVALID, "--map %s: %q is not a field of %s files; use one of %s, or - to ignore the column",
				m, name, s.kind, strings.Join(s.fieldNames(), ", "))
		}
		forced[col] = fi
	}
	return forced, nil
}

func displayHeader(h string, i int) string {
	if h == "" {
		return fmt.Sprintf("(column %d)", i+1)
	}
	return h
}

// has reports whether any column holds field fi.
func (b *binding) has(fi int) bool { return len(b.cols[fi]) > 0 }

// require fails unless at least one of the fields has a column.
func (b *binding) require(file string, what string, fis ...int) error {
	for _, fi := range fis {
		if b.has(fi) {
			return nil
		}
	}
	var names []string
	for _, fi := range fis {
		names = append(names, b.schema.fields[fi].name)
	}
	return model.Errorf(model.EINVALID, "%s has no column for %s (columns: %s): name one with --map COLUMN=%s",
		file, what, strings.Join(b.header, ", "), names[0])
}
