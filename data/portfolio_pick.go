package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"talktrack/model"
)

// portfolioPick counts the accounts a portfolio query matches and picks the
// rowids of its window, in order, inside one read transaction. With the
// names in memory a filter's matches are found there (about a millisecond
// at 100k accounts); without, and for queries with no filter, SQL walks the
// indexes.
type portfolioPick struct {
	s     *Store
	ctx   context.Context
	tx    *sql.Tx
	q     model.PortfolioQuery
	order string
	// key is the filter's name key; "" means no filter.
	key string
	// names is the in-memory name index, nil to use SQL only. It must have
	// been read at the accounts version tx sees.
	names *nameIndex
	// size estimates the number of accounts; 0 until needed.
	size int64
}

// pick returns the number of matches and the window's rowids.
func (pk *portfolioPick) pick() (int, []int64, error) {
	groups := matchGroups(pk.key)
	counts := make([]int, len(groups))
	var matches nameMatches
	if pk.names != nil && pk.q.Owner == "" {
		matches = pk.names.match(pk.key, pk.q.Stage)
		for i := range counts {
			counts[i] = len(matches[i])
		}
	} else {
		for i, g := range groups {
			where := portfolioWhere(g, pk.q.Stage, pk.q.Owner, false)
			if err := pk.tx.QueryRowContext(pk.ctx, `SELECT count(*) FROM accounts a`+where, pk.args(0, 0)...).Scan(&counts[i]); err != nil {
				return 0, nil, internalf(err, "count accounts")
			}
		}
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	limit, offset := pk.q.Limit, max(pk.q.Offset, 0)
	if limit <= 0 || offset >= total {
		return total, nil, nil
	}

	var ids []int64
	for i, g := range groups {
		if offset >= counts[i] {
			offset -= counts[i]
			continue
		}
		need := limit - len(ids)
		var picked []int64
		var err error
		switch {
		case pk.names == nil || pk.q.Owner != "":
			picked, err = pk.pickSQL(g, counts[i], need, offset)
		case pk.byName():
			picked = pk.names.window(matches[i], pk.q.Desc, need, offset)
		default:
			picked, err = pk.pickOther(g, matches[i], need, offset)
		}
		if err != nil {
			return 0, nil, err
		}
		ids = append(ids, picked...)
		offset = 0
		if len(ids) >= limit {
			break
		}
	}
	return total, ids, nil
}

// byName reports a sort by name, the order of the name and stage indexes
// and of the in-memory names.
func (pk *portfolioPick) byName() bool {
	return pk.q.Sort == "" || pk.q.Sort == model.SortName
}

// args are the SQL parameters of matchGroups and portfolioWhere: ?1 is the
// filter, ?2 the stage, ?3 the least string above every name starting with
// the filter, ?4 and ?5 the window's limit and offset, ?6 the owner.
func (pk *portfolioPick) args(limit, offset int) []any {
	return []any{pk.key, string(pk.q.Stage), pk.key + "\U0010FFFF", limit, offset, strings.TrimSpace(pk.q.Owner)}
}

// tableSize estimates the number of accounts in one index step.
func (pk *portfolioPick) tableSize() (int64, error) {
	if pk.size == 0 {
		if err := pk.tx.QueryRowContext(pk.ctx, `SELECT coalesce(max(rowid), 0) FROM accounts`).Scan(&pk.size); err != nil {
			return 0, internalf(err, "count accounts")
		}
	}
	return pk.size, nil
}

// pickSQL picks a window of one match group of count accounts in SQL,
// walking the sort column's index when that visits fewer rows than finding
// the matches and sorting them.
func (pk *portfolioPick) pickSQL(g matchGroup, count, need, offset int) ([]int64, error) {
	walk := false
	if g.walkable && !pk.byName() {
		size, err := pk.tableSize()
		if err != nil {
			return nil, err
		}
		walk = pk.s.walkSortIndex(offset+need, count, size)
	}
	where := portfolioWhere(g, pk.q.Stage, pk.q.Owner, walk)
	return pickRowids(pk.ctx, pk.tx, `SELECT a.rowid FROM accounts a`+where+` ORDER BY `+pk.order+` LIMIT ?4 OFFSET ?5`,
		pk.args(need, offset)...)
}

// pickOther picks a window of one match group, found in memory, in another
// order than by name: SQL sorts the matches themselves when there are few,
// and otherwise walks the sort column's index as without the names.
func (pk *portfolioPick) pickOther(g matchGroup, entries []int32, need, offset int) ([]int64, error) {
	size, err := pk.tableSize()
	if err != nil {
		return nil, err
	}
	if !g.walkable || !pk.s.walkSortIndex(offset+need, len(entries), size) {
		idJSON, _ := json.Marshal(pk.names.rowidsOf(entries))
		return pickRowids(pk.ctx, pk.tx, `SELECT a.rowid FROM accounts a
			 WHERE a.rowid IN (SELECT value FROM json_each(?1)) ORDER BY `+pk.order+` LIMIT ?2 OFFSET ?3`,
			string(idJSON), need, offset)
	}
	return pk.pickSQL(g, len(entries), need, offset)
}

// window is the rowids of need entries from offset on, in name order or
// its reverse.
func (ix *nameIndex) window(entries []int32, desc bool, need, offset int) []int64 {
	n := len(entries)
	out := make([]int64, 0, max(0, min(need, n-offset)))
	for k := offset; k < n && len(out) < need; k++ {
		e := entries[k]
		if desc {
			e = entries[n-1-k]
		}
		out = append(out, ix.rowids[e])
	}
	return out
}

// rowidsOf is the rowids of entries.
func (ix *nameIndex) rowidsOf(entries []int32) []int64 {
	out := make([]int64, len(entries))
	for i, e := range entries {
		out[i] = ix.rowids[e]
	}
	return out
}
