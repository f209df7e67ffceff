package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
)

// segmentSQL is Account.Segment in SQL; keep the two in step.
const segmentSQL = `a.industry || '|' || a.size_band`

// PeerPart is what the peer statistics count of one account: its segment
// (model.Account.Segment) and the products it holds, each once.
type PeerPart struct {
	Segment string
	Holds   []string
}

// PeerChange is one account's part in the peer statistics before and after
// a change: Before is nil for an account the change creates, After nil for
// one it removes.
type PeerChange struct {
	Before, After *PeerPart
}

// RefreshPeerStats recomputes peer_segments, peer_products and peer_pairs
// from accounts and holdings inside tx, so that a briefing reads a few rows
// instead of scanning every holding. Call it after holdings or accounts'
// industry or size band change in bulk in ways UpdatePeerStats is not told
// of. The counts include every account of the segment, the one being
// briefed too.
//
// Segment sizes are one GROUP BY. Holders and pairs are counted in one pass
// over the holdings in account order: at 1M holdings a self-join yields
// 4.5M pairs, and grouping them in SQLite took four times as long as
// counting them here.
func RefreshPeerStats(ctx context.Context, tx *sql.Tx) error {
	pc, err := countPeers(ctx, tx)
	if err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM peer_segments`, `DELETE FROM peer_products`, `DELETE FROM peer_pairs`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internalf(err, "clear peer statistics")
		}
	}
	if err := pc.write(ctx, tx); err != nil {
		return err
	}
	if err := writeBookEvidence(ctx, tx); err != nil {
		return err
	}
	// Stores that cache peer statistics see the new version and reload.
	return internalf(bumpVersion(ctx, tx, metaPeersVersion), "record the peer statistics' version")
}

// UpdatePeerStats brings the peer statistics up to date with changes made
// inside tx, which must list every account whose segment or set of
// holdings changed, as it was and as it is. It rewrites only the segments
// the changes touch, from their stored counts less each account's part
// before and plus its part after, so that an import of a thousand holdings
// into a book of a million does not read the million again; an import of a
// whole book costs the same as counting it from the rows in hand.
//
// The stored statistics are trusted to match the data before the change.
// Should they not (a count would drop below zero, or the totals disagree
// with the accounts and holdings tables afterwards), everything is counted
// again with RefreshPeerStats.
func UpdatePeerStats(ctx context.Context, tx *sql.Tx, changes []PeerChange) error {
	pc := newPeerCounts()
	for _, c := range changes {
		for _, part := range [2]*PeerPart{c.Before, c.After} {
			if part == nil {
				continue
			}
			pc.segment(part.Segment)
			for _, id := range part.Holds {
				pc.product(id)
			}
		}
	}
	if len(pc.segments) == 0 {
		return nil
	}
	touched, _ := json.Marshal(pc.segments)
	stored, err := readPeerRows(ctx, tx, pc, string(touched))
	if err != nil {
		return err
	}
	pc.allocate()
	stored.addTo(pc)
	var held []int
	add := func(part *PeerPart, n int32) {
		if part == nil {
			return
		}
		seg := pc.segmentNo[part.Segment]
		pc.accounts[seg] += n
		held = held[:0]
		for _, id := range part.Holds {
			held = append(held, pc.productNo[id])
		}
		pc.count(seg, held, n)
	}
	for _, c := range changes {
		add(c.Before, -1)
		add(c.After, 1)
	}
	if pc.negative() {
		return RefreshPeerStats(ctx, tx)
	}
	for _, table := range []string{"peer_segments", "peer_products", "peer_pairs"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE segment IN (SELECT value FROM json_each(?))`, string(touched)); err != nil {
			return internalf(err, "clear peer statistics")
		}
	}
	if err := pc.write(ctx, tx); err != nil {
		return err
	}
	// Two counts of indexes SQLite keeps in the cache after a write catch
	// statistics that some other writer left behind.
	var agree bool
	err = tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM accounts) = (SELECT coalesce(sum(accounts), 0) FROM peer_segments)
		AND (SELECT count(*) FROM holdings) = (SELECT coalesce(sum(holders), 0) FROM peer_products)`).Scan(&agree)
	if err != nil {
		return internalf(err, "check peer statistics")
	}
	if !agree {
		return RefreshPeerStats(ctx, tx)
	}
	if err := writeBookEvidence(ctx, tx); err != nil {
		return err
	}
	return internalf(bumpVersion(ctx, tx, metaPeersVersion), "record the peer statistics' version")
}

// peerCounts are peer statistics being counted: accounts per segment,
// holders per segment and product, and holders per segment and pair of
// products, each pair once (lower product number first). Segments and
// products are numbered densely so that integers key the counts; number
// them all, then allocate, then count.
type peerCounts struct {
	segments, products   []string
	segmentNo, productNo map[string]int
	accounts             []int32 // by segment
	holders              tally   // segment*P + product
	pairs                tally   // (segment*P + lower)*P + higher
}

func newPeerCounts() *peerCounts {
	return &peerCounts{segmentNo: map[string]int{}, productNo: map[string]int{}}
}

// segment returns the number of segment s, numbering it if it is new.
func (pc *peerCounts) segment(s string) int {
	n, ok := pc.segmentNo[s]
	if !ok {
		n = len(pc.segments)
		pc.segmentNo[s] = n
		pc.segments = append(pc.segments, s)
	}
	return n
}

// product returns the number of product id, numbering it if it is new.
func (pc *peerCounts) product(id string) int {
	n, ok := pc.productNo[id]
	if !ok {
		n = len(pc.products)
		pc.productNo[id] = n
		pc.products = append(pc.products, id)
	}
	return n
}

// allocate makes room for the counts of every numbered segment and product.
func (pc *peerCounts) allocate() {
	s, p := uint64(len(pc.segments)), uint64(len(pc.products))
	pc.accounts = make([]int32, s)
	pc.holders = newTally(s * p)
	pc.pairs = newTally(s * p * p)
}

// count adds n to the holders of each product in held (product numbers,
// each once; sorted here) and of each pair of them, in segment seg.
func (pc *peerCounts) count(seg int, held []int, n int32) {
	p := len(pc.products)
	slices.Sort(held)
	for i, p1 := range held {
		pc.holders.add(uint64(seg*p+p1), n)
		row := uint64((seg*p + p1) * p)
		for _, p2 := range held[i+1:] {
			pc.pairs.add(row+uint64(p2), n)
		}
	}
}

// addPair adds n to the holders of products a and b together in segment
// seg, whichever number is lower.
func (pc *peerCounts) addPair(seg, a, b int, n int32) {
	if a > b {
		a, b = b, a
	}
	p := len(pc.products)
	pc.pairs.add(uint64((seg*p+a)*p+b), n)
}

// negative reports whether a count is below zero.
func (pc *peerCounts) negative() bool {
	if slices.ContainsFunc(pc.accounts, func(n int32) bool { return n < 0 }) {
		return true
	}
	return pc.holders.negative() || pc.pairs.negative()
}

// write stores the counts that are not zero, each pair both ways round.
func (pc *peerCounts) write(ctx context.Context, tx *sql.Tx) error {
	p := uint64(len(pc.products))
	segments, err := newBulkInsert(ctx, tx, "peer segments", "peer_segments", "segment", "accounts")
	if err != nil {
		return err
	}
	for i, n := range pc.accounts {
		if n != 0 {
			if err := segments.add(pc.segments[i], n); err != nil {
				_ = segments.close()
				return err
			}
		}
	}
	if err := segments.close(); err != nil {
		return err
	}
	products, err := newBulkInsert(ctx, tx, "peer holders", "peer_products", "segment", "product_id", "holders")
	if err != nil {
		return err
	}
	err = pc.holders.each(func(k uint64, n int32) error {
		return products.add(pc.segments[k/p], pc.products[k%p], n)
	})
	if cerr := products.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	pairs, err := newBulkInsert(ctx, tx, "peer pairs", "peer_pairs", "segment", "held_id", "other_id", "holders")
	if err != nil {
		return err
	}
	err = pc.pairs.each(func(k uint64, n int32) error {
		seg, p1, p2 := pc.segments[k/(p*p)], pc.products[k/p%p], pc.products[k%p]
		if err := pairs.add(seg, p1, p2, n); err != nil {
			return err
		}
		return pairs.add(seg, p2, p1, n)
	})
	if cerr := pairs.close(); err == nil {
		err = cerr
	}
	return err
}

// countPeers counts the peer statistics of every account and holding.
func countPeers(ctx context.Context, tx *sql.Tx) (*peerCounts, error) {
	pc := newPeerCounts()
	var sizes []int32
	rows, err := tx.QueryContext(ctx, `SELECT `+segmentSQL+`, count(*) FROM accounts a GROUP BY 1 ORDER BY 1`)
	if err != nil {
		return nil, internalf(err, "count accounts per segment")
	}
	err = eachRow(rows, func() error {
		var s string
		var n int32
		err := rows.Scan(&s, &n)
		pc.segment(s)
		sizes = append(sizes, n)
		return err
	})
	if err != nil {
		return nil, internalf(err, "count accounts per segment")
	}
	product := map[int64]int{}
	rows, err = tx.QueryContext(ctx, `SELECT rowid, id FROM products ORDER BY id`)
	if err != nil {
		return nil, internalf(err, "read products")
	}
	err = eachRow(rows, func() error {
		var rowid int64
		var id string
		err := rows.Scan(&rowid, &id)
		product[rowid] = pc.product(id)
		return err
	})
	if err != nil {
		return nil, internalf(err, "read products")
	}
	pc.allocate()
	copy(pc.accounts, sizes)

	// CROSS JOIN fixes the loop order: accounts outer, so each account's
	// holdings arrive together, read through the holdings primary key.
	rows, err = tx.QueryContext(ctx, `SELECT a.rowid, `+segmentSQL+`, p.rowid
		  FROM accounts a CROSS JOIN holdings h CROSS JOIN products p
		 WHERE h.account_id = a.id AND p.id = h.product_id`)
	if err != nil {
		return nil, internalf(err, "read holdings")
	}
	var (
		current = int64(-1)
		seg     int
		held    []int
	)
	err = eachRow(rows, func() error {
		var account, prod int64
		var segText sql.RawBytes // not copied: read only when the account changes
		if err := rows.Scan(&account, &segText, &prod); err != nil {
			return err
		}
		if account != current {
			pc.count(seg, held, 1)
			held = held[:0]
			current = account
			seg = pc.segmentNo[string(segText)]
		}
		held = append(held, product[prod])
		return nil
	})
	if err != nil {
		return nil, internalf(err, "count peers")
	}
	pc.count(seg, held, 1)
	return pc, nil
}

// storedPeers are the stored statistics of some segments, read before the
// counts are allocated because they may name products the changes do not.
type storedPeers struct {
	accounts []storedCount // a is the segment
	holders  []storedCount // a is the product
	pairs    []storedCount // a and b are the products
}

type storedCount struct {
	seg, a, b int
	n         int32
}

// readPeerRows reads the stored statistics of the segments in the JSON
// array segments, numbering the products they name in pc. Each pair is
// stored both ways round and read one way.
func readPeerRows(ctx context.Context, tx *sql.Tx, pc *peerCounts, segments string) (*storedPeers, error) {
	sp := &storedPeers{}
	queries := []struct {
		sql  string
		into *[]storedCount
		scan func(rows *sql.Rows) (storedCount, error)
	}{
		{`SELECT segment, accounts FROM peer_segments WHERE segment IN (SELECT value FROM json_each(?))`, &sp.accounts,
			func(rows *sql.Rows) (storedCount, error) {
				var seg string
				var c storedCount
				err := rows.Scan(&seg, &c.n)
				c.seg = pc.segment(seg)
				return c, err
			}},
		{`SELECT segment, product_id, holders FROM peer_products WHERE segment IN (SELECT value FROM json_each(?))`, &sp.holders,
			func(rows *sql.Rows) (storedCount, error) {
				var seg, id string
				var c storedCount
				err := rows.Scan(&seg, &id, &c.n)
				c.seg, c.a = pc.segment(seg), pc.product(id)
				return c, err
			}},
		{`SELECT segment, held_id, other_id, holders FROM peer_pairs
		   WHERE segment IN (SELECT value FROM json_each(?)) AND held_id < other_id`, &sp.pairs,
			func(rows *sql.Rows) (storedCount, error) {
				var seg, held, other string
				var c storedCount
				err := rows.Scan(&seg, &held, &other, &c.n)
				c.seg, c.a, c.b = pc.segment(seg), pc.product(held), pc.product(other)
				return c, err
			}},
	}
	for _, q := range queries {
		rows, err := tx.QueryContext(ctx, q.sql, segments)
		if err != nil {
			return nil, internalf(err, "read peer statistics")
		}
		err = eachRow(rows, func() error {
			c, err := q.scan(rows)
			*q.into = append(*q.into, c)
			return err
		})
		if err != nil {
			return nil, internalf(err, "read peer statistics")
		}
	}
	return sp, nil
}

// addTo adds the stored counts to pc, allocated.
func (sp *storedPeers) addTo(pc *peerCounts) {
	p := len(pc.products)
	for _, c := range sp.accounts {
		pc.accounts[c.seg] += c.n
	}
	for _, c := range sp.holders {
		pc.holders.add(uint64(c.seg*p+c.a), c.n)
	}
	for _, c := range sp.pairs {
		pc.addPair(c.seg, c.a, c.b, c.n)
	}
}

// tally is a count per key below a bound known in advance: a slice when
// the bound is small, a map when it is not (a catalogue of a thousand
// products has a million possible pairs per segment, few of them held).
type tally struct {
	dense  []int32
	sparse map[uint64]int32
}

// denseTally is the largest bound counted in a slice (16 MiB).
const denseTally = 1 << 22

func newTally(bound uint64) tally {
	if bound <= denseTally {
		return tally{dense: make([]int32, bound)}
	}
	return tally{sparse: map[uint64]int32{}}
}

func (t *tally) add(k uint64, n int32) {
	if t.sparse != nil {
		t.sparse[k] += n
		return
	}
	t.dense[k] += n
}

// errNegative ends a walk over a tally at the first count below zero.
var errNegative = errors.New("a count below zero")

// each calls fn with every key whose count is not zero.
func (t *tally) each(fn func(k uint64, n int32) error) error {
	if t.sparse != nil {
		for k, n := range t.sparse {
			if n != 0 {
				if err := fn(k, n); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for k, n := range t.dense {
		if n != 0 {
			if err := fn(uint64(k), n); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *tally) negative() bool {
	return t.each(func(_ uint64, n int32) error {
		if n < 0 {
			return errNegative
		}
		return nil
	}) != nil
}

// eachRow calls fn for every row and closes rows.
func eachRow(rows *sql.Rows, fn func() error) error {
	defer rows.Close()
	for rows.Next() {
		if err := fn(); err != nil {
			return err
		}
	}
	return rows.Err()
}
