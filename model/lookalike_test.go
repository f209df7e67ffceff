package model

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// lookalikeBook is a book over five products where the pair the briefed
// account holds, a and b, is mostly held with c by accounts holding a and b
// and little else, while d is what accounts sharing only a hold.
func lookalikeBook(twins int) (PeerStats, []BookAccount) {
	var accounts []BookAccount
	add := func(n int, ids ...string) {
		for range n {
			accounts = append(accounts, BookAccount{ProductIDs: ids})
		}
	}
	add(twins, "a", "b", "c")
	add(40, "a", "d", "e")
	add(1, "a", "b") // the briefed account
	return statsOf(accounts), accounts
}

// statsOf counts book-wide peer statistics of a set of accounts.
func statsOf(accounts []BookAccount) PeerStats {
	book := PeerStats{Accounts: len(accounts), Holders: map[string]int{}, Together: map[string]map[string]int{}}
	for _, a := range accounts {
		for _, x := range a.ProductIDs {
			book.Holders[x]++
			for _, y := range a.ProductIDs {
				if x == y {
					continue
				}
				if book.Together[x] == nil {
					book.Together[x] = map[string]int{}
				}
				book.Together[x][y]++
			}
		}
	}
	return book
}

func lookalikeCatalog() *Catalog {
	var ps []Product
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		ps = append(ps, Product{ID: id, Name: strings.ToUpper(id), Price: 1, BillingUnit: "month"})
	}
	return NewCatalog(Playbook{Products: ps})
}

func reasonWith(s Suggestion, part string) (Reason, bool) {
	for _, r := range s.Reasons {
		if strings.Contains(r.Text, part) {
			return r, true
		}
	}
	return Reason{}, false
}

func TestLookalikesNameWhatAccountsLikeThisOneHold(t *testing.T) {
	book, accounts := lookalikeBook(12)
	ev := NewEvidence(book, nil).WithHistory(accounts, 1)
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0), holding("b", 1, 0)}}
	b := briefing(t, in)
	if len(b.Suggestions) == 0 || b.Suggestions[0].Product.ID != "c" {
		t.Fatalf("top suggestion %v, want C: every account holding A and B holds C", ids(b))
	}
	// Twins hold a, b, c: similarity 2/(2^0.7*3^0.3), cubed, twelve of
	// them; the 40 holding a, d, e: 1/(2^0.7*3^0.3), cubed. C's share is
	// 12*8/(12*8+40).
	want := int(math.Round(100 * 12 * 8 / (12*8 + 40.0)))
	r, ok := reasonWith(b.Suggestions[0], "look-alike customers")
	if !ok || !strings.HasPrefix(r.Text, fmt.Sprintf("%d%% of look-alike", want)) {
		t.Errorf("look-alike reason %q (found %v), want it to start with %d%%", r.Text, ok, want)
	}
	// 71% of pointsLookalikesMax is 57 points: more than the book's
	// evidence may add, so scaled down with the item model's to the cap,
	// and still the larger part of it.
	if r.Points > maxEvidencePoints || r.Points*2 <= maxEvidencePoints {
		t.Errorf("look-alike points %d, want the larger part of the cap of %d", r.Points, maxEvidencePoints)
	}
}

func TestTheAccountIsNotItsOwnLookalike(t *testing.T) {
	// The briefed account's own set, held by it alone, must not count:
	// only the ten accounts holding a and c are look-alikes.
	accounts := []BookAccount{{ProductIDs: []string{"a", "b"}}}
	for range 10 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "c"}})
	}
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	shares, ok := ev.lookalikeShares([]int32{int32(ev.index["a"]), int32(ev.index["b"])}, math.MaxInt64)
	if !ok || math.Abs(shares[ev.index["c"]]-1) > 1e-9 || shares[ev.index["b"]] != 0 {
		t.Errorf("shares %v (ok %v), want c held by all look-alikes and b by none", shares, ok)
	}
}

