package model

import (
	"slices"
	"strings"
	"testing"
)

// TestAnOpenPainNothingAnswersIsSaid: an open pain no offer, holding or
// deal in progress answers gets a line saying so and what to ask, in the
// account's language; one that something answers or may cover gets none.
func TestAnOpenPainNothingAnswersIsSaid(t *testing.T) {
	in := input(holding("backup", 1, 0))
	in.Pains = []PainPoint{pain(1, "legal", "Our lawyers redline every contract by hand", 2)}
	for _, tc := range []struct{ locale, want string }{
		{"en", "They say “Our lawyers redline every contract by hand”, and nothing we can offer now answers it: ask how it shows up for them today"},
		{"de", "Der Kunde sagt: „Our lawyers redline every contract by hand“ – dafür gibt es derzeit kein passendes Angebot."},
		{"ja", "「Our lawyers redline every contract by hand」というお声をいただいていますが、現時点でこの課題に応えられるご提案はありません。"},
		{"ru", "Со слов клиента: «Our lawyers redline every contract by hand». Сейчас нам нечего предложить"},
		{"et", "Klient ütleb: „Our lawyers redline every contract by hand“. Praegu pole meil selle mure lahendamiseks midagi pakkuda"},
	} {
		in.Account.Locale = tc.locale
		if advice := strings.Join(briefing(t, in).Advice, " "); !strings.Contains(advice, tc.want) {
			t.Errorf("%s: advice %q, want %q", tc.locale, advice, tc.want)
		}
	}
	in.Account.Locale = "en"

	const unanswered = "nothing we can offer now answers it"
	for _, tc := range []struct {
		name string
		edit func(*BriefingInput)
	}{
		{"an offer claims it", func(in *BriefingInput) {
			in.Pains = []PainPoint{pain(1, "integration", "Six tools never exchange anything", 2)}
		}},
		{"a deal for it is in progress", func(in *BriefingInput) {
			in.Pains = []PainPoint{pain(1, "onboarding", "New hires are lost for weeks", 2)}
			in.PastOffers = []PastOffer{{"training", ResponseAccepted, daysAgoAt(10)}}
		}},
		{"it is a cost pain, which the restraints speak of", func(in *BriefingInput) {
			in.Pains = []PainPoint{pain(1, PainCost, "We pay for seats nobody uses", 2)}
		}},
	} {
		in := input(holding("backup", 1, 0))
		tc.edit(&in)
		if advice := strings.Join(briefing(t, in).Advice, " "); strings.Contains(advice, unanswered) {
			t.Errorf("%s: advice %q says nothing answers it", tc.name, advice)
		}
	}

	// A product they hold made for the pain's category alone, whose
	// sentence shares no word with it, is no answer the rep hears of: the
	// pain is still said, not left out of the briefing.
	in = input(holding("backup", 1, 0), holding("connect", 1, 0))
	in.Pains = []PainPoint{pain(1, "integration", "Six tools never exchange anything", 2)}
	if advice := strings.Join(briefing(t, in).Advice, " "); !strings.Contains(advice, unanswered) {
		t.Errorf("a held product made for its category alone: advice %q, want the pain said", advice)
	}

	// At most two such lines, the most severe pains first.
	in.Pains = []PainPoint{
		pain(1, "legal", "Contracts wait on the lawyers", 1),
		pain(2, "legal", "Nobody knows which clause is current", 3),
		pain(3, "legal", "Signatures get lost in the post", 2),
	}
	advice := strings.Join(briefing(t, in).Advice, " ")
	if strings.Count(advice, unanswered) != 2 || !strings.Contains(advice, "which clause is current") || !strings.Contains(advice, "lost in the post") {
		t.Errorf("three unanswered pains: advice %q, want the two most severe", advice)
	}
}

