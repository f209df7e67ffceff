package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/model"
)

// shippedCatalog is the catalogue of the playbook talktrack ships.
func shippedCatalog(t *testing.T) *model.Catalog {
	t.Helper()
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	return model.NewCatalog(pb)
}

// TestMoreSeatsAreNeverPitchedAsANewProduct: with the shipped playbook,
// more seats of a held product open with a line about its seats in every
// language, whether seats run short (every seat taken, more people than
// seats) or people said to join need more than are free; never with the
// line that presents a product as new to them.
func TestMoreSeatsAreNeverPitchedAsANewProduct(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	newProduct := []string{"as an addition to what you already use", "als Ergänzung zu dem", "現在のご利用内容に加えて", "дополнит то, чем вы уже пользуетесь", "täiendusena"}
	for _, locale := range []string{"en", "de", "ja", "ru", "et"} {
		for _, tc := range []struct {
			name        string
			seats, used int
			joining     int
		}{{"every seat taken", 40, 40, 0}, {"more people than seats", 40, 46, 0}, {"people joining", 40, 30, 12}} {
			in := model.BriefingInput{
				Account:  acme(locale, 500000),
				Catalog:  cat,
				Now:      now,
				Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-enterprise", Quantity: tc.seats, SeatsUsed: tc.used}},
			}
			if tc.joining > 0 {
				in.LastCall = &model.HeardOnCall{At: now.AddDate(0, 0, -3), Notes: "12 new reps start in March.",
					Cues: []model.Cue{{Kind: model.CueGrowth, Text: "12 new reps", Number: tc.joining}}}
			}
			var seats *model.Suggestion
			for i, s := range model.Recommend(in).Suggestions {
				if s.Kind == model.KindSeats {
					seats = &model.Recommend(in).Suggestions[i]
				}
			}
			if seats == nil {
				t.Errorf("%s, %s: no more seats offered", locale, tc.name)
				continue
			}
			for _, p := range seats.TalkingPoints {
				if p.Kind != model.PointBenefit {
					continue
				}
				for _, w := range newProduct {
					if strings.Contains(p.Text, w) {
						t.Errorf("%s, %s: more seats pitched as new: %q", locale, tc.name, p.Text)
					}
				}
			}
		}
	}
}

// TestTheCostAnswerOpensAsOneAfterAHeardObjection: a price objection heard
// on the last call puts what answers cost first; its opening line says what
// it does, without quoting the rep's note and without presenting it as an
// addition, in every language.
func TestTheCostAnswerOpensAsOneAfterAHeardObjection(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	addition := []string{"as an addition to what you already use", "als Ergänzung zu dem", "現在のご利用内容に加えて", "дополнит то, чем вы уже пользуетесь", "täiendusena"}
	for _, locale := range []string{"en", "de", "ja", "ru", "et"} {
		in := model.BriefingInput{
			Account:  acme(locale, 500000),
			Catalog:  cat,
			Now:      now,
			Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 40, SeatsUsed: 30}},
			LastCall: &model.HeardOnCall{At: now.AddDate(0, 0, -3), Notes: "They say it is way too expensive.",
				Cues: []model.Cue{{Kind: model.CuePrice, Text: "way too expensive"}}},
		}
		b := model.Recommend(in)
		if len(b.Suggestions) == 0 || b.Suggestions[0].Product.ID != "health-check" {
			t.Errorf("%s: first offer %v, want the health check", locale, b.Suggestions)
			continue
		}
		for _, p := range b.Suggestions[0].TalkingPoints {
			if p.Kind != model.PointBenefit {
				continue
			}
			for _, w := range append(addition, "way too expensive") {
				if strings.Contains(p.Text, w) {
					t.Errorf("%s: the health check opens with %q", locale, p.Text)
				}
			}
		}
	}
}

// TestNoWorkIsSaidToGoFurtherWhereNobodyWorks: "plugs straight into CRM
// Pro, so the work your team already does there goes further" is said of
// a held product in use, not of one whose tracked seats all sit idle.
func TestNoWorkIsSaidToGoFurtherWhereNobodyWorks(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	say := func(used int) string {
		in := model.BriefingInput{
			Account: model.Account{ID: "acc-1", Name: "Acme", Locale: "en", Stage: model.StageValueRealized, ARR: 500000},
			Catalog: cat, Now: now,
			Holdings: []model.Holding{
				{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 20, SeatsUsed: used},
				{AccountID: "acc-1", ProductID: "desk-pro", Quantity: 10, SeatsUsed: 9},
			},
		}
		var lines []string
		for _, s := range model.Recommend(in).Suggestions {
			if s.Product.ID != "e-signature" {
				continue
			}
			for _, p := range s.TalkingPoints {
				lines = append(lines, p.Text)
			}
			for _, r := range s.Reasons {
				lines = append(lines, r.Text)
			}
		}
		return strings.Join(lines, " ")
	}
	if used := say(18); !strings.Contains(used, "plugs straight into CRM Pro") {
		t.Fatalf("with CRM Pro in use, E-Signature is not said to plug into it: %q", used)
	}
	// Nobody works in CRM Pro: E-Signature, paid monthly, is no add-on to
	// it (offered for other reasons, it says nothing of work done there).
	if idle := say(0); strings.Contains(idle, "the work your team already does there") || strings.Contains(idle, "Complements CRM Pro") {
		t.Errorf("with no CRM Pro seat in use: %q", idle)
	}
}

