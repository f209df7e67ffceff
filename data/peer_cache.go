package data

import (
	"context"
	"encoding/json"
	"sync"

	"talktrack/model"
)

// metaPeersVersion is the meta key RefreshPeerStats bumps, so that a store
// (in this process or another) knows its cached statistics are stale.
const metaPeersVersion = "peers_version"

// peerWant asks for one account's peer statistics: its segment and the
// products it holds.
type peerWant struct {
	segment string
	held    []string
}

// peerCache keeps the peer statistics briefings have read. A portfolio
// page briefs fifty accounts; reading their segments' pairs afresh each
// time costs tens of thousands of rows, while the statistics only change
// when RefreshPeerStats runs.
type peerCache struct {
	mu       sync.Mutex
	version  string
	segments map[string]*segmentPeers
}

// segmentPeers is what is cached of one segment. holders is complete once
// loaded; together gains one complete entry per held product asked about.
// Maps handed out are never written again.
type segmentPeers struct {
	accounts int
	holders  map[string]int
	together map[string]map[string]int
}

// peerStats returns each want's statistics, reading from the database only
// what the cache lacks. q must be the read transaction the caller uses for
// the rest of the briefing, so that the version and the rows agree.
func (c *peerCache) peerStats(ctx context.Context, q queryer, wants []peerWant) ([]model.PeerStats, error) {
	version, err := metaOrEmpty(ctx, q, metaPeersVersion)
	if err != nil {
		return nil, internalf(err, "read the peer statistics' version")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.segments == nil || c.version != version {
		c.segments, c.version = map[string]*segmentPeers{}, version
	}
	if err := c.fill(ctx, q, wants); err != nil {
		return nil, err
	}
	out := make([]model.PeerStats, len(wants))
	for i, w := range wants {
		sp := c.segments[w.segment]
		ps := model.PeerStats{Segment: w.segment, Accounts: sp.accounts, Holders: sp.holders, Together: make(map[string]map[string]int, len(w.held))}
		for _, h := range w.held {
			if m := sp.together[h]; len(m) > 0 {
				ps.Together[h] = m
			}
		}
		out[i] = ps
	}
	return out, nil
}

// fill loads, in at most three queries, the segments and held products of
// wants that are not cached yet.
func (c *peerCache) fill(ctx context.Context, q queryer, wants []peerWant) error {
	var newSegments []string
	var newPairs [][2]string
	seen := map[[2]string]bool{}
	for _, w := range wants {
		sp, ok := c.segments[w.segment]
		if !ok {
			sp = &segmentPeers{holders: map[string]int{}, together: map[string]map[string]int{}}
			c.segments[w.segment] = sp
			newSegments = append(newSegments, w.segment)
		}
		for _, h := range w.held {
			k := [2]string{w.segment, h}
			if _, ok := sp.together[h]; !ok && !seen[k] {
				seen[k] = true
				newPairs = append(newPairs, k)
			}
		}
	}
	if err := c.loadSegments(ctx, q, newSegments); err != nil {
		c.segments = nil // partly filled: start afresh next time
		return err
	}
	if err := c.loadPairs(ctx, q, newPairs); err != nil {
		c.segments = nil
		return err
	}
	return nil
}

func (c *peerCache) loadSegments(ctx context.Context, q queryer, segments []string) error {
	if len(segments) == 0 {
		return nil
	}
	segJSON, _ := json.Marshal(segments)
	rows, err := q.QueryContext(ctx, `SELECT segment, accounts FROM peer_segments
		WHERE segment IN (SELECT value FROM json_each(?))`, string(segJSON))
	if err != nil {
		return internalf(err, "read peer segments")
	}
	err = eachRow(rows, func() error {
		var seg string
		var n int
		err := rows.Scan(&seg, &n)
		c.segments[seg].accounts = n
		return err
	})
	if err != nil {
		return internalf(err, "read peer segments")
	}
	rows, err = q.QueryContext(ctx, `SELECT segment, product_id, holders FROM peer_products
		WHERE segment IN (SELECT value FROM json_each(?))`, string(segJSON))
	if err != nil {
		return internalf(err, "read peer holders")
	}
	err = eachRow(rows, func() error {
		var seg, id string
		var n int
		err := rows.Scan(&seg, &id, &n)
		c.segments[seg].holders[id] = n
		return err
	})
	return internalf(err, "read peer holders")
}

func (c *peerCache) loadPairs(ctx context.Context, q queryer, pairs [][2]string) error {
	if len(pairs) == 0 {
		return nil
	}
	loaded := make(map[[2]string]map[string]int, len(pairs))
	for _, k := range pairs {
		loaded[k] = map[string]int{}
	}
	pairJSON, _ := json.Marshal(pairs)
	rows, err := q.QueryContext(ctx, `SELECT p.segment, p.held_id, p.other_id, p.holders
		  FROM json_each(?) j
		  JOIN peer_pairs p ON p.segment = j.value ->> 0 AND p.held_id = j.value ->> 1`, string(pairJSON))
	if err != nil {
		return internalf(err, "read peer pairs")
	}
	err = eachRow(rows, func() error {
		var seg, held, other string
		var n int
		err := rows.Scan(&seg, &held, &other, &n)
		loaded[[2]string{seg, held}][other] = n
		return err
	})
	if err != nil {
		return internalf(err, "read peer pairs")
	}
	// Published only now, complete: an empty map records "holders of this
	// product hold nothing else", so it is not asked again.
	for k, m := range loaded {
		c.segments[k[0]].together[k[1]] = m
	}
	return nil
}

// warm reads every segment's statistics at once, in one read transaction
// q, so that the first rows a filter shows do not wait for theirs (about
// 50k pairs at 100k accounts). PrepareFilter runs it in the background.
func (c *peerCache) warm(ctx context.Context, q queryer) error {
	version, err := metaOrEmpty(ctx, q, metaPeersVersion)
	if err != nil {
		return internalf(err, "read the peer statistics' version")
	}
	segments := map[string]*segmentPeers{}
	segment := func(seg string) *segmentPeers {
		sp, ok := segments[seg]
		if !ok {
			sp = &segmentPeers{holders: map[string]int{}, together: map[string]map[string]int{}}
			segments[seg] = sp
		}
		return sp
	}
	rows, err := q.QueryContext(ctx, `SELECT segment, accounts FROM peer_segments`)
	if err != nil {
		return internalf(err, "read peer segments")
	}
	err = eachRow(rows, func() error {
		var seg string
		var n int
		err := rows.Scan(&seg, &n)
		segment(seg).accounts = n
		return err
	})
	if err != nil {
		return internalf(err, "read peer segments")
	}
	rows, err = q.QueryContext(ctx, `SELECT segment, product_id, holders FROM peer_products`)
	if err != nil {
		return internalf(err, "read peer holders")
	}
	err = eachRow(rows, func() error {
		var seg, id string
		var n int
		err := rows.Scan(&seg, &id, &n)
		sp := segment(seg)
		sp.holders[id] = n
		// Complete once the pairs below are read, even if none are.
		sp.together[id] = map[string]int{}
		return err
	})
	if err != nil {
		return internalf(err, "read peer holders")
	}
	rows, err = q.QueryContext(ctx, `SELECT segment, held_id, other_id, holders FROM peer_pairs`)
	if err != nil {
		return internalf(err, "read peer pairs")
	}
	err = eachRow(rows, func() error {
		var seg, held, other string
		var n int
		if err := rows.Scan(&seg, &held, &other, &n); err != nil {
			return err
		}
		sp := segment(seg)
		m, ok := sp.together[held]
		if !ok {
			m = map[string]int{}
			sp.together[held] = m
		}
		m[other] = n
		return nil
	})
	if err != nil {
		return internalf(err, "read peer pairs")
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	// Everything read is a superset of what is kept at the same version;
	// statistics read at an older version than the kept ones are dropped.
	if c.segments == nil || versionNumber(version) >= versionNumber(c.version) {
		c.segments, c.version = segments, version
	}
	return nil
}