// TestAdoptionNamesWhatMayFitAPainByCategory: adoption offers only what
// answers a pain in the customer's words; a product made for the pain's
// category alone is not offered but named as what may fit, to ask about
// first.
func TestAdoptionNamesWhatMayFitAPainByCategory(t *testing.T) {
	in := input(holding("backup", 1, 0))
	in.Account.Stage = StageAdoption
	in.Pains = []PainPoint{pain(1, "integration", "Six tools never exchange anything", 2)}
	b := briefing(t, in)
	if s := find(b, "connect"); s != nil {
		t.Errorf("adoption offers Connect API for a likeness by category: %v", s.Reasons)
	}
	want := "They say “Six tools never exchange anything”; Connect API is made for this kind of problem, though not for exactly this: ask how it shows up for them before offering it."
	if advice := strings.Join(b.Advice, " "); !strings.Contains(advice, want) {
		t.Errorf("advice %q, want %q", advice, want)
	}
	// Costing a tenth of their ARR ($2,400 of $24,000) is no reason to
	// keep quiet about it; costing more than all of it ($2,400 of $2,000)
	// is.
	in.Account.ARR = 24_000
	if advice := strings.Join(briefing(t, in).Advice, " "); !strings.Contains(advice, want) {
		t.Errorf("at a tenth of their ARR: advice %q, want %q", advice, want)
	}
	in.Account.ARR = 2_000
	if advice := strings.Join(briefing(t, in).Advice, " "); strings.Contains(advice, "Connect API") {
		t.Errorf("at more than their ARR: advice %q names Connect API", advice)
	}
}

// TestAPainLeftByItsClaimantGoesToTheOfferLeft: when the only products
// whose sentences speak of a pain are dropped by a later rule (here a
// price beyond the account's means), the pain goes, by its category, to
// an offer of its category that is left, instead of to no one.
func TestAPainLeftByItsClaimantGoesToTheOfferLeft(t *testing.T) {
	pb := fixturePlaybook()
	pb.PainCategories = append(pb.PainCategories, PainCategory{ID: "storage", Label: "Storage"})
	pb.Products = append(pb.Products,
		Product{ID: "vault-basic", Name: "Vault Basic", Family: "vault", Tier: 1, Price: 50, BillingUnit: "month",
			Pains: []string{"storage"}, Solves: map[string]string{"storage": "keeps every file safe"}},
		Product{ID: "vault-max", Name: "Vault Max", Family: "vault", Tier: 2, Price: 500, BillingUnit: "month",
			Pains: []string{"storage"}, Solves: map[string]string{"storage": "unlimited archive space"}},
	)
	pb.Complements = append(pb.Complements, Complement{ProductID: "backup", ComplementID: "vault-basic", Reason: "backups need somewhere to go"})
	in := input(holding("backup", 1, 0))
	in.Catalog = NewCatalog(pb)
	in.Account.ARR = 5_000 // Vault Max costs $6,000 a year, Vault Basic $600
	in.Pains = []PainPoint{pain(1, "storage", "The archive fills up every single month", 3)}
	b := briefing(t, in)
	if find(b, "vault-max") != nil {
		t.Fatalf("Vault Max offered at more than their ARR: %v", ids(b))
	}
	s := find(b, "vault-basic")
	if s == nil {
		t.Fatalf("Vault Basic not offered: %v", ids(b))
	}
	if len(s.Solves) != 1 || s.Solves[0] != 1 {
		t.Errorf("Vault Basic solves %v, want the storage pain (by its category)", s.Solves)
	}
	if advice := strings.Join(b.Advice, " "); strings.Contains(advice, "nothing we can offer") {
		t.Errorf("advice %q says nothing answers a pain Vault Basic is offered for", advice)
	}
}