// TestTheLatestCallSayingOtherwiseLiftsAnEarlierObjection: a churn risk or
// a freeze heard on an earlier call holds until the latest call's notes
// say otherwise ("they are staying with us", "budget for 2027 approved",
// „am Preis liegt es nicht mehr“); a latest call that says nothing of it
// leaves it standing.
func TestTheLatestCallSayingOtherwiseLiftsAnEarlierObjection(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2027, 1, 12, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		locale, earlier, later string
		kind                   model.CueKind
		severity               int
	}{
		{"en", "looking at alternatives", "They are staying with us, renewal is safe.", model.CueChurnRisk, 0},
		{"en", "no budget left this year", "Budget for 2027 approved. Happy to hear ideas.", model.CuePrice, 3},
		{"de", "zu teuer", "Am Preis liegt es nicht mehr, sagt Frau Keller.", model.CuePrice, 0},
		{"ja", "Salesforceとの比較検討", "社内で話し合い、Zendeskへの移行は取りやめ、引き続き御社を利用するとのこと。", model.CueChurnRisk, 0},
		{"et", "kaaluvad HubSpotile üleminekut", "Salesforce'ile kolimine jääb ära, leping jätkub.", model.CueChurnRisk, 0},
		{"ru", "думают о переходе на Битрикс", "Переезд на HubSpot отменили, остались с нами.", model.CueChurnRisk, 0},
	} {
		in := model.BriefingInput{
			Account:   acme(tc.locale, 500000),
			Catalog:   cat,
			Now:       now,
			Holdings:  []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 20, SeatsUsed: 19}},
			Objection: &model.HeardOnCall{At: now.AddDate(0, 0, -40), Notes: tc.earlier, Cues: []model.Cue{{Kind: tc.kind, Text: tc.earlier, Severity: tc.severity}}},
		}
		in.LastCall = &model.HeardOnCall{At: now.AddDate(0, 0, -1), Notes: "Spoke with Kate about the rollout."}
		held := model.Recommend(in)
		if len(held.Advice) == 0 || strings.Contains(strings.Join(held.Advice, " "), tc.earlier) == false {
			t.Errorf("%s %q: a later call that says nothing of it lifted it: advice %q", tc.locale, tc.earlier, held.Advice)
		}
		in.LastCall.Notes = tc.later
		if b := model.Recommend(in); strings.Contains(strings.Join(b.Advice, " "), tc.earlier) || len(b.Suggestions) == 0 {
			t.Errorf("%s %q then %q: still held back: advice %q, %d offers", tc.locale, tc.earlier, tc.later, b.Advice, len(b.Suggestions))
		}
	}
}

// TestAFreezeWithAnEndHoldsUntilIt: "no budget until April" heard on 30
// November still holds on 2 March, past the 90 days what is heard holds
// for, and no longer in April.
func TestAFreezeWithAnEndHoldsUntilIt(t *testing.T) {
	cat := shippedCatalog(t)
	heard := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	in := model.BriefingInput{
		Account:  acme("en", 500000),
		Catalog:  cat,
		Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 20, SeatsUsed: 19}},
		LastCall: &model.HeardOnCall{At: heard, Notes: "No budget until April.", Cues: []model.Cue{
			{Kind: model.CuePrice, Text: "No budget", Severity: 3}, {Kind: model.CueTiming, Text: "until April", Unit: "date", Number: 401}}},
	}
	in.Now = time.Date(2027, 3, 2, 9, 0, 0, 0, time.UTC)
	if b := model.Recommend(in); len(b.Suggestions) != 0 {
		t.Errorf("2 March: %d offers during a freeze until April", len(b.Suggestions))
	}
	in.Now = time.Date(2027, 4, 2, 9, 0, 0, 0, time.UTC)
	if b := model.Recommend(in); len(b.Suggestions) == 0 {
		t.Errorf("2 April: still no offers after the freeze ended: %q", b.Advice)
	}
	// A freeze that ends sooner than 90 days ends then.
	in.LastCall.Cues[1] = model.Cue{Kind: model.CueTiming, Text: "in January", Unit: "date", Number: 104}
	in.Now = time.Date(2027, 1, 6, 9, 0, 0, 0, time.UTC)
	if b := model.Recommend(in); len(b.Suggestions) == 0 {
		t.Errorf("6 January: still no offers after a freeze until January: %q", b.Advice)
	}
}

