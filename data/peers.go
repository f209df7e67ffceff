package data

import (
	"context"
	"database/sql"
	"encoding/json"

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
// Pairs are counted with a self-join of each account's holdings. At 1M
// holdings that join yields millions of rows to group, so the work runs on
// a temporary copy keyed by small integers (segment number, account and
// product rowids), which SQLite joins and sorts far faster than text.
func RefreshPeerStats(ctx context.Context, tx *sql.Tx) error {
	steps := []struct{ what, sql string }{
		{"clear peer statistics", `DELETE FROM peer_segments`},
		{"clear peer statistics", `DELETE FROM peer_products`},
		{"clear peer statistics", `DELETE FROM peer_pairs`},
		{"prepare peer statistics", `DROP TABLE IF EXISTS temp.peer_segment_ids`},
		{"prepare peer statistics", `DROP TABLE IF EXISTS temp.peer_holdings`},
		{"prepare peer statistics", `DROP TABLE IF EXISTS temp.peer_pair_counts`},
		{"count accounts per segment", `CREATE TEMP TABLE peer_segment_ids AS
			SELECT row_number() OVER (ORDER BY industry, size_band) AS sid, industry, size_band,
			       industry || '|' || size_band AS segment, count(*) AS accounts
			  FROM accounts GROUP BY industry, size_band`},
		{"count accounts per segment", `CREATE UNIQUE INDEX temp.peer_segment_ids_key ON peer_segment_ids (industry, size_band)`},
		{"count accounts per segment", `INSERT INTO peer_segments (segment, accounts)
			SELECT segment, accounts FROM temp.peer_segment_ids`},
		{"number holdings", `CREATE TEMP TABLE peer_holdings AS
			SELECT s.sid AS sid, a.rowid AS account, p.rowid AS product
			  FROM holdings h
			  JOIN accounts a ON a.id = h.account_id
			  JOIN temp.peer_segment_ids s ON s.industry = a.industry AND s.size_band = a.size_band
			  JOIN products p ON p.id = h.product_id`},
		{"number holdings", `CREATE INDEX temp.peer_holdings_account ON peer_holdings (account, product)`},
		{"count holders per product", `INSERT INTO peer_products (segment, product_id, holders)
			SELECT s.segment, p.id, c.n
			  FROM (SELECT sid, product, count(*) AS n FROM temp.peer_holdings GROUP BY sid, product) c
			  JOIN temp.peer_segment_ids s ON s.sid = c.sid
			  JOIN products p ON p.rowid = c.product`},
		// Each pair is counted once (lower rowid first) and stored both ways
		// round: half the grouping work for the same answer.
		{"count products held together", `CREATE TEMP TABLE peer_pair_counts AS
			SELECT x.sid AS sid, x.product AS p1, y.product AS p2, count(*) AS n
			  FROM temp.peer_holdings x
			  JOIN temp.peer_holdings y ON y.account = x.account AND y.product > x.product
			 GROUP BY x.sid, x.product, y.product`},
		{"count products held together", `INSERT INTO peer_pairs (segment, held_id, other_id, holders)
			SELECT s.segment, p1.id, p2.id, c.n
			  FROM temp.peer_pair_counts c
			  JOIN temp.peer_segment_ids s ON s.sid = c.sid
			  JOIN products p1 ON p1.rowid = c.p1
			  JOIN products p2 ON p2.rowid = c.p2
			UNION ALL
			SELECT s.segment, p2.id, p1.id, c.n
			  FROM temp.peer_pair_counts c
			  JOIN temp.peer_segment_ids s ON s.sid = c.sid
			  JOIN products p1 ON p1.rowid = c.p1
			  JOIN products p2 ON p2.rowid = c.p2`},
		{"clean up peer statistics", `DROP TABLE temp.peer_pair_counts`},
		{"clean up peer statistics", `DROP TABLE temp.peer_holdings`},
		{"clean up peer statistics", `DROP TABLE temp.peer_segment_ids`},
	}
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.sql); err != nil {
			return internalf(err, "%s", st.what)
		}
	}
	return nil
}

// peerWant asks for one account's peer statistics: its segment and the
// products it holds.
type peerWant struct {
	segment string
	held    []string
}

// loadPeerStats reads, in three queries whatever their number, the
// statistics of the segments in wants: each segment's size, how many of its
// accounts hold each product, and, for the products the asking accounts
// hold, what else their holders hold. Use peersFor to cut out one account's
// share.
func loadPeerStats(ctx context.Context, q queryer, wants []peerWant) (map[string]model.PeerStats, error) {
	out := map[string]model.PeerStats{}
	var segments []string
	var pairs [][2]string
	seenPair := map[[2]string]bool{}
	for _, w := range wants {
		if _, ok := out[w.segment]; !ok {
			out[w.segment] = model.PeerStats{Segment: w.segment, Holders: map[string]int{}, Together: map[string]map[string]int{}}
			segments = append(segments, w.segment)
		}
		for _, h := range w.held {
			k := [2]string{w.segment, h}
			if !seenPair[k] {
				seenPair[k] = true
				pairs = append(pairs, k)
			}
		}
	}
	if len(segments) == 0 {
		return out, nil
	}
	segJSON, _ := json.Marshal(segments)

	rows, err := q.QueryContext(ctx, `SELECT segment, accounts FROM peer_segments
		WHERE segment IN (SELECT value FROM json_each(?))`, string(segJSON))
	if err != nil {
		return nil, internalf(err, "read peer segments")
	}
	err = eachRow(rows, func() error {
		var seg string
		var n int
		if err := rows.Scan(&seg, &n); err != nil {
			return err
		}
		ps := out[seg]
		ps.Accounts = n
		out[seg] = ps
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read peer segments")
	}

	rows, err = q.QueryContext(ctx, `SELECT segment, product_id, holders FROM peer_products
		WHERE segment IN (SELECT value FROM json_each(?))`, string(segJSON))
	if err != nil {
		return nil, internalf(err, "read peer holders")
	}
	err = eachRow(rows, func() error {
		var seg, id string
		var n int
		if err := rows.Scan(&seg, &id, &n); err != nil {
			return err
		}
		out[seg].Holders[id] = n
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read peer holders")
	}
	if len(pairs) == 0 {
		return out, nil
	}

	pairJSON, _ := json.Marshal(pairs)
	rows, err = q.QueryContext(ctx, `SELECT p.segment, p.held_id, p.other_id, p.holders
		  FROM json_each(?) j
		  JOIN peer_pairs p ON p.segment = j.value ->> 0 AND p.held_id = j.value ->> 1`, string(pairJSON))
	if err != nil {
		return nil, internalf(err, "read peer pairs")
	}
	err = eachRow(rows, func() error {
		var seg, held, other string
		var n int
		if err := rows.Scan(&seg, &held, &other, &n); err != nil {
			return err
		}
		together := out[seg].Together
		if together[held] == nil {
			together[held] = map[string]int{}
		}
		together[held][other] = n
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read peer pairs")
	}
	return out, nil
}

// peersFor is one account's view of its segment's statistics: Together
// keeps only the products the account holds. The maps are shared, not
// copied; treat them as read-only.
func peersFor(all map[string]model.PeerStats, w peerWant) model.PeerStats {
	ps, ok := all[w.segment]
	if !ok {
		return model.PeerStats{Segment: w.segment, Holders: map[string]int{}, Together: map[string]map[string]int{}}
	}
	together := make(map[string]map[string]int, len(w.held))
	for _, h := range w.held {
		if m, ok := ps.Together[h]; ok {
			together[h] = m
		}
	}
	ps.Together = together
	return ps
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
