package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// now is the moment every test briefing is computed at: mid-afternoon, so
// that day arithmetic against midnight dates is exercised.
var now = time.Date(2026, 6, 15, 14, 30, 0, 0, time.UTC)

// daysAgoAt is the instant n days before now.
func daysAgoAt(n int) time.Time { return now.Add(-time.Duration(n) * 24 * time.Hour) }

// day is a calendar date at midnight UTC, the way the store reads dates.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fixturePlaybook is a small catalogue with every shape the rules care
// about: a three-tier seated ladder, a two-tier add-on ladder, a seated
// complement, services, a lone product without a family, and templates for
// both kinds, with and without pains, in English and German.
func fixturePlaybook() Playbook {
	pb := fixtureDeclarations()
	// Every declared pain gets its sentence.
	for i, p := range pb.Products {
		for _, c := range p.Pains {
			if pb.Products[i].Solves == nil {
				pb.Products[i].Solves = map[string]string{}
			}
			pb.Products[i].Solves[c] = p.Name + " handles " + c
		}
	}
	return pb
}

// fixtureDeclarations is fixturePlaybook before the sentences that say
// how each product solves its pains.
func fixtureDeclarations() Playbook {
	yes, no := true, false
	return Playbook{
		Currency: "$",
		PainCategories: []PainCategory{
			{ID: "reporting", Label: "Reporting"},
			{ID: "security", Label: "Security"},
			{ID: "integration", Label: "Integration"},
			{ID: "onboarding", Label: "Onboarding"},
			{ID: "support", Label: "Support"},
			{ID: "scale", Label: "Scale"},
		},
		Products: []Product{
			{ID: "pipe-starter", Name: "Pipeline Starter", Family: "pipeline", Tier: 1, Price: 25, BillingUnit: "seat/month", Seated: true},
			{ID: "pipe-pro", Name: "Pipeline Pro", Family: "pipeline", Tier: 2, Price: 49, BillingUnit: "seat/month", Seated: true,
				Pains: []string{"reporting"}, Offsets: "built-in reports replace a day of spreadsheet work each month"},
			{ID: "pipe-ent", Name: "Pipeline Enterprise", Family: "pipeline", Tier: 3, Price: 89, BillingUnit: "seat/month", Seated: true,
				Pains: []string{"reporting", "security", "scale"}, Offsets: "single sign-on and audit logs retire a separate security tool"},
			{ID: "forecast", Name: "Forecast", Family: "forecast", Tier: 1, Price: 15, BillingUnit: "seat/month", Seated: true,
				Pains: []string{"reporting"}, Offsets: "the forecast call takes minutes instead of an afternoon"},
			{ID: "insights", Name: "Insights", Family: "insights", Tier: 1, Price: 300, BillingUnit: "month", Pains: []string{"reporting"}},
			{ID: "insights-plus", Name: "Insights Plus", Family: "insights", Tier: 2, Price: 600, BillingUnit: "month", Pains: []string{"reporting", "scale"}},
			{ID: "connect", Name: "Connect API", Family: "connect", Tier: 1, Price: 200, BillingUnit: "month", Pains: []string{"integration"},
				Offsets: "no more copying orders between systems"},
			{ID: "training", Name: "Onboarding Training", Family: "training", Tier: 1, Price: 1250, BillingUnit: "workshop", Pains: []string{"onboarding"}},
			{ID: "support", Name: "Premium Support", Family: "support", Tier: 1, Price: 499.5, BillingUnit: "month", Pains: []string{"support"}},
			{ID: "backup", Name: "Backup Vault", Price: 99, BillingUnit: "month"},
		},
		Complements: []Complement{
			{ProductID: "pipe-pro", ComplementID: "forecast", Reason: "forecasts build on the pipeline they already keep"},
			{ProductID: "pipe-ent", ComplementID: "forecast", Reason: "forecasts build on the pipeline they already keep"},
			{ProductID: "pipe-starter", ComplementID: "training", Reason: "new teams adopt faster with a workshop"},
			{ProductID: "insights", ComplementID: "connect", Reason: "dashboards need data from every system"},
		},
		TalkingPoints: []TalkingPointTemplate{
			// An unknown placeholder: never fillable, so never said.
			{Kind: PointBenefit, Text: "{product} will {magic} for {account}."},
			{Kind: PointBenefit, Text: "{product} works hand in hand with {held}."},
			{Kind: PointBenefit, For: KindUpsell, WithPain: &no, Text: "{product} gives {account} room to grow beyond {held}."},
			{Kind: PointBenefit, WithPain: &yes, Text: "You told us “{pain}”: {product} takes care of exactly that."},
			{Kind: PointBenefit, Text: "{product} is a good fit for {account}."},
			{Kind: PointBenefit, Locale: "de", WithPain: &yes, Text: "Sie sagten „{pain}“: {product} löst genau das."},
			{Kind: PointBenefit, Locale: "de", Text: "{product} passt gut zu {account}."},
			{Kind: PointValue, For: KindUpsell, Text: "For {price_delta} more, {offsets}."},
			{Kind: PointValue, For: KindCrossSell, Text: "{product} costs {price_delta}; {offsets}."},
			{Kind: PointValue, Text: "{product} costs {price}."},
			{Kind: PointProof, Text: "{peer_count} of {peer_total} {segment} with {held} also use {product}."},
			{Kind: PointQuestion, WithPain: &yes, Text: "How much time does {pain_category} cost your team each week?"},
			{Kind: PointQuestion, Text: "Where would {product} help {account} most this quarter?"},
			{Kind: PointExit, Text: "If the timing is wrong, we can look at it again before your renewal on {renewal}."},
			{Kind: PointExit, Text: "No pressure: happy to leave {product} for another day."},
		},
	}
}

