package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"sort"

	"talktrack/model"
)

// loadBrief reads what a rep reads before a call besides the briefing: the
// account's open follow-ups, its offer history, and how similar accounts
// answered the products offered to it. (The suggestions' own reasons say
// how their products went with peers.)
func loadBrief(ctx context.Context, q queryer, acc model.Account) (model.AccountBrief, error) {
	b := model.AccountBrief{Peers: map[string]model.PeerAnswers{}}
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.follow_up, c.started_at, c.outcome FROM calls c
		 WHERE c.account_id = ?1 AND c.follow_up != ''
		   AND NOT `+followUpAnswered+`
		   AND NOT EXISTS (SELECT 1 FROM follow_ups_done d WHERE d.call_id = c.id)
		 ORDER BY c.follow_up, c.id`, acc.ID)
	if err != nil {
		return b, internalf(err, "read the follow-ups of %s", acc.ID)
	}
	err = eachRow(rows, func() error {
		var f model.OpenFollowUp
		var due, at string
		if err := rows.Scan(&f.CallID, &due, &at, &f.Outcome); err != nil {
			return err
		}
		var err error
		if f.Due, err = parseDate("follow-up date", due); err != nil {
			return err
		}
		f.AgreedAt, err = parseDate("call start", at)
		b.FollowUps = append(b.FollowUps, f)
		return err
	})
	if err != nil {
		return b, internalf(err, "read the follow-ups of %s", acc.ID)
	}

	rows, err = q.QueryContext(ctx, `SELECT o.product_id, coalesce(p.name, o.product_id), o.response, c.started_at, o.quantity,
		       EXISTS (SELECT 1 FROM holdings h WHERE h.account_id = c.account_id AND h.product_id = o.product_id
		                  AND (h.since = '' OR h.since <= substr(c.started_at, 1, 10)))
		  FROM call_offers o JOIN calls c ON c.id = o.call_id LEFT JOIN products p ON p.id = o.product_id
		 WHERE c.account_id = ? ORDER BY c.started_at DESC, c.id DESC, o.product_id`, acc.ID)
	if err != nil {
		return b, internalf(err, "read the offers of %s", acc.ID)
	}
	products := map[string]bool{}
	err = eachRow(rows, func() error {
		var o model.OfferRecord
		var at string
		if err := rows.Scan(&o.ProductID, &o.ProductName, &o.Response, &at, &o.Quantity, &o.Seats); err != nil {
			return err
		}
		var err error
		o.At, err = parseDate("call start", at)
		b.Offers = append(b.Offers, o)
		products[o.ProductID] = true
		return err
	})
	if err != nil {
		return b, internalf(err, "read the offers of %s", acc.ID)
	}
	if len(products) == 0 {
		return b, nil
	}
	ids := make([]string, 0, len(products))
	for id := range products {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	idJSON, _ := json.Marshal(ids)
	// Offers of these products to other accounts of the segment: the
	// product index finds them, the account's own row checks the segment.
	rows, err = q.QueryContext(ctx, `SELECT o.product_id, count(DISTINCT c.account_id),
		       count(DISTINCT CASE WHEN o.response = 'accepted' THEN c.account_id END)
		  FROM call_offers o JOIN calls c ON c.id = o.call_id JOIN accounts a ON a.id = c.account_id
		 WHERE o.product_id IN (SELECT value FROM json_each(?1))
		   AND a.industry = ?2 AND a.size_band = ?3 AND a.id != ?4
		 GROUP BY o.product_id`, string(idJSON), acc.Industry, acc.SizeBand, acc.ID)
	if err != nil {
		return b, internalf(err, "read how similar accounts answered")
	}
	err = eachRow(rows, func() error {
		var id string
		var p model.PeerAnswers
		err := rows.Scan(&id, &p.Offered, &p.Accepted)
		b.Peers[id] = p
		return err
	})
	return b, internalf(err, "read how similar accounts answered")
}

// addBrief fills v.Brief.
func (s *Store) addBrief(ctx context.Context, v *model.AccountView) error {
	return s.view(ctx, func(tx *sql.Tx) error {
		var err error
		v.Brief, err = loadBrief(ctx, tx, v.Account)
		return err
	})
}
