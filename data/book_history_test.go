package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// TestBriefingsNameLookalikesAndTheTrend checks that a briefing read from
// the store sees what the whole book holds: six accounts holding CRM Basic
// with Premium Support (first bought lately) are the look-alikes of a
// seventh holding CRM Basic alone, and twenty older holdings make a trend.
func TestBriefingsNameLookalikesAndTheTrend(t *testing.T) {
	b := newBook()
	for i := range 20 {
		id := fmt.Sprintf("old%02d", i)
		b.account(id, "Old "+id).holds(id, "crm-basic")
	}
	for i := range 6 {
		id := fmt.Sprintf("new%d", i)
		b.account(id, "New "+id).holds(id, "crm-basic")
		b.ds.Holdings = append(b.ds.Holdings, model.Holding{AccountID: id, ProductID: "support", Quantity: 1, Since: day("2026-06-01")})
	}
	b.account("me", "Me").holds("me", "crm-basic")
	s := realRules(t, b)
	v, err := s.AccountView(context.Background(), "me", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sg := range v.Briefing.Suggestions {
		for _, r := range sg.Reasons {
			got = append(got, sg.Product.ID+": "+r.Text)
		}
	}
	all := strings.Join(got, "\n")
	// 26 look-alikes share CRM Basic; the six holding Premium Support as
	// well weigh less, as they hold more (1/2^0.3 cubed against 1):
	// 6*0.536/(6*0.536+20).
	for _, want := range []string{
		"support: 14% of look-alike customers (those holding much the same) hold Premium Support",
		"support: 6 customers started buying Premium Support since 1 Jun 2026",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("briefing lacks %q:\n%s", want, all)
		}
	}
}
