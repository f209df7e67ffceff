package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"talktrack/model"
)

// accountFacts is what the store loads per account to brief it: the rows
// behind model.BriefingInput, plus the held products for display.
type accountFacts struct {
	held   []model.HeldProduct
	pains  []model.PainPoint
	offers []model.PastOffer
	// lastCall is what was heard on the latest connected call; nil when
	// there was none.
	lastCall *model.HeardOnCall
	// objection is an earlier connected call's price objection, freeze or
	// churn risk that no later call lifted (see loadObjections); nil when
	// none.
	objection *model.HeardOnCall
}

// loadAccountFacts reads holdings (with their products, by family then
// tier), pain points (open first, then by severity, newest first) and past
// offers of the given accounts in three queries, whatever their number.
func loadAccountFacts(ctx context.Context, q queryer, cat *model.Catalog, ids []string) (map[string]*accountFacts, error) {
	out := make(map[string]*accountFacts, len(ids))
	for _, id := range ids {
		out[id] = &accountFacts{}
	}
	if len(ids) == 0 {
		return out, nil
	}
	idJSON, _ := json.Marshal(ids)

	rows, err := q.QueryContext(ctx, `SELECT `+productColumns+`, h.account_id, h.quantity, h.seats_used, h.since
		  FROM holdings h JOIN products p ON p.id = h.product_id
		 WHERE h.account_id IN (SELECT value FROM json_each(?))
		 ORDER BY h.account_id, p.family, p.tier, p.name, p.id`, string(idJSON))
	if err != nil {
		return nil, internalf(err, "read holdings")
	}
	err = eachRow(rows, func() error {
		var hp model.HeldProduct
		var since string
		if err := scanProduct(rows, &hp.Product, &hp.AccountID, &hp.Quantity, &hp.SeatsUsed, &since); err != nil {
			return err
		}
		var err error
		if hp.Since, err = parseDate("holding date", since); err != nil {
			return err
		}
		hp.ProductID = hp.Product.ID
		// The catalog's copy carries the pain categories the row lacks.
		if p, ok := cat.Products[hp.ProductID]; ok {
			hp.Product = p
		}
		f := out[hp.AccountID]
		f.held = append(f.held, hp)
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read holdings")
	}

	rows, err = q.QueryContext(ctx, `SELECT `+painPointColumns+`
		  FROM pain_points
		 WHERE account_id IN (SELECT value FROM json_each(?))
		 ORDER BY account_id, status = 'open' DESC, severity DESC, noted_at DESC, id DESC`, string(idJSON))
	if err != nil {
		return nil, internalf(err, "read pain points")
	}
	err = eachRow(rows, func() error {
		p, err := scanPainPoint(rows)
		if err != nil {
			return err
		}
		f := out[p.AccountID]
		f.pains = append(f.pains, p)
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read pain points")
	}

	rows, err = q.QueryContext(ctx, `SELECT c.account_id, o.product_id, o.response, c.started_at
		  FROM calls c JOIN call_offers o ON o.call_id = c.id
		 WHERE c.account_id IN (SELECT value FROM json_each(?))
		 ORDER BY c.account_id, c.started_at, o.product_id`, string(idJSON))
	if err != nil {
		return nil, internalf(err, "read past offers")
	}
	err = eachRow(rows, func() error {
		var accountID, at string
		var o model.PastOffer
		if err := rows.Scan(&accountID, &o.ProductID, &o.Response, &at); err != nil {
			return err
		}
		var err error
		if o.At, err = parseDate("call start", at); err != nil {
			return err
		}
		f := out[accountID]
		f.offers = append(f.offers, o)
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read past offers")
	}
	if err := loadLastCalls(ctx, q, out, string(idJSON)); err != nil {
		return nil, err
	}
	if err := loadObjections(ctx, q, out, string(idJSON)); err != nil {
		return nil, err
	}
	return out, nil
}

// loadLastCalls reads the cues of each account's latest connected call
// into facts; an account never reached keeps a nil lastCall.
func loadLastCalls(ctx context.Context, q queryer, facts map[string]*accountFacts, idJSON string) error {
	rows, err := q.QueryContext(ctx, `SELECT c.account_id, c.started_at, c.notes, `+cueColumns+`
		  FROM json_each(?) a
		  JOIN calls c ON c.id = (SELECT l.id FROM calls l
		                           WHERE l.account_id = a.value AND l.outcome = 'connected'
		                           ORDER BY l.started_at DESC, l.id DESC LIMIT 1)
		  JOIN call_cues q ON q.call_id = c.id
		 ORDER BY c.account_id, q.position`, idJSON)
	if err != nil {
		return internalf(err, "read the latest calls")
	}
	return internalf(scanHeardCalls(rows, facts, func(f *accountFacts) **model.HeardOnCall { return &f.lastCall }), "read the latest calls")
}

// scanHeardCalls reads rows of account id, call start, notes and a cue's
// columns (cueColumns), ordered by account and cue position, into the
// call each account's facts keep at the place call gives.
func scanHeardCalls(rows *sql.Rows, facts map[string]*accountFacts, call func(*accountFacts) **model.HeardOnCall) error {
	return eachRow(rows, func() error {
		var accountID, at, notes string
		var c model.Cue
		if err := rows.Scan(&accountID, &at, &notes, &c.Kind, &c.Text, &c.Number, &c.Unit, &c.Category, &c.Competitor, &c.Severity); err != nil {
			return err
		}
		heard := call(facts[accountID])
		if *heard == nil {
			started, err := parseDate("call start", at)
			if err != nil {
				return err
			}
			*heard = &model.HeardOnCall{At: started, Notes: notes}
		}
		(*heard).Cues = append((*heard).Cues, c)
		return nil
	})
}

// peerWants lists, per account, its segment and held products.
func peerWants(accounts []model.Account, facts map[string]*accountFacts) []peerWant {
	wants := make([]peerWant, len(accounts))
	for i, a := range accounts {
		w := peerWant{segment: a.Segment()}
		for _, h := range facts[a.ID].held {
			w.held = append(w.held, h.ProductID)
		}
		wants[i] = w
	}
	return wants
}

// briefingInputs assembles what Recommend needs for each account; peers
// holds each account's statistics, in the same order.
func briefingInputs(accounts []model.Account, facts map[string]*accountFacts, peers []model.PeerStats, ev *model.Evidence, cat *model.Catalog, now time.Time) []model.BriefingInput {
	ins := make([]model.BriefingInput, len(accounts))
	for i, a := range accounts {
		f := facts[a.ID]
		holdings := make([]model.Holding, len(f.held))
		for j, h := range f.held {
			holdings[j] = h.Holding
		}
		ins[i] = model.BriefingInput{
			Account:    a,
			Holdings:   holdings,
			Pains:      f.pains,
			PastOffers: f.offers,
			LastCall:   f.lastCall,
			Objection:  f.objection,
			Peers:      peers[i],
			Evidence:   ev,
			Catalog:    cat,
			Now:        now,
		}
	}
	return ins
}

// briefAll loads everything Recommend needs for the accounts, in a handful
// of queries whatever their number, and the facts for display.
func (s *Store) briefAll(ctx context.Context, q queryer, cat *model.Catalog, now time.Time, accounts []model.Account) ([]model.BriefingInput, map[string]*accountFacts, error) {
	ids := make([]string, len(accounts))
	for i, a := range accounts {
		ids[i] = a.ID
	}
	facts, err := loadAccountFacts(ctx, q, cat, ids)
	if err != nil {
		return nil, nil, err
	}
	peers, err := s.peers.peerStats(ctx, q, peerWants(accounts, facts))
	if err != nil {
		return nil, nil, err
	}
	ev, err := s.evidence.evidence(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	return briefingInputs(accounts, facts, peers, ev, cat, now), facts, nil
}

// painPointColumns are what scanPainPoint reads, in its order.
const painPointColumns = `id, account_id, category, title, severity, status, noted_at`

// scanPainPoint reads one row of painPointColumns.
func scanPainPoint(rows *sql.Rows) (model.PainPoint, error) {
	var p model.PainPoint
	var noted string
	if err := rows.Scan(&p.ID, &p.AccountID, &p.Category, &p.Title, &p.Severity, &p.Status, &noted); err != nil {
		return p, err
	}
	var err error
	p.NotedAt, err = parseDate("pain point date", noted)
	return p, err
}
