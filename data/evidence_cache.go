package data

import (
	"context"
	"database/sql"
	"sync"

	"talktrack/model"
)

// evidenceCache keeps the book's evidence (model.Evidence): the item model
// solved from the peer statistics summed over every segment, kept per
// version of the peer statistics, and the answers to offers by segment,
// kept per version of the call log. Logging a call reads the answers again
// (one grouped query) but does not solve the item model again.
type evidenceCache struct {
	mu           sync.Mutex
	peers, calls string
	// items is the evidence read at peers, without answers; ev is items
	// with the answers read at calls.
	items, ev *model.Evidence
}

// evidence returns the book's evidence as the read transaction q sees it.
func (c *evidenceCache) evidence(ctx context.Context, q queryer) (*model.Evidence, error) {
	peers, err := metaOrEmpty(ctx, q, metaPeersVersion)
	if err != nil {
		return nil, internalf(err, "read the peer statistics' version")
	}
	calls, err := metaOrEmpty(ctx, q, metaCallsVersion)
	if err != nil {
		return nil, internalf(err, "read the calls' version")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ev != nil && c.peers == peers && c.calls == calls {
		return c.ev, nil
	}
	items := c.items
	if items == nil || c.peers != peers {
		if items, err = loadItemEvidence(ctx, q); err != nil {
			return nil, err
		}
	}
	responses, err := loadResponseCounts(ctx, q)
	if err != nil {
		return nil, err
	}
	c.items, c.ev, c.peers, c.calls = items, items.WithResponses(responses), peers, calls
	return c.ev, nil
}

// loadItemEvidence solves the item model from the book-wide counts and adds
// the pool of look-alikes, both as stored with the peer statistics
// (readBookEvidence).
func loadItemEvidence(ctx context.Context, q queryer) (*model.Evidence, error) {
	book, pool, step, err := readBookEvidence(ctx, q)
	if err != nil {
		return nil, err
	}
	if err := markSubscribed(ctx, q, pool); err != nil {
		return nil, err
	}
	return model.NewEvidence(book, nil).WithHistory(pool, step), nil
}

// markSubscribed marks the accounts of the pool that hold a product billed
// by the month or the year (model.BookAccount.Subscribed).
func markSubscribed(ctx context.Context, q queryer, pool []model.BookAccount) error {
	rows, err := q.QueryContext(ctx, `SELECT id, billing_unit FROM products`)
	if err != nil {
		return internalf(err, "read the products' billing units")
	}
	recurring := map[string]bool{}
	err = eachRow(rows, func() error {
		var id, unit string
		err := rows.Scan(&id, &unit)
		if model.Recurring(unit) {
			recurring[id] = true
		}
		return err
	})
	if err != nil || len(recurring) == 0 {
		return internalf(err, "read the products' billing units")
	}
	for i := range pool {
		for _, id := range pool[i].ProductIDs {
			if recurring[id] {
				pool[i].Subscribed = true
				break
			}
		}
	}
	return nil
}

// loadResponseCounts counts the answers to offers logged in calls, by the
// segment of the account called and the product offered.
func loadResponseCounts(ctx context.Context, q queryer) ([]model.ResponseCount, error) {
	// Kept by triggers (migration 011); rows whose answers all moved to
	// another segment are left at zero.
	rows, err := q.QueryContext(ctx, `SELECT segment, product_id, offered, welcomed
		  FROM offer_answer_counts WHERE offered > 0 ORDER BY segment, product_id`)
	if err != nil {
		return nil, internalf(err, "count offer answers")
	}
	var out []model.ResponseCount
	err = eachRow(rows, func() error {
		var rc model.ResponseCount
		err := rows.Scan(&rc.Segment, &rc.ProductID, &rc.Offered, &rc.Welcomed)
		out = append(out, rc)
		return err
	})
	return out, internalf(err, "count offer answers")
}

// Evidence returns the book's evidence as briefings use it now.
func (s *Store) Evidence(ctx context.Context) (*model.Evidence, error) {
	var ev *model.Evidence
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		ev, err = s.evidence.evidence(ctx, tx)
		return err
	})
	return ev, mapError(s.path, err)
}
