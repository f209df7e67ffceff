package data

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"

	"talktrack/model"
)

// metaAccountsVersion is the meta key Update bumps with every bulk write
// (a seed, an import, a playbook change), the only writes that add, rename
// or move accounts between stages. A store holding the names in memory
// reads it to know, in this process or another, that they changed.
const metaAccountsVersion = "accounts_version"

// MarkAccountsChanged records, inside tx, that accounts were added,
// renamed or moved to another stage. Update does it for every transaction
// it runs; a writer that changes accounts through DB() without Update must
// call it, or filters keep answering from the names read before.
func MarkAccountsChanged(ctx context.Context, tx *sql.Tx) error {
	return internalf(bumpVersion(ctx, tx, metaAccountsVersion), "record the accounts' version")
}

// nameSeparator ends each name key in nameIndex.text. Name keys hold
// letters and digits only (model.NameKey), so no key contains it.
const nameSeparator = "\x00"

// nameIndex is every account's name key in name order, held in memory so
// that a keystroke in the portfolio filter scans two or three megabytes of
// text (about a millisecond for 100k accounts) instead of running SQLite's
// instr() over every row of the table (about eight). It answers which
// accounts match and in which group; the rows themselves are still read
// from the database.
type nameIndex struct {
	// version is the accounts version the names were read at.
	version string
	// text is every name key, each followed by nameSeparator, in the order
	// of the accounts_name_key index (name key, then id).
	text string
	// starts[i] is where the i-th key begins in text; starts[n] is
	// len(text), so key i ends one byte before starts[i+1].
	starts []int32
	// rowids and stages are the i-th account's rowid and stage code.
	rowids []int64
	stages []uint8
	// stageCodes maps each stored stage to its code in stages.
	stageCodes map[model.Stage]uint8

	// last is the latest filter matched; typing on narrows its matches
	// instead of scanning every name again.
	mu   sync.Mutex
	last *lastMatch
}

// lastMatch is a filter's matches: every account whose key holds it, in
// entry order, in its stage when that is not "".
type lastMatch struct {
	key     string
	stage   model.Stage
	entries []int32
}

// size is the number of accounts.
func (ix *nameIndex) size() int { return len(ix.rowids) }

// key is the i-th account's name key.
func (ix *nameIndex) key(i int) string {
	return ix.text[ix.starts[i] : ix.starts[i+1]-1]
}

// loadNameIndex reads every name key and stage. Two aggregate queries hand
// SQLite the loop over 100k rows: row by row through database/sql takes
// two to three times as long.
func loadNameIndex(ctx context.Context, q queryer) (*nameIndex, error) {
	ix := &nameIndex{stageCodes: map[model.Stage]uint8{}}
	var err error
	if ix.version, err = metaOrEmpty(ctx, q, metaAccountsVersion); err != nil {
		return nil, internalf(err, "read the accounts' version")
	}
	// The subquery walks the name index, so the keys and rowids come in
	// its order; the order is checked below all the same.
	var text, rowids sql.NullString
	err = q.QueryRowContext(ctx, `SELECT group_concat(name_key, char(0)), group_concat(rowid)
		  FROM (SELECT rowid, name_key FROM accounts INDEXED BY accounts_name_key ORDER BY name_key, id)`).Scan(&text, &rowids)
	if err != nil {
		return nil, internalf(err, "read the account names")
	}
	if ix.rowids, err = parseRowids(rowids.String); err != nil {
		return nil, err
	}
	n := len(ix.rowids)
	if n > 0 {
		ix.text = text.String + nameSeparator
	}
	ix.starts = make([]int32, 0, n+1)
	for at := 0; at < len(ix.text); {
		ix.starts = append(ix.starts, int32(at))
		at += strings.IndexByte(ix.text[at:], nameSeparator[0]) + 1
	}
	ix.starts = append(ix.starts, int32(len(ix.text)))
	if len(ix.starts) != n+1 {
		return nil, model.Errorf(model.EINTERNAL, "a stored account name key holds a NUL character: re-import the accounts")
	}
	for i := 1; i < n; i++ {
		if ix.key(i-1) > ix.key(i) {
			return nil, model.Errorf(model.EINTERNAL, "the account names did not come in name order")
		}
	}
	if err := ix.loadStages(ctx, q); err != nil {
		return nil, err
	}
	return ix, nil
}