// TestAnOfferCostingMoreThanTheirARRIsNotListed: whatever speaks for it,
// an offer costing more a year than the account's whole ARR is not on the
// list; when it answers a pain in their words, the rep hears what it would
// answer and what it costs.
func TestAnOfferCostingMoreThanTheirARRIsNotListed(t *testing.T) {
	// Forecast for the 30 seats in use: 30 × $15 × 12 = $5,400 a year, against $3,000.
	in := input(holding("pipe-pro", 40, 30))
	in.Account.ARR = 3_000
	in.Pains = []PainPoint{pain(1, "reporting", "The forecast handles nothing we need", 3)}
	b := briefing(t, in)
	if s := find(b, "forecast"); s != nil {
		t.Errorf("Forecast listed at more than their ARR: score %d, %v", s.Score, reasonTexts(s))
	}
	want := "Forecast would answer “The forecast handles nothing we need”, but at $5,400 a year it costs more than their whole ARR"
	if advice := strings.Join(b.Advice, " "); !strings.Contains(advice, want) {
		t.Errorf("advice %q, want %q", advice, want)
	}
}

// TestADeclinedProductCoolsItsFamily: a customer who declined a product
// of a family they do not hold is not offered its other tiers either
// until the cool-off ends; one holding the family may still hear of them.
func TestADeclinedProductCoolsItsFamily(t *testing.T) {
	in := input(holding("backup", 1, 0))
	in.Pains = []PainPoint{pain(1, "reporting", "Reports take two days", 3)}
	if b := briefing(t, in); find(b, "insights-plus") == nil && find(b, "insights") == nil {
		t.Fatalf("no Insights tier offered to begin with: %v", ids(b))
	}
	for _, answer := range []Response{ResponseDeclined, ResponseNotNow} {
		in.PastOffers = []PastOffer{{"insights", answer, daysAgoAt(5)}}
		if s := find(briefing(t, in), "insights-plus"); s != nil {
			t.Errorf("Insights %s 5 days ago, Insights Plus offered: %v", answer, reasonTexts(s))
		}
		in.PastOffers = []PastOffer{{"insights", answer, daysAgoAt(400)}}
		b := briefing(t, in)
		if find(b, "insights-plus") == nil && find(b, "insights") == nil {
			t.Errorf("Insights %s 400 days ago: no Insights tier offered: %v", answer, ids(b))
		}
	}
}

// TestAnUpgradeLeftOutForItsPriceIsSaid: a tier upgrade whose price against
// the account's ARR is what keeps it off the list is named, with what it
// would add and the share of their ARR, unless an upgrade of the family is
// offered (more seats of it may be).
func TestAnUpgradeLeftOutForItsPriceIsSaid(t *testing.T) {
	// Pipeline Enterprise for their 20 seats: ($89 − $49) × 20 × 12 = $9,600 a year.
	in := input(holding("pipe-pro", 20, 15))
	in.Account.ARR = 15_000
	b := briefing(t, in)
	if find(b, "pipe-ent") != nil {
		t.Fatalf("Pipeline Enterprise offered at 64%% of their ARR: %v", ids(b))
	}
	for _, tc := range []struct{ locale, want string }{
		{"en", "No upgrade to Pipeline Enterprise for now: it would add $9,600 a year, about 64% of their ARR."},
		{"de", "Vorerst kein Upgrade auf Pipeline Enterprise: Das wären 9.600\u00a0$ im Jahr mehr – etwa 64 % seines ARR."},
	} {
		in.Account.Locale = tc.locale
		if advice := strings.Join(briefing(t, in).Advice, " "); !strings.Contains(advice, tc.want) {
			t.Errorf("%s: advice %q, want %q", tc.locale, advice, tc.want)
		}
	}
	in.Account.Locale = "en"
	// More seats of what they hold, offered where seats run short, do not
	// silence it: the seats are no upgrade.
	// Enterprise with the 24 seats they need: (24 × $89 − 20 × $49) × 12 =
	// $13,872 a year, more than their ARR.
	full := in
	full.Account.ARR = 12_000
	full.Holdings = []Holding{holding("pipe-pro", 20, 20)}
	fb := briefing(t, full)
	if find(fb, "pipe-pro") == nil || find(fb, "pipe-ent") != nil {
		t.Fatalf("20 of 20 seats used: offers %v, want more seats and no Enterprise", ids(fb))
	}
	if advice := strings.Join(fb.Advice, " "); !strings.Contains(advice, "No upgrade to Pipeline Enterprise for now") {
		t.Errorf("seats offered: advice %q does not say why there is no upgrade", advice)
	}
	// Within their means it is offered, and nothing is said.
	in.Account.ARR = 200_000
	b = briefing(t, in)
	if find(b, "pipe-ent") == nil || strings.Contains(strings.Join(b.Advice, " "), "No upgrade") {
		t.Errorf("ARR $200,000: offers %v, advice %q; want the upgrade and no line", ids(b), b.Advice)
	}
}