// TestAFreezeUntilAMonthOfNextYearHoldsUntilIt: "until the end of
// December next year" heard in December 2025 holds through December 2026,
// not only until the December after the call.
func TestAFreezeUntilAMonthOfNextYearHoldsUntilIt(t *testing.T) {
	cat, d := shippedCatalog(t), demoCueDetector(t)
	heard := time.Date(2025, 12, 15, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ locale, notes string }{
		{"en", "Budget is locked until the end of December next year."},
		{"de", "Keine neuen Ausgaben bis Ende Dezember nächsten Jahres."},
	} {
		in := model.BriefingInput{
			Account:  acme(tc.locale, 500000),
			Catalog:  cat,
			Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 20, SeatsUsed: 19}},
			LastCall: &model.HeardOnCall{At: heard, Notes: tc.notes, Cues: d.DetectNote(tc.notes, tc.locale)},
		}
		in.Now = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
		if b := model.Recommend(in); len(b.Suggestions) != 0 {
			t.Errorf("%s %q: %d offers on 30 November 2026 (%s)", tc.locale, tc.notes, len(b.Suggestions), describeCues(in.LastCall.Cues))
		}
		in.Now = time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC)
		if b := model.Recommend(in); len(b.Suggestions) == 0 {
			t.Errorf("%s %q: still no offers in January 2027: %q", tc.locale, tc.notes, b.Advice)
		}
	}
}

// TestMoreSeatsOfOneProductAreNoPeopleJoining: "12 more Smart Assist
// seats" sizes no other family's seats; "12 new reps start in March" does.
func TestMoreSeatsOfOneProductAreNoPeopleJoining(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	seatsOf := func(note string, n int) int {
		in := model.BriefingInput{
			Account:  acme("en", 500000),
			Catalog:  cat,
			Now:      now,
			Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 40, SeatsUsed: 30}},
			LastCall: &model.HeardOnCall{At: now.AddDate(0, 0, -1), Notes: note, Cues: []model.Cue{{Kind: model.CueGrowth, Text: note[:strings.Index(note, " ")+1+strings.Index(note[strings.Index(note, " ")+1:], " ")], Number: n}}},
		}
		for _, s := range model.Recommend(in).Suggestions {
			switch {
			case s.Product.Family == "CRM" && s.Kind == model.KindSeats:
				return 40 + s.Quantity
			case s.Product.Family == "CRM":
				return s.Quantity
			}
		}
		return 0
	}
	if q := seatsOf("12 new reps start in March.", 12); q < 42 {
		t.Errorf("12 people joining 30 of 40 seats: CRM offer ×%d", q)
	}
	if q := seatsOf("12 more Smart Assist seats, yes.", 12); q > 40 {
		t.Errorf("12 more seats of another product sized CRM to ×%d", q)
	}
}

// TestASwissAccountHearsSwissAmounts: the talking points of a de-CH
// account write amounts the Swiss way (’ between thousands), as its
// briefing's notes do, not the German way.
func TestASwissAccountHearsSwissAmounts(t *testing.T) {
	cat := shippedCatalog(t)
	in := model.BriefingInput{
		Account:  model.Account{ID: "acc-1", Name: "Alpen AG", Industry: "retail", SizeBand: "200-999", Locale: "de-CH", Currency: "CHF", Stage: model.StageValueRealized, ARR: 2_000_000},
		Catalog:  cat,
		Now:      time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 400, SeatsUsed: 390}},
	}
	var said []string
	for _, s := range model.Recommend(in).Suggestions {
		for _, p := range s.TalkingPoints {
			said = append(said, p.Text)
		}
	}
	all := strings.Join(said, " ")
	if !strings.Contains(all, "’") {
		t.Errorf("no Swiss thousands in the talking points: %s", all)
	}
	for _, p := range said {
		if strings.Contains(p, "USD") && strings.ContainsAny(strings.Split(p, "USD")[0], ".") && strings.Contains(p, ".") && !strings.Contains(p, "’") {
			t.Errorf("a German-written amount: %q", p)
		}
	}
}