// loadStages fills stages: one row per stage, listing its accounts.
func (ix *nameIndex) loadStages(ctx context.Context, q queryer) error {
	// Rowids are mostly dense from 1: a slice indexed by rowid maps them
	// to entries without hashing 100k keys.
	minRowid, maxRowid := int64(0), int64(0)
	for _, id := range ix.rowids {
		minRowid, maxRowid = min(minRowid, id), max(maxRowid, id)
	}
	dense := minRowid >= 0 && maxRowid <= int64(4*len(ix.rowids)+1024)
	var byRowid []int32
	var byRowidMap map[int64]int32
	if dense {
		byRowid = make([]int32, maxRowid+1)
		for i, id := range ix.rowids {
			byRowid[id] = int32(i + 1)
		}
	} else {
		byRowidMap = make(map[int64]int32, len(ix.rowids))
		for i, id := range ix.rowids {
			byRowidMap[id] = int32(i + 1)
		}
	}
	entry := func(id int64) int32 {
		if dense {
			if id < 0 || id > maxRowid {
				return 0
			}
			return byRowid[id]
		}
		return byRowidMap[id]
	}

	ix.stages = make([]uint8, len(ix.rowids))
	rows, err := q.QueryContext(ctx, `SELECT stage, group_concat(rowid) FROM accounts GROUP BY stage`)
	if err != nil {
		return internalf(err, "read the account stages")
	}
	seen := 0
	err = eachRow(rows, func() error {
		var stage, list string
		if err := rows.Scan(&stage, &list); err != nil {
			return err
		}
		if len(ix.stageCodes) == 255 {
			return model.Errorf(model.EINTERNAL, "the accounts hold more than 255 different stages: re-import them")
		}
		code := uint8(len(ix.stageCodes) + 1)
		ix.stageCodes[model.Stage(stage)] = code
		ids, err := parseRowids(list)
		if err != nil {
			return err
		}
		for _, id := range ids {
			i := entry(id)
			if i == 0 {
				return model.Errorf(model.EINTERNAL, "the account stages changed while the names were read")
			}
			ix.stages[i-1] = code
		}
		seen += len(ids)
		return nil
	})
	if err != nil {
		return internalf(err, "read the account stages")
	}
	if seen != len(ix.rowids) {
		return model.Errorf(model.EINTERNAL, "the account stages changed while the names were read")
	}
	return nil
}

// parseRowids reads a comma-separated list of rowids.
func parseRowids(list string) ([]int64, error) {
	if list == "" {
		return nil, nil
	}
	out := make([]int64, 0, strings.Count(list, ",")+1)
	for list != "" {
		item, rest, _ := strings.Cut(list, ",")
		id, err := strconv.ParseInt(item, 10, 64)
		if err != nil {
			return nil, model.Errorf(model.EINTERNAL, "an account rowid %q is not a number", item)
		}
		out = append(out, id)
		list = rest
	}
	return out, nil
}

// nameMatches are the accounts a filter matches, as entries of the index
// in name order, in the filter's three groups: the exact name, names
// starting with the filter, and names containing it further on.
type nameMatches [3][]int32

// match finds the accounts whose name key contains key (not empty), in the
// given stage when it is not "". The groups are exactly those of
// matchGroups' SQL: a key that starts with the filter is in the prefix
// group only when it is less than the filter followed by U+10FFFF, and
// otherwise in no group, as there.
//
// When key extends the filter matched before (the rep typed on), only
// that filter's matches can match, so only their keys are looked at when
// they are few.
func (ix *nameIndex) match(key string, stage model.Stage) nameMatches {
	var m nameMatches
	code := uint8(0)
	if stage != "" {
		c, ok := ix.stageCodes[stage]
		if !ok {
			return m
		}
		code = c
	}
	ix.mu.Lock()
	prev := ix.last
	ix.mu.Unlock()
	var found []int32
	add := func(e int, at int) {
		found = append(found, int32(e))
		start, end := int(ix.starts[e]), int(ix.starts[e+1])-1
		switch {
		case at > start:
			m[2] = append(m[2], int32(e))
		case end-start == len(key):
			m[0] = append(m[0], int32(e))
		case ix.text[start+len(key):end] < "\U0010FFFF":
			m[1] = append(m[1], int32(e))
		}
	}
	// Looking at keys one by one beats one pass over the text only when
	// they are a small part of it.
	if prev != nil && prev.stage == stage && strings.Contains(key, prev.key) && len(prev.entries) <= ix.size()/4 {
		for _, e := range prev.entries {
			if i := strings.Index(ix.key(int(e)), key); i >= 0 {
				add(int(e), int(ix.starts[e])+i)
			}
		}
	} else {
		text := ix.text
		for pos, e := 0, 0; pos < len(text); {
			i := strings.Index(text[pos:], key)
			if i < 0 {
				break
			}
			at := int32(pos + i)
			e = ix.entryAt(at, e)
			pos = int(ix.starts[e+1])
			if code == 0 || ix.stages[e] == code {
				add(e, int(at))
			}
		}
	}
	ix.mu.Lock()
	ix.last = &lastMatch{key: key, stage: stage, entries: found}
	ix.mu.Unlock()
	return m
}