// fixtureCatalog is the catalogue of fixturePlaybook.
func fixtureCatalog() *Catalog { return NewCatalog(fixturePlaybook()) }

// baseAccount is a mid-size retail account that may be offered anything.
func baseAccount() Account {
	return Account{
		ID: "acc-1", Name: "Acme Retail", Industry: "retail", SizeBand: "200-999",
		Locale: "en", Stage: StageValueRealized,
	}
}

// holding is a holding of the base account.
func holding(productID string, quantity, used int) Holding {
	return Holding{AccountID: "acc-1", ProductID: productID, Quantity: quantity, SeatsUsed: used}
}

// pain is an open pain of the base account.
func pain(id int64, category, title string, severity int) PainPoint {
	return PainPoint{ID: id, AccountID: "acc-1", Category: category, Title: title, Severity: severity, Status: PainOpen, NotedAt: daysAgoAt(int(id))}
}

// input is a briefing input for the base account on the fixture catalogue.
func input(holdings ...Holding) BriefingInput {
	return BriefingInput{Account: baseAccount(), Holdings: holdings, Catalog: fixtureCatalog(), Now: now}
}

// briefing runs Recommend and checks the rules that hold for every
// briefing, whatever the input.
func briefing(t *testing.T, in BriefingInput) Briefing {
	t.Helper()
	b := Recommend(in)
	checkInvariants(t, in, b)
	return b
}

