package data

import (
	"context"
	"database/sql"
	"sync"

	"talktrack/model"
)

// evidenceCache keeps the book's evidence (model.Evidence): the item model
// solved from the peer statistics summed over every segment, and the
// answers to offers by segment. Solving the model costs milliseconds for a
// catalogue of a hundred products and grows with the cube of its size, so
// it is done once per version of the peer statistics and the call log,
// not per briefing.
type evidenceCache struct {
	mu           sync.Mutex
	peers, calls string
	ev           *model.Evidence
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
	ev, err := loadEvidence(ctx, q)
	if err != nil {
		return nil, err
	}
	c.ev, c.peers, c.calls = ev, peers, calls
	return ev, nil
}

// loadEvidence reads the book-wide counts and the offer answers and builds
// the evidence from them.
func loadEvidence(ctx context.Context, q queryer) (*model.Evidence, error) {
	book := model.PeerStats{Holders: map[string]int{}, Together: map[string]map[string]int{}}
	if err := q.QueryRowContext(ctx, `SELECT count(DISTINCT account_id) FROM holdings`).Scan(&book.Accounts); err != nil {
		return nil, internalf(err, "count accounts holding something")
	}
	rows, err := q.QueryContext(ctx, `SELECT product_id, sum(holders) FROM peer_products GROUP BY product_id`)
	if err != nil {
		return nil, internalf(err, "read the book's holders")
	}
	err = eachRow(rows, func() error {
		var id string
		var n int
		err := rows.Scan(&id, &n)
		book.Holders[id] = n
		return err
	})
	if err != nil {
		return nil, internalf(err, "read the book's holders")
	}
	rows, err = q.QueryContext(ctx, `SELECT held_id, other_id, sum(holders) FROM peer_pairs GROUP BY held_id, other_id`)
	if err != nil {
		return nil, internalf(err, "read the book's pairs")
	}
	err = eachRow(rows, func() error {
		var held, other string
		var n int
		if err := rows.Scan(&held, &other, &n); err != nil {
			return err
		}
		m := book.Together[held]
		if m == nil {
			m = map[string]int{}
			book.Together[held] = m
		}
		m[other] = n
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read the book's pairs")
	}
	responses, err := loadResponseCounts(ctx, q)
	if err != nil {
		return nil, err
	}
	return model.NewEvidence(book, responses), nil
}

// loadResponseCounts counts the answers to offers logged in calls, by the
// segment of the account called and the product offered.
func loadResponseCounts(ctx context.Context, q queryer) ([]model.ResponseCount, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+segmentSQL+`, o.product_id, count(*),
		       sum(o.response IN ('accepted', 'interested'))
		  FROM call_offers o JOIN calls c ON c.id = o.call_id JOIN accounts a ON a.id = c.account_id
		 GROUP BY 1, 2`)
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
