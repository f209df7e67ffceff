package data

import (
	"context"
	"reflect"
	"testing"
	"time"

	"talktrack/model"
)

// TestOfferAnswerCountsEqualARecount: the answer counts the triggers keep
// equal a recount from every offer after calls are logged with answers and
// an account moves to another segment, as an import or a sync does.
func TestOfferAnswerCountsEqualARecount(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	counts := func(query string) map[[2]string][2]int {
		t.Helper()
		rows, err := s.db.Query(query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[[2]string][2]int{}
		for rows.Next() {
			var seg, pid string
			var offered, welcomed int
			if err := rows.Scan(&seg, &pid, &offered, &welcomed); err != nil {
				t.Fatal(err)
			}
			if offered != 0 || welcomed != 0 {
				out[[2]string{seg, pid}] = [2]int{offered, welcomed}
			}
		}
		return out
	}
	check := func(when string) {
		t.Helper()
		kept := counts(`SELECT segment, product_id, offered, welcomed FROM offer_answer_counts`)
		recount := counts(`SELECT ` + segmentSQL + `, o.product_id, count(*), sum(o.response IN ('accepted', 'interested'))
			FROM call_offers o JOIN calls c ON c.id = o.call_id JOIN accounts a ON a.id = c.account_id GROUP BY 1, 2`)
		if len(recount) == 0 || !reflect.DeepEqual(kept, recount) {
			t.Fatalf("%s: kept %d counts, recount %d; equal: %v", when, len(kept), len(recount), reflect.DeepEqual(kept, recount))
		}
	}
	check("demo")

	var id, product string
	if err := s.db.QueryRow(`SELECT h.account_id, p.id FROM holdings h JOIN products p ON p.id != h.product_id ORDER BY h.account_id, p.id LIMIT 1`).Scan(&id, &product); err != nil {
		t.Fatal(err)
	}
	for _, r := range []model.Response{model.ResponseAccepted, model.ResponseDeclined} {
		c := model.Call{AccountID: id, StartedAt: demoNow.Add(-time.Hour), Outcome: model.OutcomeConnected,
			Offers: []model.Offer{{ProductID: product, Response: r}}}
		if _, err := s.LogCall(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	check("after logging")

	if _, err := s.db.Exec(`UPDATE accounts SET industry = 'a new industry' WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	check("after the account changed segment")
}