// checkInvariants asserts what must be true of any briefing: guidance for
// the stage; scores that are the sum of named reasons; solved pains that are
// open; talking points filled, in pitch order, with proof only backed by
// peers; nothing held offered except more seats; nothing cooling off
// offered; a ranking that respects the tie-break order.
func checkInvariants(t *testing.T, in BriefingInput, b Briefing) {
	t.Helper()
	want := in.Account.Stage.GuidanceIn(in.Account.Locale)
	_, _, churned := in.heard(CueChurnRisk)
	_, heardPrice := in.heardCostPain()
	if in.Account.Stage.AllowsOffers() && churned {
		want = StageAtRisk.GuidanceIn(in.Account.Locale)
		if len(b.Suggestions) > 0 {
			t.Errorf("a churn risk heard on the latest call, but %d offers", len(b.Suggestions))
		}
	} else if in.Account.Stage.AllowsOffers() && (heardPrice || slices.ContainsFunc(in.Pains, func(p PainPoint) bool { return p.Status == PainOpen && in.Catalog.ruleCategory(p) == PainCost })) {
		want = in.Account.Stage.CostGuidanceIn(in.Account.Locale)
	} else if in.Account.Stage == StageAdvocate && slices.ContainsFunc(in.Pains, func(p PainPoint) bool {
		return p.Status == PainOpen && in.Catalog.ruleCategory(p) != PainCost && in.Catalog.aboutUs(p.Title)
	}) {
		want = AdvocateComplaintGuidance(in.Account.Locale)
	} else if in.Account.Stage == StageAdvocate && b.Guidance == AdvocateIdleGuidance(in.Account.Locale) {
		// Seats unused: no upgrade or seats may be offered, and the
		// advice says what is held back.
		want = b.Guidance
		if slices.ContainsFunc(b.Suggestions, func(s Suggestion) bool { return s.Kind == KindUpsell || s.Kind == KindSeats }) || len(b.Advice) == 0 {
			t.Errorf("the idle-seats guidance with %d advice lines beside an upgrade or seats: %+v", len(b.Advice), b.Suggestions)
		}
	}
	if b.Guidance != want {
		t.Errorf("guidance = %q, want %q", b.Guidance, want)
	}
	families := map[string]bool{}
	for _, s := range b.Suggestions {
		if families[s.Product.Family] {
			t.Errorf("two offers of family %s", s.Product.Family)
		}
		families[s.Product.Family] = true
		for _, o := range b.InProgress {
			if o.Product.ID == s.Product.ID {
				t.Errorf("%s is in progress but offered", s.Product.ID)
			}
		}
	}
	open := map[int64]bool{heardPainID: heardPrice}
	for _, p := range in.Pains {
		if p.Status == PainOpen {
			open[p.ID] = true
		}
	}
	held := map[string]bool{}
	for _, h := range in.Holdings {
		held[h.ProductID] = true
	}
	cooling := map[string]bool{}
	for _, c := range b.CoolingOff {
		cooling[c.Product.ID] = true
	}
	for i, s := range b.Suggestions {
		sum := 0
		for _, r := range s.Reasons {
			sum += r.Points
			if r.Text == "" {
				t.Errorf("%s: a reason without text gives %d points", s.Product.ID, r.Points)
			}
		}
		if len(s.Reasons) == 0 || sum != s.Score {
			t.Errorf("%s: score %d but reasons %v add up to %d", s.Product.ID, s.Score, s.Reasons, sum)
		}
		if s.Score <= 0 && len(s.Solves) == 0 {
			t.Errorf("%s: offered at %d points, answering no pain: %v", s.Product.ID, s.Score, s.Reasons)
		}
		if s.Kind != KindUpsell && s.Kind != KindSeats && s.Kind != KindCrossSell {
			t.Errorf("%s: kind %q", s.Product.ID, s.Kind)
		}
		if s.Quantity < 1 {
			t.Errorf("%s: quantity %d", s.Product.ID, s.Quantity)
		}
		for _, id := range s.Solves {
			if !open[id] {
				t.Errorf("%s solves pain %d, which is not an open pain of the account", s.Product.ID, id)
			}
		}
		if held[s.Product.ID] != (s.Kind == KindSeats) {
			t.Errorf("%s is held and offered as something other than more seats: %+v", s.Product.ID, s)
		}
		if cooling[s.Product.ID] {
			t.Errorf("%s is cooling off but offered", s.Product.ID)
		}
		last := -1
		for _, tp := range s.TalkingPoints {
			k := slices.Index(TalkingPointKinds, tp.Kind)
			if k <= last {
				t.Errorf("%s: talking point %q out of order or repeated", s.Product.ID, tp.Kind)
			}
			last = k
			if strings.ContainsAny(tp.Text, "{}") {
				t.Errorf("%s: unfilled talking point %q", s.Product.ID, tp.Text)
			}
			if tp.Kind == PointProof && (len(in.Peers.Together) == 0 || !strings.Contains(tp.Text, " of ")) {
				t.Errorf("%s: proof %q without peer counts", s.Product.ID, tp.Text)
			}
		}
		if i > 0 {
			p := b.Suggestions[i-1]
			if p.Score < s.Score || (p.Score == s.Score && p.Kind == KindCrossSell && s.Kind == KindUpsell) ||
				(p.Score == s.Score && p.Kind == s.Kind && p.Product.Name > s.Product.Name && !(fromBook(p) && fromBook(s))) {
				t.Errorf("ranking: %s (%s, %d) before %s (%s, %d)", p.Product.ID, p.Kind, p.Score, s.Product.ID, s.Kind, s.Score)
			}
		}
	}
}

// ids lists the suggested product ids in rank order.
func ids(b Briefing) []string {
	out := make([]string, 0, len(b.Suggestions))
	for _, s := range b.Suggestions {
		out = append(out, s.Product.ID)
	}
	return out
}

// find returns the suggestion of a product, or nil.
func find(b Briefing, productID string) *Suggestion {
	for i := range b.Suggestions {
		if b.Suggestions[i].Product.ID == productID {
			return &b.Suggestions[i]
		}
	}
	return nil
}

// reasonTexts lists a suggestion's reason texts.
func reasonTexts(s *Suggestion) []string {
	out := make([]string, len(s.Reasons))
	for i, r := range s.Reasons {
		out[i] = r.Text
	}
	return out
}

// point returns the text of a suggestion's talking point of a kind, or "".
func point(s *Suggestion, kind TalkingPointKind) string {
	for _, tp := range s.TalkingPoints {
		if tp.Kind == kind {
			return tp.Text
		}
	}
	return ""
}

// reasonPoints returns the points of the reason with exactly this text,
// failing the test when there is none.
func reasonPoints(t *testing.T, s *Suggestion, text string) int {
	t.Helper()
	for _, r := range s.Reasons {
		if r.Text == text {
			return r.Points
		}
	}
	t.Fatalf("%s has no reason %q; it has %q", s.Product.ID, text, reasonTexts(s))
	return 0
}

// fromBook reports whether the book's history speaks for a suggestion: its
// unrounded evidence, not its name, breaks a tie with another such.
func fromBook(s Suggestion) bool {
	for _, r := range s.Reasons {
		for _, mark := range []string{"look-alike customers", "started buying", " also hold ", "less often than others", "in the book's history", " customers hold "} {
			if strings.Contains(r.Text, mark) {
				return true
			}
		}
	}
	return false
}
