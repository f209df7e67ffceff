package bench

import (
	"context"
	"time"

	"talktrack/data"
	"talktrack/model"
)

// briefingInput loads what model.Recommend needs for one account through
// the store's public surface (the account view, the account's calls, the
// stored peer statistics, the book's evidence), so the suggestions benchmark times Recommend
// alone. TestInputsReproduceBriefings checks that it gives the same
// briefing as the store.
func briefingInput(ctx context.Context, st *data.Store, id string, now time.Time) (model.BriefingInput, error) {
	cat, err := st.Catalog(ctx)
	if err != nil {
		return model.BriefingInput{}, err
	}
	v, err := st.AccountView(ctx, id, now)
	if err != nil {
		return model.BriefingInput{}, err
	}
	in := model.BriefingInput{Account: v.Account, Pains: v.Pains, Catalog: cat, Now: now}
	for _, h := range v.Holdings {
		in.Holdings = append(in.Holdings, h.Holding)
	}
	calls, err := st.Calls(ctx, id)
	if err != nil {
		return model.BriefingInput{}, err
	}
	var last *model.Call
	for i, c := range calls {
		for _, o := range c.Offers {
			in.PastOffers = append(in.PastOffers, model.PastOffer{ProductID: o.ProductID, Response: o.Response, At: c.StartedAt})
		}
		if c.Outcome == model.OutcomeConnected && (last == nil || c.StartedAt.After(last.StartedAt) || c.StartedAt.Equal(last.StartedAt) && c.ID > last.ID) {
			last = &calls[i]
		}
	}
	if last != nil {
		in.LastCall = &model.HeardOnCall{At: last.StartedAt, Cues: last.Cues, Notes: last.Notes}
	}
	if in.Evidence, err = st.Evidence(ctx); err != nil {
		return model.BriefingInput{}, err
	}
	in.Peers, err = peerStats(ctx, st, v.Account.Segment(), in.Holdings)
	return in, err
}

// peerStats reads the stored statistics of one segment: its size, its
// holders of each product and, for the products held, what else their
// holders hold.
func peerStats(ctx context.Context, st *data.Store, segment string, held []model.Holding) (model.PeerStats, error) {
	ps := model.PeerStats{Segment: segment, Holders: map[string]int{}, Together: map[string]map[string]int{}}
	db := st.DB()
	err := db.QueryRowContext(ctx, `SELECT accounts FROM peer_segments WHERE segment = ?`, segment).Scan(&ps.Accounts)
	if err != nil {
		return ps, err
	}
	rows, err := db.QueryContext(ctx, `SELECT product_id, holders FROM peer_products WHERE segment = ?`, segment)
	if err != nil {
		return ps, err
	}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			rows.Close()
			return ps, err
		}
		ps.Holders[id] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return ps, err
	}
	for _, h := range held {
		rows, err := db.QueryContext(ctx, `SELECT other_id, holders FROM peer_pairs WHERE segment = ? AND held_id = ?`, segment, h.ProductID)
		if err != nil {
			return ps, err
		}
		for rows.Next() {
			var other string
			var n int
			if err := rows.Scan(&other, &n); err != nil {
				rows.Close()
				return ps, err
			}
			if ps.Together[h.ProductID] == nil {
				ps.Together[h.ProductID] = map[string]int{}
			}
			ps.Together[h.ProductID][other] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return ps, err
		}
	}
	return ps, nil
}