func TestFewLookalikesAreNoPattern(t *testing.T) {
	for _, tc := range []struct {
		twins int
		want  bool
	}{{minPeerHolders - 1, false}, {minPeerHolders, true}} {
		var accounts []BookAccount
		for range tc.twins {
			accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b", "c"}})
		}
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}}, BookAccount{ProductIDs: []string{"d"}})
		ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
		_, ok := ev.lookalikeShares([]int32{int32(ev.index["a"]), int32(ev.index["b"])}, math.MaxInt64)
		if ok != tc.want {
			t.Errorf("%d look-alikes: a pattern = %v, want %v", tc.twins, ok, tc.want)
		}
	}
}

// trendBook is a book whose first purchases of a and b are old and of c
// recent, dated, with d undated.
func trendBook(recentC int) []BookAccount {
	var accounts []BookAccount
	old := now.AddDate(-2, 0, 0)
	for i := range 40 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{old.AddDate(0, 0, i), old.AddDate(0, 0, i)}})
	}
	for i := range recentC {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "c"}, Since: []time.Time{old, now.AddDate(0, 0, -i)}})
	}
	accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "d"}})
	return accounts
}

func TestTrendNamesWhatCustomersStartedBuyingLately(t *testing.T) {
	accounts := trendBook(30)
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	if ev.trend == nil {
		t.Fatal("no trend from 140 dated first purchases")
	}
	// 140 dated purchases: the latest fifth are 28, all of them c's.
	if got := ev.trend.recent[ev.index["c"]]; got != 28 {
		t.Errorf("c's recent first purchases = %d, want 28", got)
	}
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}}
	b := briefing(t, in)
	i := slices.IndexFunc(b.Suggestions, func(s Suggestion) bool { return s.Product.ID == "c" })
	if i < 0 {
		t.Fatalf("C not offered: %v", ids(b))
	}
	r, ok := reasonWith(b.Suggestions[i], "started buying C since")
	// C came to the book after the holders of B stopped buying, so every
	// look-alike that could take it up did: the look-alikes fill the cap
	// on the book's evidence, and the trend keeps its part of it, scaled
	// down alike.
	if !ok || !strings.HasPrefix(r.Text, "28 customers started buying C since ") || r.Points < 1 || r.Points > pointsTrendMax {
		t.Errorf("trend reason %q (%d points), want 28 customers and 1 to %d points", r.Text, r.Points, pointsTrendMax)
	}
	if _, ok := reasonWith(b.Suggestions[slices.IndexFunc(b.Suggestions, func(s Suggestion) bool { return s.Product.ID == "b" })], "started buying"); ok {
		t.Error("B, bought first two years ago, is said to be taken up lately")
	}
}

func TestTrendNeedsEnoughDatedPurchases(t *testing.T) {
	accounts := trendBook(0)[:minTrendPurchases/2-1] // two dated purchases each
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	if ev.trend != nil {
		t.Errorf("a trend from %d dated purchases, want none under %d", 2*len(accounts), minTrendPurchases)
	}
}

func TestSampledTrendCountsAreEstimates(t *testing.T) {
	accounts := trendBook(20)
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 3)
	in := BriefingInput{Account: baseAccount(), Catalog: lookalikeCatalog(), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0)}}
	b := briefing(t, in)
	i := slices.IndexFunc(b.Suggestions, func(s Suggestion) bool { return s.Product.ID == "c" })
	if r, ok := reasonWith(b.Suggestions[i], "started buying"); !ok || !strings.HasPrefix(r.Text, "About 60 customers") {
		t.Errorf("trend reason %q, want the sample's 20 scaled to about 60", r.Text)
	}
}