// entryAt is the entry whose key holds byte at, searching from entry
// from on: galloping, since the next match is usually a few entries on.
func (ix *nameIndex) entryAt(at int32, from int) int {
	n := ix.size()
	lo, hi, step := from, from+1, 1
	for hi < n && ix.starts[hi] <= at {
		lo = hi
		hi += step
		step *= 2
	}
	hi = min(hi, n)
	// starts[lo] <= at < starts[hi]; find the last start <= at.
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if ix.starts[mid] <= at {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// nameCache holds the store's name index and loads it off the caller's
// path: a filtered query never waits for the 50 ms the load takes at 100k
// accounts; it is answered from SQL until the index is there.
type nameCache struct {
	mu      sync.Mutex
	index   *nameIndex
	loading bool
	closed  bool
	// failedAt is the accounts version a background load last failed at
	// (when failed is set): it is not tried again at that version on every
	// keystroke.
	failed   bool
	failedAt string
	// stop cancels a background load; wg waits for it, so that Close
	// does not pull the database from under it.
	stop context.CancelFunc
	wg   sync.WaitGroup
}

// current returns the index if it was read at version, and otherwise
// starts loading one in the background (unless a load is under way) and
// returns nil.
func (c *nameCache) current(s *Store, version string) *nameIndex {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ix := c.index; ix != nil && ix.version == version {
		return ix
	}
	if c.loading || c.closed || (c.failed && c.failedAt == version) {
		return nil
	}
	c.loading = true
	ctx, cancel := context.WithCancel(context.Background())
	c.stop = cancel
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		defer cancel()
		ix, err := s.readNameIndex(ctx)
		c.mu.Lock()
		defer c.mu.Unlock()
		c.loading, c.stop = false, nil
		// After a failure SQL keeps answering; the load is tried again
		// once the accounts change, or when PrepareFilter asks.
		if err != nil {
			c.failed, c.failedAt = true, version
			return
		}
		c.keep(ix)
	}()
	return nil
}

// keep stores a freshly read index unless a newer one is already there.
// c.mu must be held.
func (c *nameCache) keep(ix *nameIndex) {
	if old := c.index; old != nil && versionNumber(old.version) > versionNumber(ix.version) {
		return
	}
	c.index = ix
}

// close stops a background load and waits for it.
func (c *nameCache) close() {
	c.mu.Lock()
	c.closed = true
	if c.stop != nil {
		c.stop()
	}
	c.mu.Unlock()
	c.wg.Wait()
}

// versionNumber reads a version counter; absent is 0.
func versionNumber(v string) int64 {
	n, _ := strconv.ParseInt(v, 10, 64)
	return n
}

// readNameIndex loads the names in one read transaction.
func (s *Store) readNameIndex(ctx context.Context) (*nameIndex, error) {
	var ix *nameIndex
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		ix, err = loadNameIndex(ctx, tx)
		return err
	})
	return ix, err
}

// PrepareFilter reads into memory what each keystroke in the portfolio
// filter needs: every account's name, unless the names read before are
// still current, so that filtering answers without scanning the accounts
// table, and the peer statistics of every segment, which the top
// suggestions of the rows shown read. It takes about 100 ms at 100k
// accounts; the terminal UI calls it once its first screen is up. Without
// it, the first filtered query starts loading the names in the background
// and is answered from SQL meanwhile.
func (s *Store) PrepareFilter(ctx context.Context) error {
	version, err := metaOrEmpty(ctx, s.db, metaAccountsVersion)
	if err != nil {
		return mapError(s.path, internalf(err, "read the accounts' version"))
	}
	s.names.mu.Lock()
	fresh := s.names.index != nil && s.names.index.version == version
	s.names.mu.Unlock()
	if !fresh {
		ix, err := s.readNameIndex(ctx)
		if err != nil {
			return err
		}
		s.names.mu.Lock()
		s.names.keep(ix)
		s.names.mu.Unlock()
	}
	return s.view(ctx, func(tx *sql.Tx) error { return s.peers.warm(ctx, tx) })
}
