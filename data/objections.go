package data

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"time"

	"talktrack/model"
)

// loadObjections reads, for each account, the latest connected call before
// its latest one on which a price objection, a spend freeze or a churn
// risk was heard (also when the latest one heard a milder objection: a
// freeze or a churn risk is not replaced by "too expensive"), unless a later connected call lifted it: an offer
// accepted or marked interested on it (not one that answers cost: taking
// the cost review offered in answer to "too expensive" says it is still
// too expensive), or growth heard (a spend freeze is left to the model,
// which keeps one whose notes name the day it ends: see
// model.HeardOnCall.GrowthSince). A churn risk is lifted by none of
// these, only by words that say they stay (see model's heard) or by time:
// liking the health check is no promise to stay. Declining the offer
// made in answer lifts nothing; the model weighs the call while it is at
// most HeardFor old.
func loadObjections(ctx context.Context, q queryer, facts map[string]*accountFacts, idJSON string) error {
	rows, err := q.QueryContext(ctx, `SELECT c.account_id, c.started_at, c.notes, `+cueColumns+`
		  FROM json_each(?) a
		  JOIN calls c ON c.id = (SELECT o.id FROM calls o
		                           WHERE o.account_id = a.value AND o.outcome = 'connected'
		                             AND EXISTS (SELECT 1 FROM call_cues k WHERE k.call_id = o.id AND k.kind IN ('price', 'churn_risk'))
		                             AND o.id != (SELECT l.id FROM calls l WHERE l.account_id = a.value AND l.outcome = 'connected'
		                                           ORDER BY l.started_at DESC, l.id DESC LIMIT 1)
		                           ORDER BY o.started_at DESC, o.id DESC LIMIT 1)
		  JOIN call_cues q ON q.call_id = c.id
		 WHERE EXISTS (SELECT 1 FROM calls l
		                WHERE l.account_id = c.account_id AND l.outcome = 'connected'
		                  AND (l.started_at > c.started_at OR l.started_at = c.started_at AND l.id > c.id))
		   AND (EXISTS (SELECT 1 FROM call_cues k WHERE k.call_id = c.id AND k.kind = 'churn_risk')
		        OR NOT EXISTS (SELECT 1 FROM calls l
		                        WHERE l.account_id = c.account_id AND l.outcome = 'connected'
		                          AND (l.started_at > c.started_at OR l.started_at = c.started_at AND l.id > c.id)
		                          AND (EXISTS (SELECT 1 FROM call_offers f WHERE f.call_id = l.id AND f.response IN ('accepted', 'interested')
		                                         AND NOT EXISTS (SELECT 1 FROM product_pains pp WHERE pp.product_id = f.product_id AND pp.category = 'cost' AND pp.how != ''))
		                            OR EXISTS (SELECT 1 FROM call_cues g WHERE g.call_id = l.id AND g.kind = 'growth')
		                               AND NOT EXISTS (SELECT 1 FROM call_cues s WHERE s.call_id = c.id AND s.kind = 'price' AND s.severity >= 3))))
		 ORDER BY c.account_id, q.position`, idJSON)
	if err != nil {
		return internalf(err, "read the objections heard")
	}
	if err := scanHeardCalls(rows, facts, func(f *accountFacts) **model.HeardOnCall { return &f.objection }); err != nil {
		return internalf(err, "read the objections heard")
	}
	return loadNotesSince(ctx, q, facts)
}

// loadNotesSince puts, for the accounts with an objection standing, the
// notes of their connected calls after it into the objection: words that
// say otherwise lift it (see model.HeardOnCall.Since). Objections are few.
func loadNotesSince(ctx context.Context, q queryer, facts map[string]*accountFacts) error {
	since := map[string]time.Time{}
	for id, f := range facts {
		if f.objection != nil {
			since[id] = f.objection.At
		}
	}
	notes, err := notesSince(ctx, q, since)
	for id, n := range notes {
		facts[id].objection.Since = n
	}
	if err != nil {
		return err
	}
	grew, err := connectedSince(ctx, q, since, `EXISTS (SELECT 1 FROM call_cues g WHERE g.call_id = c.id AND g.kind = 'growth')`, "the growth heard since")
	for id := range grew {
		facts[id].objection.GrowthSince = true
	}
	if err != nil {
		return err
	}
	// An offer accepted or welcomed since, not the cost review offered in
	// answer: it lifts the price objection of a call that also heard a
	// churn risk, once words since lift the churn risk (see model's
	// standing); one without a churn risk is not loaded at all.
	welcomed, err := connectedSince(ctx, q, since, `EXISTS (SELECT 1 FROM call_offers f WHERE f.call_id = c.id AND f.response IN ('accepted', 'interested')
		     AND NOT EXISTS (SELECT 1 FROM product_pains pp WHERE pp.product_id = f.product_id AND pp.category = 'cost' AND pp.how != ''))`, "the offers welcomed since")
	for id := range welcomed {
		facts[id].objection.WelcomedSince = true
	}
	return err
}

// connectedSince reads which accounts in since had a connected call after
// that moment that matches cond (SQL on the call c), in one query; what
// names it for an error.
func connectedSince(ctx context.Context, q queryer, since map[string]time.Time, cond, what string) (map[string]bool, error) {
	if len(since) == 0 {
		return nil, nil
	}
	ids := slices.Collect(maps.Keys(since))
	idJSON, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT c.account_id, c.started_at FROM calls c
		 WHERE c.outcome = 'connected' AND c.account_id IN (SELECT value FROM json_each(?))
		   AND `+cond, string(idJSON))
	if err != nil {
		return nil, internalf(err, "read %s", what)
	}
	out := map[string]bool{}
	err = eachRow(rows, func() error {
		var id, at string
		if err := rows.Scan(&id, &at); err != nil {
			return err
		}
		started, err := parseDate("call start", at)
		if err != nil {
			return err
		}
		if started.After(since[id]) {
			out[id] = true
		}
		return nil
	})
	return out, internalf(err, "read %s", what)
}

// notesSince reads, for each account in since, the notes of its connected
// calls after that moment, oldest first, in one query.
func notesSince(ctx context.Context, q queryer, since map[string]time.Time) (map[string][]string, error) {
	if len(since) == 0 {
		return nil, nil
	}
	ids := slices.Collect(maps.Keys(since))
	idJSON, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT account_id, started_at, notes FROM calls
		 WHERE outcome = 'connected' AND notes != '' AND account_id IN (SELECT value FROM json_each(?))
		 ORDER BY account_id, started_at, id`, string(idJSON))
	if err != nil {
		return nil, internalf(err, "read the notes of the calls since")
	}
	out := map[string][]string{}
	err = eachRow(rows, func() error {
		var id, at, notes string
		if err := rows.Scan(&id, &at, &notes); err != nil {
			return err
		}
		started, err := parseDate("call start", at)
		if err != nil {
			return err
		}
		if started.After(since[id]) {
			out[id] = append(out[id], notes)
		}
		return nil
	})
	return out, internalf(err, "read the notes of the calls since")
}