func TestPoolStep(t *testing.T) {
	for n, want := range map[int]int{0: 1, 1: 1, LookalikePool: 1, LookalikePool + 1: 2, 100_000: 20} {
		if got := PoolStep(n); got != want {
			t.Errorf("PoolStep(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestBookEvidenceIsCapped(t *testing.T) {
	c := &candidate{}
	c.add(Reason{Points: 20, Text: "Complements A"})
	for _, p := range []int{40, 30, 7, -3} {
		c.add(Reason{Points: p, Text: fmt.Sprint("evidence ", p)})
		c.evidence += float64(p)
	}
	capEvidence(c, 1, len(c.reasons))
	sum := 0
	for _, r := range c.reasons[1:] {
		sum += r.Points
		if r.Points == 0 {
			t.Errorf("a reason scaled to nothing is kept: %q", r.Text)
		}
	}
	if sum != maxEvidencePoints || c.score != 20+maxEvidencePoints || c.reasons[0].Points != 20 {
		t.Errorf("evidence sums to %d, score %d, complement %d; want %d, %d, 20", sum, c.score, c.reasons[0].Points, maxEvidencePoints, 20+maxEvidencePoints)
	}
	small := &candidate{evidence: 30}
	small.add(Reason{Points: 30})
	capEvidence(small, 0, len(small.reasons))
	if small.score != 30 {
		t.Errorf("evidence under the cap changed to %d", small.score)
	}
	// Three reasons of 10.4 each round to 30, but the evidence is 31.2:
	// the points say 31, so that they rank offers as the evidence does.
	rounded := &candidate{evidence: 31.2}
	for range 3 {
		rounded.add(Reason{Points: 10})
	}
	capEvidence(rounded, 0, len(rounded.reasons))
	if rounded.score != 31 {
		t.Errorf("evidence of 31.2 in three reasons of 10.4 scores %d, want 31", rounded.score)
	}
}

func TestANeedOutranksWhatOthersHold(t *testing.T) {
	// Every look-alike holds C, and the item model favours it; D solves
	// the account's high-severity pain and nothing else speaks for it.
	book, accounts := lookalikeBook(60)
	ev := NewEvidence(book, nil).WithHistory(accounts, 1)
	pb := Playbook{PainCategories: []PainCategory{{ID: "reporting", Label: "Reporting"}}}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		pb.Products = append(pb.Products, Product{ID: id, Name: strings.ToUpper(id), Price: 1, BillingUnit: "month"})
	}
	pb.Products[3].Pains, pb.Products[3].Solves = []string{"reporting"}, map[string]string{"reporting": "D builds the reports"}
	in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now, Evidence: ev,
		Holdings: []Holding{holding("a", 1, 0), holding("b", 1, 0)},
		Pains:    []PainPoint{pain(1, "reporting", "Reports take two days", 3)}}
	b := briefing(t, in)
	if len(b.Suggestions) < 2 || b.Suggestions[0].Product.ID != "d" {
		t.Fatalf("ranking %v, want D (their own pain) before C (what others hold)", ids(b))
	}
}

func TestRoughly(t *testing.T) {
	for n, want := range map[int]int{7: 7, 60: 60, 99: 99, 1308: 1300, 1350: 1400, 10160: 10000, 125: 130} {
		if got := roughly(n); got != want {
			t.Errorf("roughly(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestAWeightAgainstAnOfferSaysSo(t *testing.T) {
	r := bookReason(Product{Name: "Admin Training Day"}, Product{Name: "API Capacity Pack"}, bookLink{together: 11, holders: 72}, -5)
	if want := "Customers with Admin Training Day hold API Capacity Pack less often than others do (11 of 72)"; r.Text != want {
		t.Errorf("negative reason %q, want %q", r.Text, want)
	}
}

func TestAHeldProductIsNamedOnlyWhenItsCountsSayAsMuch(t *testing.T) {
	// 200 accounts; 100 hold the offer. 26 of the 82 holding X hold it
	// (32%), 74 of the other 118 (63%): X's counts speak against the offer.
	e := &Evidence{Accounts: 200, holders: []int{82, 100}}
	low := bookLink{together: 26, holders: 82}
	if e.saysAsMuch(low, 1, 3) {
		t.Error("26 of 82 named as a reason for an offer 63% of the others hold")
	}
	if !e.saysAsMuch(low, 1, -3) {
		t.Error("26 of 82 not named as a reason against an offer 63% of the others hold")
	}
	high := bookLink{together: 70, holders: 82} // 85% against 25%
	if !e.saysAsMuch(high, 1, 3) || e.saysAsMuch(high, 1, -3) {
		t.Error("70 of 82 must be named for the offer, never against it")
	}
}

// TestALookalikeShareSaysHowFewItRestsOn: a share resting on a near twin
// or two says so; one resting on many does not.
func TestALookalikeShareSaysHowFewItRestsOn(t *testing.T) {
	p := Product{ID: "a41", Name: "Addon 41"}
	if got := lookalikeReason(p, 1, 1.2, time.Time{}, 52).Text; got != "100% of look-alike customers (those holding much the same) hold Addon 41; it rests on about 1 of them" {
		t.Errorf("one twin: %q", got)
	}
	if got := lookalikeReason(p, 0.6, 40, time.Time{}, 30).Text; got != "60% of look-alike customers (those holding much the same) hold Addon 41" {
		t.Errorf("forty look-alikes: %q", got)
	}
}

func TestLateProductIsAShareOfLookalikesStillBuying(t *testing.T) {
	// Ten look-alikes took up a and b in 2020 and nothing after; five took
	// them up then and c when it came in 2022; five more took up a in 2023
	// but not c. c is held by five of the ten that could have taken it up,
	// not by five of twenty; the briefed account (2019) is none of them.
	day := func(y int) time.Time { return time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC) }
	var accounts []BookAccount
	for range 10 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{day(2020), day(2020)}})
	}
	for range 5 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b", "c"}, Since: []time.Time{day(2020), day(2020), day(2022)}})
	}
	for range 5 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{day(2023), day(2020)}})
	}
	accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{day(2019), day(2019)}})
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	held := []int32{int32(ev.index["a"]), int32(ev.index["b"])}
	shares, ok := ev.lookalikeShares(held, day(2019).Unix()/secondsPerDay)
	if !ok {
		t.Fatal("no look-alikes")
	}
	// Those holding c hold it on top of a and b, so each weighs less than
	// an exact twin (who weighs 1): the share is of weights.
	c := shares[ev.index["c"]]
	wc := math.Pow(2.0/3, 3*(1-lookalikeAsymmetry))
	want := 5 * wc / (5*wc + 5)
	if math.Abs(c-want) > 1e-9 {
		t.Errorf("share of c %.4f, want %.4f (of the look-alikes still buying in 2022)", c, want)
	}
	if a := shares[ev.index["a"]]; math.Abs(a-1) > 1e-9 {
		t.Errorf("share of a %.4f, want 1", a)
	}
}

func TestSubscribersCouldAlwaysTakeALateProductUp(t *testing.T) {
	// The same book, but the ten look-alikes of 2020 subscribe: customers
	// still, who could have taken c up and did not.
	day := func(y int) time.Time { return time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC) }
	var accounts []BookAccount
	for range 10 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{day(2020), day(2020)}, Subscribed: true})
	}
	for range 5 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b", "c"}, Since: []time.Time{day(2020), day(2020), day(2022)}})
	}
	for range 5 {
		accounts = append(accounts, BookAccount{ProductIDs: []string{"a", "b"}, Since: []time.Time{day(2023), day(2020)}})
	}
	ev := NewEvidence(statsOf(accounts), nil).WithHistory(accounts, 1)
	shares, ok := ev.lookalikeShares([]int32{int32(ev.index["a"]), int32(ev.index["b"])}, day(2019).Unix()/secondsPerDay)
	wc := math.Pow(2.0/3, 3*(1-lookalikeAsymmetry))
	if want := 5 * wc / (5*wc + 15); !ok || math.Abs(shares[ev.index["c"]]-want) > 1e-9 {
		t.Errorf("share of c %.4f (ok %v), want %.4f (of all twenty look-alikes)", shares[ev.index["c"]], ok, want)
	}
}
