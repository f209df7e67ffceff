package importer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"talktrack/model"
)

// refIndex resolves references to accounts or products as exports write
// them: by id first, then by name ignoring case, spaces and punctuation
// (model.NameKey), so that a pipeline's "GTXPro" finds the catalogue's
// "GTX Pro".
type refIndex struct {
	what   string            // "account" or "product", for reasons
	ids    map[string]int32  // every id → its number, for compact keys
	list   []string          // ids by number
	byKey  map[string]string // name key → id; "" when several share it
	shared map[string][]string
	// segments are the accounts' peer segments by number, when read by
	// loadAccountIndex.
	segments []string
}

func newRefIndex(what string) *refIndex {
	return &refIndex{what: what, ids: map[string]int32{}, byKey: map[string]string{}, shared: map[string][]string{}}
}

// add registers a record; records added after loading (none are today)
// would break pairKey's order.
func (ix *refIndex) add(id, name string) {
	if _, ok := ix.ids[id]; !ok {
		ix.ids[id] = int32(len(ix.list))
		ix.list = append(ix.list, id)
	}
	k := model.NameKey(name)
	if k == "" {
		return
	}
	if prev, ok := ix.byKey[k]; ok && prev != id {
		if prev != "" {
			ix.shared[k] = append(ix.shared[k], prev)
		}
		ix.shared[k] = append(ix.shared[k], id)
		ix.byKey[k] = ""
		return
	}
	ix.byKey[k] = id
}

// loadRefIndex reads every id and name of table ("accounts" or
// "products"), numbering ids in their sort order so that pairKey orders
// holdings as the holdings table's primary key does.
func loadRefIndex(ctx context.Context, tx *sql.Tx, table, what string) (*refIndex, error) {
	ix := newRefIndex(what)
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM `+table+` ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		ix.add(id, name)
	}
	return ix, rows.Err()
}

// loadAccountIndex is loadRefIndex for accounts that also reads each
// account's peer segment, for imports that change holdings.
func loadAccountIndex(ctx context.Context, tx *sql.Tx) (*refIndex, error) {
	ix := newRefIndex("account")
	rows, err := tx.QueryContext(ctx, `SELECT id, name, industry, size_band FROM accounts ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	defer rows.Close()
	segments := interner{}
	for rows.Next() {
		var a model.Account
		if err := rows.Scan(&a.ID, &a.Name, &a.Industry, &a.SizeBand); err != nil {
			return nil, fmt.Errorf("read accounts: %w", err)
		}
		ix.add(a.ID, a.Name) // ids are unique: segments stay in step with list
		ix.segments = append(ix.segments, segments.get(a.Segment()))
	}
	return ix, rows.Err()
}

// resolve finds the id that the first non-empty of values refers to. When
// it finds none, skip says why, in words for the summary ("no account",
// "account not found"); when a name fits several records, ambiguous lists
// their ids.
func (ix *refIndex) resolve(values ...string) (id, skip string, ambiguous []string) {
	seen := false
	for _, v := range values {
		if v == "" {
			continue
		}
		seen = true
		if _, ok := ix.ids[v]; ok {
			return v, "", nil
		}
		k := model.NameKey(v)
		if got, ok := ix.byKey[k]; ok {
			if got == "" {
				return "", "", ix.shared[k]
			}
			return got, "", nil
		}
	}
	if !seen {
		return "", "no " + ix.what, nil
	}
	return "", ix.what + " not found", nil
}

// pairKey packs an account and a product number into one map key.
func pairKey(account, product int32) uint64 {
	return uint64(uint32(account))<<32 | uint64(uint32(product))
}

// slugID makes a readable, stable id from a name for sources without an id
// column: lower case, letters and digits, words joined by "-" ("Acme
// Corporation" → "acme-corporation"). taken says whether an id is in use;
// a number is appended until it is free.
func slugID(name string, taken func(string) bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	base := b.String()
	if base == "" {
		base = "x"
	}
	id := base
	for n := 2; taken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}