// TestOffersAtListPricesSaySo: an account in a currency the catalogue has
// no prices in hears its offers at list prices in the catalogue's
// currency, and the rep is told once, with both currencies.
func TestOffersAtListPricesSaySo(t *testing.T) {
	in := input(holding("pipe-pro", 20, 15))
	in.Account.Currency, in.Account.ARR = "CHF", 15_000
	b := briefing(t, in)
	want := "No prices in CHF in the catalogue: offers are quoted at list prices in USD and not weighed against their ARR; confirm the CHF price before quoting it."
	if advice := strings.Join(b.Advice, " "); strings.Count(advice, want) != 1 {
		t.Errorf("advice %q, want once %q", advice, want)
	}
	if len(b.Suggestions) == 0 {
		t.Fatal("no offers")
	}
	in.Account.Currency = "USD"
	if advice := strings.Join(briefing(t, in).Advice, " "); strings.Contains(advice, "list prices") {
		t.Errorf("USD account: advice %q speaks of list prices", advice)
	}
	// With a CHF price for the upgrade, only the offers without one are
	// named, and the upgrade is not among them.
	in.Account.Currency = "CHF"
	pb := fixturePlaybook()
	for i, p := range pb.Products {
		if p.ID == "pipe-ent" {
			pb.Products[i].Prices = map[string]float64{"CHF": 80}
		}
	}
	in.Catalog = NewCatalog(pb)
	b = briefing(t, in)
	advice := strings.Join(b.Advice, " ")
	if strings.Contains(advice, "No prices in CHF") || !strings.Contains(advice, "No CHF price in the catalogue for ") || strings.Contains(advice, "Pipeline Enterprise") {
		t.Errorf("a partial CHF price book: advice %q", advice)
	}
	if find(b, "pipe-ent") == nil {
		t.Errorf("the upgrade priced in CHF is not offered: %v", ids(b))
	}
}

// TestAPainReadAsCostSaysSo: a price objection filed under another
// category is shown with the category the rules read it by.
func TestAPainReadAsCostSaysSo(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	in := input(holding("pipe-pro", 20, 15))
	in.Catalog = NewCatalog(pb)
	in.Pains = []PainPoint{pain(1, "support", "Support is too expensive for us now", 2), pain(2, "reporting", "Reports take two days", 2)}
	b := briefing(t, in)
	if got := b.CategoryLabel(in.Pains[0]); got != "support, read as cost" {
		t.Errorf("label %q, want %q", got, "support, read as cost")
	}
	if got := b.CategoryLabel(in.Pains[1]); got != "reporting" {
		t.Errorf("label %q, want reporting", got)
	}
	if find(b, "pipe-ent") != nil {
		t.Errorf("upgrade offered while they say support is too expensive: %v", ids(b))
	}
}