// TestAnUpgradeKeepingTheSeatsPromisesNoRoomToGrow: after more seats were
// declined the upgrade keeps their 40, and its lines do not say 40 seats
// leave the work room to grow.
func TestAnUpgradeKeepingTheSeatsPromisesNoRoomToGrow(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	in := model.BriefingInput{
		Account:    acme("en", 2_000_000),
		Catalog:    cat,
		Now:        now,
		Holdings:   []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 40, SeatsUsed: 38}},
		PastOffers: []model.PastOffer{{ProductID: "crm-pro", Response: model.ResponseDeclined, At: now.AddDate(0, 0, -10)}},
	}
	found := false
	for _, s := range model.Recommend(in).Suggestions {
		if s.Product.ID != "crm-enterprise" {
			continue
		}
		found = true
		if s.Quantity != 40 {
			t.Errorf("upgrade ×%d after the seats were declined", s.Quantity)
		}
		for _, p := range s.TalkingPoints {
			if strings.Contains(p.Text, "room to grow") {
				t.Errorf("%q", p.Text)
			}
		}
	}
	if !found {
		t.Fatal("no upgrade to CRM Enterprise")
	}
}

// TestSeatsAskedForAreOffered: "they asked for 12 more CRM Pro seats" on
// the latest call offers at least 12 more seats of CRM Pro, with 30 of
// 40 in use, where no seats were offered before.
func TestSeatsAskedForAreOffered(t *testing.T) {
	cat := shippedCatalog(t)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	in := model.BriefingInput{
		Account:  acme("en", 2_000_000),
		Catalog:  cat,
		Now:      now,
		Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 40, SeatsUsed: 30}},
	}
	seats := func() int {
		for _, s := range model.Recommend(in).Suggestions {
			if s.Product.ID == "crm-pro" && s.Kind == model.KindSeats {
				return s.Quantity
			}
		}
		return 0
	}
	if n := seats(); n != 0 {
		t.Fatalf("+%d seats before anyone asked", n)
	}
	in.LastCall = &model.HeardOnCall{At: now.AddDate(0, 0, -1), Notes: "They asked for 12 more CRM Pro seats, ready to sign.",
		Cues: []model.Cue{{Kind: model.CueGrowth, Text: "12 more", Number: 12}}}
	if n := seats(); n < 12 {
		t.Errorf("+%d seats of CRM Pro after they asked for 12", n)
	}
}

// TestSeatsTakenForPeopleJoiningAnswerThem: the customer passed on the tier
// above, then took more seats for the people joining: no line says the
// tier they passed on still answers the hiring.
func TestSeatsTakenForPeopleJoiningAnswerThem(t *testing.T) {
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	// Only the CRM tiers speak of scale here: the storage packs are no
	// longer sold.
	cat := shippedCatalog(t)
	for id, p := range cat.Products {
		if p.Family != "CRM" && p.Addresses("scale") {
			p.Discontinued = true
			cat.Products[id] = p
		}
	}
	in := model.BriefingInput{
		Account:  model.Account{ID: "acc-1", Name: "Acme", Industry: "retail", SizeBand: "50-199", Locale: "en", Stage: model.StageValueRealized, ARR: 500000},
		Catalog:  cat,
		Now:      now,
		Holdings: []model.Holding{{AccountID: "acc-1", ProductID: "crm-pro", Quantity: 20, SeatsUsed: 20}},
		Pains: []model.PainPoint{{ID: 1, AccountID: "acc-1", Category: "scale", Title: "We're hiring 25 reps in March", Severity: 2,
			Status: model.PainOpen, NotedAt: now.AddDate(0, 0, -10)}},
		PastOffers: []model.PastOffer{{ProductID: "crm-enterprise", Response: model.ResponseDeclined, At: now.AddDate(0, 0, -3)}},
	}
	passedOn := func(b model.Briefing) bool {
		return slices.ContainsFunc(b.Advice, func(a string) bool { return strings.Contains(a, "CRM Enterprise") })
	}
	if b := model.Recommend(in); slices.ContainsFunc(b.Suggestions, func(s model.Suggestion) bool { return s.Product.ID == "crm-pro" }) == passedOn(b) {
		t.Fatalf("before the seats are taken, the hiring is answered by seats or by the tier they passed on: %q", b.Advice)
	}
	in.PastOffers = append(in.PastOffers, model.PastOffer{ProductID: "crm-pro", Response: model.ResponseAccepted, At: now.AddDate(0, 0, -1)})
	if b := model.Recommend(in); passedOn(b) {
		t.Errorf("25 seats taken for the people joining: advice %q", b.Advice)
	}
}

// acme is the retail account of 200-999 employees these briefings are for,
// in a language and with an ARR.
func acme(locale string, arr float64) model.Account {
	return model.Account{ID: "acc-1", Name: "Acme", Industry: "retail", SizeBand: "200-999", Locale: locale, Stage: model.StageValueRealized, ARR: arr}
}
