package importer

import (
	"fmt"
	"strings"
)

// rowClaims settles which record each row of an accounts or products file
// names: its id when the file has one, else the one stored record whose name
// matches, else a new id made from the name. It reports two rows naming the
// same record, and a row whose name fits several stored records.
type rowClaims struct {
	ix     *refIndex
	noun   string // "account" or "product", for messages
	stored func(id string) bool
	// fresh holds the ids given to records this file creates, so two new
	// records never get the same made-up id.
	fresh map[string]bool
	// claimed maps an id to the line that named it first.
	claimed map[string]int
}

func newRowClaims(ix *refIndex, noun string, stored func(id string) bool) *rowClaims {
	return &rowClaims{ix: ix, noun: noun, stored: stored, fresh: map[string]bool{}, claimed: map[string]int{}}
}

func (c *rowClaims) taken(id string) bool { return c.stored(id) || c.fresh[id] }

// claim returns the id the row at line names; ok is false when the row was
// reported as a problem or skipped (a new record needs a name).
func (c *rowClaims) claim(e *env, line int, id, name string) (string, bool) {
	if id == "" {
		got, _, ambiguous := c.ix.resolve(name)
		if len(ambiguous) > 0 {
			e.p.add(line, "", name, fmt.Sprintf("names several stored %ss (%s): add an id column to say which", c.noun, strings.Join(ambiguous, ", ")))
			return "", false
		}
		id = got
	}
	if !c.stored(id) && name == "" {
		e.sum.skip("no "+c.noun+" name", line)
		return "", false
	}
	if id == "" {
		id = slugID(name, c.taken)
	}
	if first, ok := c.claimed[id]; ok {
		e.p.add(line, "", name, fmt.Sprintf("is the same %s as line %d: keep one row per %s", c.noun, first, c.noun))
		return "", false
	}
	c.claimed[id] = line
	return id, true
}