// TestACommaInAPainDoesNotHideItsPrice: a pain is one complaint, so a
// comma in it does not part the price words from what they speak of.
func TestACommaInAPainDoesNotHideItsPrice(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	en := &pb.Cues.Languages[0]
	en.Phrases[CuePrice] = append(en.Phrases[CuePrice], "pay* .. seats .. nobody")
	en.ClauseBreaks = append(en.ClauseBreaks, "which")
	in := input(holding("pipe-pro", 20, 15))
	in.Catalog = NewCatalog(pb)
	in.Pains = []PainPoint{pain(1, "support", "We pay for seats, nobody opens them", 2)}
	if got := briefing(t, in).CategoryLabel(in.Pains[0]); got != "support, read as cost" {
		t.Errorf("label %q, want it read as cost", got)
	}
}

// TestAHeldAnswerGivesWayToADealInProgress: a pain a held product answers
// is not sent back to that product while a deal for another answer to it
// is under way.
func TestAHeldAnswerGivesWayToADealInProgress(t *testing.T) {
	in := input(holding("insights", 1, 0))
	in.Pains = []PainPoint{pain(1, "reporting", "Insights handles none of our board reporting", 2)}
	const line = "which they already have"
	if advice := strings.Join(briefing(t, in).Advice, " "); !strings.Contains(advice, line) {
		t.Fatalf("advice %q: no held answer to begin with", advice)
	}
	in.PastOffers = []PastOffer{{"forecast", ResponseInterested, daysAgoAt(10)}}
	if advice := strings.Join(briefing(t, in).Advice, " "); strings.Contains(advice, line) {
		t.Errorf("Forecast in progress, advice %q still sends them back to Insights", advice)
	}
}

// TestWordsThatNameWhatTheyPayReadAsCost: a pain whose words name what
// the customer pays (a cost word of the cue rules) is read as cost, unless
// its words speak of the category it was filed under.
func TestWordsThatNameWhatTheyPayReadAsCost(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	en := &pb.Cues.Languages[0]
	en.CostWords = []string{"fee", "fees", "*pricing"}
	en.Pains["reporting"] = []string{"report*"}
	en.Problems = append(en.Problems, "slow")
	ja := &pb.Cues.Languages[1]
	ja.CostWords = []string{"保守費"}
	for _, tc := range []struct {
		category, title, want string
	}{
		{"support", "The onboarding fee was never in the quote", "support, read as cost"},
		{"support", "Per-seat pricing punishes part-timers", "support, read as cost"},
		{"support", "保守費が毎年上がっていることに不満", "support, read as cost"},
		{"reporting", "The fee report is slow", "reporting"},
		{"reporting", "The fee report comes a week late", "reporting"}, // a topic, no problem word
		{"support", "Tickets wait four days for an answer", "support"},
		{"support", "Feedback from agents is ignored", "support"}, // "feedback" is no fee
	} {
		in := input(holding("pipe-pro", 20, 15))
		in.Catalog = NewCatalog(pb)
		in.Pains = []PainPoint{pain(1, tc.category, tc.title, 2)}
		if got := briefing(t, in).CategoryLabel(in.Pains[0]); got != tc.want {
			t.Errorf("%q filed %s: %q, want %q", tc.title, tc.category, got, tc.want)
		}
	}
}

