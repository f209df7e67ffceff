package data

import (
	"context"
	"database/sql"
	"slices"

	"talktrack/model"
)

// segmentSQL is Account.Segment in SQL; keep the two in step.
const segmentSQL = `a.industry || '|' || a.size_band`

// RefreshPeerStats recomputes peer_segments, peer_products and peer_pairs
// from accounts and holdings inside tx, so that a briefing reads a few rows
// instead of scanning every holding. Call it after holdings or accounts'
// industry or size band change in bulk. The counts include every account of
// the segment, the one being briefed too.
//
// Segment sizes are one GROUP BY. Holders and pairs are counted in one pass
// over the holdings in account order: at 1M holdings a self-join yields
// 4.5M pairs, and grouping them in SQLite took four times as long as
// counting them here.
func RefreshPeerStats(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{`DELETE FROM peer_segments`, `DELETE FROM peer_products`, `DELETE FROM peer_pairs`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return internalf(err, "clear peer statistics")
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO peer_segments (segment, accounts)
		SELECT `+segmentSQL+`, count(*) FROM accounts a GROUP BY a.industry, a.size_band`)
	if err != nil {
		return internalf(err, "count accounts per segment")
	}
	counts, err := countPeers(ctx, tx)
	if err != nil {
		return err
	}
	if err := counts.write(ctx, tx); err != nil {
		return err
	}
	// Stores that cache peer statistics see the new version and reload.
	return internalf(bumpVersion(ctx, tx, metaPeersVersion), "record the peer statistics' version")
}

// peerCounts are holders and pairs counted per segment, with segments and
// products numbered densely so that one integer keys each count.
type peerCounts struct {
	segments []string
	products []string
	holders  map[uint64]int32 // segment<<21 | product
	pairs    map[uint64]int32 // segment<<42 | lower product<<21 | higher product
}

const peerBits = 21 // up to two million products or segments

func countPeers(ctx context.Context, tx *sql.Tx) (*peerCounts, error) {
	pc := &peerCounts{holders: map[uint64]int32{}, pairs: map[uint64]int32{}}
	segment := map[string]uint64{}
	rows, err := tx.QueryContext(ctx, `SELECT segment FROM peer_segments ORDER BY segment`)
	if err != nil {
		return nil, internalf(err, "read segments")
	}
	err = eachRow(rows, func() error {
		var s string
		err := rows.Scan(&s)
		segment[s] = uint64(len(pc.segments))
		pc.segments = append(pc.segments, s)
		return err
	})
	if err != nil {
		return nil, internalf(err, "read segments")
	}
	product := map[int64]uint64{}
	rows, err = tx.QueryContext(ctx, `SELECT rowid, id FROM products ORDER BY id`)
	if err != nil {
		return nil, internalf(err, "read products")
	}
	err = eachRow(rows, func() error {
		var rowid int64
		var id string
		err := rows.Scan(&rowid, &id)
		product[rowid] = uint64(len(pc.products))
		pc.products = append(pc.products, id)
		return err
	})
	if err != nil {
		return nil, internalf(err, "read products")
	}
	if len(pc.segments) >= 1<<peerBits || len(pc.products) >= 1<<peerBits {
		return nil, model.Errorf(model.EINTERNAL, "too many segments or products to count peers")
	}

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
		seg     uint64
		held    []uint64
	)
	flush := func() {
		// Sorted, each pair is counted once, lower product first.
		slices.Sort(held)
		for i, p1 := range held {
			pc.holders[seg<<peerBits|p1]++
			for _, p2 := range held[i+1:] {
				pc.pairs[seg<<(2*peerBits)|p1<<peerBits|p2]++
			}
		}
		held = held[:0]
	}
	err = eachRow(rows, func() error {
		var account, prod int64
		var segText sql.RawBytes // not copied: read only when the account changes
		if err := rows.Scan(&account, &segText, &prod); err != nil {
			return err
		}
		if account != current {
			flush()
			current = account
			seg = segment[string(segText)]
		}
		held = append(held, product[prod])
		return nil
	})
	if err != nil {
		return nil, internalf(err, "count peers")
	}
	flush()
	return pc, nil
}

// write stores the counts, each pair both ways round.
func (pc *peerCounts) write(ctx context.Context, tx *sql.Tx) error {
	const mask = 1<<peerBits - 1
	products, err := newBulkInsert(ctx, tx, "peer holders", "peer_products", "segment", "product_id", "holders")
	if err != nil {
		return err
	}
	for k, n := range pc.holders {
		if err := products.add(pc.segments[k>>peerBits], pc.products[k&mask], n); err != nil {
			return err
		}
	}
	if err := products.close(); err != nil {
		return err
	}
	pairs, err := newBulkInsert(ctx, tx, "peer pairs", "peer_pairs", "segment", "held_id", "other_id", "holders")
	if err != nil {
		return err
	}
	for k, n := range pc.pairs {
		seg, p1, p2 := pc.segments[k>>(2*peerBits)], pc.products[k>>peerBits&mask], pc.products[k&mask]
		if err := pairs.add(seg, p1, p2, n); err != nil {
			return err
		}
		if err := pairs.add(seg, p2, p1, n); err != nil {
			return err
		}
	}
	return pairs.close()
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
