package model

import (
	"fmt"
	"testing"
)

// benchInput is one account on a catalogue of 40 products (ten three-tier
// seated ladders' worth of families, add-ons and services), with peer counts
// for every pair of products, ten holdings, six pains and a call history:
// the size the recommendation must handle in well under a millisecond.
func benchInput() BriefingInput {
	categories := []string{"reporting", "security", "integration", "onboarding", "support", "scale", "cost"}
	pb := Playbook{Currency: "$"}
	for _, c := range categories {
		pb.PainCategories = append(pb.PainCategories, PainCategory{ID: c, Label: c})
	}
	for i := range 40 {
		family, tier := fmt.Sprintf("family-%02d", i/3), i%3+1
		if i >= 24 { // the rest are add-ons and services, families of one
			family, tier = "", 1
		}
		pb.Products = append(pb.Products, Product{
			ID: fmt.Sprintf("p%02d", i), Name: fmt.Sprintf("Product %02d", i), Family: family, Tier: tier,
			Price: float64(20 + 10*i), BillingUnit: "seat/month", Seated: i < 24,
			Pains:   []string{categories[i%len(categories)], categories[(i/2)%len(categories)]},
			Offsets: "it saves a day a month",
		})
	}
	for i := range 40 {
		for _, j := range []int{(i + 5) % 40, (i + 11) % 40} {
			pb.Complements = append(pb.Complements, Complement{
				ProductID: fmt.Sprintf("p%02d", i), ComplementID: fmt.Sprintf("p%02d", j), Reason: "they go together",
			})
		}
	}
	pb.TalkingPoints = fixturePlaybook().TalkingPoints

	in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now}
	in.Account.Stage = StageAdvocate
	in.Account.RenewalDate = day(2026, 8, 1)
	in.Peers = PeerStats{Segment: in.Account.Segment(), Accounts: 400, Holders: map[string]int{}, Together: map[string]map[string]int{}}
	for i := range 40 {
		a := fmt.Sprintf("p%02d", i)
		in.Peers.Holders[a] = 100 + i
		in.Peers.Together[a] = map[string]int{}
		for j := range 40 {
			if i != j {
				in.Peers.Together[a][fmt.Sprintf("p%02d", j)] = (i*7 + j*13) % 60
			}
		}
	}
	for _, i := range []int{0, 4, 7, 10, 24, 26, 29, 31, 35, 38} {
		in.Holdings = append(in.Holdings, Holding{AccountID: "acc-1", ProductID: fmt.Sprintf("p%02d", i), Quantity: 50, SeatsUsed: 40 + i%11})
	}
	for i, c := range categories[:6] {
		in.Pains = append(in.Pains, pain(int64(i+1), c, "It hurts every week", i%3+1))
	}
	for i := range 12 {
		in.PastOffers = append(in.PastOffers, PastOffer{
			ProductID: fmt.Sprintf("p%02d", i*3), Response: Responses[i%len(Responses)], At: daysAgoAt(5 + i*9),
		})
	}
	return in
}

func BenchmarkRecommend(b *testing.B) {
	in := benchInput()
	if n := len(Recommend(in).Suggestions); n < 10 {
		b.Fatalf("the benchmark account gets only %d suggestions; it should exercise the rules", n)
	}
	b.ReportAllocs()
	for b.Loop() {
		Recommend(in)
	}
}

func TestBenchInputIsAValidBriefing(t *testing.T) {
	in := benchInput()
	b := briefing(t, in)
	if len(b.Suggestions) < 10 {
		t.Errorf("only %d suggestions", len(b.Suggestions))
	}
}