// TestAPainAboutUsSellsNothing: a pain that speaks to us, the vendor, is
// answered by no offer and no held product; the rep is told to take it to
// our support lead. One about what they pay us is still a cost pain.
func TestAPainAboutUsSellsNothing(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	pb.Cues.Languages[0].AboutUs = []string{"your", "Ihre"}
	in := input(holding("backup", 1, 0))
	in.Catalog = NewCatalog(pb)
	in.Pains = []PainPoint{pain(1, "support", "Your support takes a week to answer a ticket", 3)}
	b := briefing(t, in)
	for _, s := range b.Suggestions {
		if len(s.Solves) > 0 {
			t.Errorf("%s claims a pain about our own support", s.Product.ID)
		}
	}
	want := "They say “Your support takes a week to answer a ticket”: that's a complaint about us. Take it to our support lead"
	if advice := strings.Join(b.Advice, " "); !strings.Contains(advice, want) {
		t.Errorf("advice %q, want %q", advice, want)
	}
	// German "Ihre" is "your" only with its capital and not first.
	for _, tc := range []struct {
		title string
		about bool
	}{{"Leider ist Ihre Hotline nur auf Englisch", true}, {"Ihre Vertriebler sehen keine Rabatte", false}, {"Die Reps sehen ihre Quoten nicht", false}} {
		if got := in.Catalog.aboutUs(tc.title); got != tc.about {
			t.Errorf("aboutUs(%q) = %v, want %v", tc.title, got, tc.about)
		}
	}
	// An advocate with a complaint about us open is not asked for a
	// reference.
	adv := in
	adv.Account.Stage = StageAdvocate
	if g := briefing(t, adv).Guidance; !strings.Contains(g, "complaint about us open") || strings.Contains(g, "reference from") {
		t.Errorf("advocate guidance %q, want the reference request left until the complaint is settled", g)
	}
	// What they pay us is cost, however it is said.
	in.Pains = []PainPoint{pain(1, PainCost, "Your prices went up again", 3)}
	if b := briefing(t, in); len(b.Suggestions) != 0 || strings.Contains(strings.Join(b.Advice, " "), "complaint about us") {
		t.Errorf("a high-severity cost pain about our prices: offers %v, advice %q; want none, and the cost line", ids(b), b.Advice)
	}
}

func TestWhereIsNotWhom(t *testing.T) {
	pb := fixturePlaybook()
	pb.Cues = testCueRules()
	pb.Cues.Languages[0].AboutUs = []string{"your", "Ihre", "Ihre Hotline"}
	cat := NewCatalog(pb)
	for _, tc := range []struct {
		title string
		about bool
	}{
		{"Your support takes a week", true},
		{"We type every order twice: in the ERP and in your system", false},
		{"Ihre Hotline ist nie erreichbar", true},
		{"Ihre Vertriebler sehen keine Rabatte", false},
	} {
		if got := cat.aboutUs(tc.title); got != tc.about {
			t.Errorf("aboutUs(%q) = %v, want %v", tc.title, got, tc.about)
		}
	}
}

// TestAdoptionSaysWhichUpgradeAnswersAPainLater: in adoption a tier
// upgrade answering a pain in its words is not offered, and the rep hears
// it answers the pain once they use what they have, not that nothing
// does.
func TestAdoptionSaysWhichUpgradeAnswersAPainLater(t *testing.T) {
	pb := fixturePlaybook()
	for i := range pb.Products {
		if pb.Products[i].ID == "pipe-pro" {
			pb.Products[i].Solves = map[string]string{"reporting": "built-in reports replace a day of spreadsheet work each month"}
		}
	}
	in := input(holding("pipe-starter", 10, 10))
	in.Catalog = NewCatalog(pb)
	in.Pains = []PainPoint{pain(1, "reporting", "The board report takes a day of spreadsheet work every month", 2)}
	if s := find(briefing(t, in), "pipe-pro"); s == nil || !slices.Contains(s.Solves, 1) {
		t.Fatalf("past adoption Pipeline Pro does not answer the pain: %+v", s)
	}
	in.Account.Stage = StageAdoption
	b := briefing(t, in)
	if find(b, "pipe-pro") != nil {
		t.Fatalf("adoption offers the upgrade: %v", ids(b))
	}
	want := "They say “The board report takes a day of spreadsheet work every month”; Pipeline Pro answers it, but upgrades wait until they use what they have: help them adopt it first, then offer Pipeline Pro."
	if !slices.Contains(b.Advice, want) {
		t.Errorf("advice %q, want %q", b.Advice, want)
	}
	for _, locale := range []string{"de", "ja", "ru", "et"} {
		if got := AdviceAfterAdoption(locale, "…", "Pipeline Pro"); got == AdviceAfterAdoption("en", "…", "Pipeline Pro") || !strings.Contains(got, "Pipeline Pro") {
			t.Errorf("%s: %q", locale, got)
		}
	}
}
