package model

import (
	"slices"
	"strings"
	"testing"
)

func TestFillTemplate(t *testing.T) {
	values := map[string]string{"product": "Forecast", "account": "Acme", "empty": "", "offsets": "отчёт строится сам", "price": "36 000 ₽ в месяц"}
	tests := []struct {
		name, text, want string
		missing          []string
	}{
		{"all filled", "{product} for {account}.", "Forecast for Acme.", nil},
		{"no placeholders", "Plain words.", "Plain words.", nil},
		{"repeated", "{product}, {product}", "Forecast, Forecast", nil},
		{"unknown name", "{product} saves {hours} hours", "Forecast saves {hours} hours", []string{"hours"}},
		{"empty value counts as missing", "{empty}!", "{empty}!", []string{"empty"}},
		{"unclosed brace", "{product} {account", "Forecast {account", []string{"{"}},
		{"spaces are part of the name", "{ product }", "{ product }", []string{" product "}},
		{"several missing in order", "{a} and {b}", "{a} and {b}", []string{"a", "b"}},
		{"empty braces", "{}", "{}", []string{""}},
		{"what pays for it starts a sentence with a capital", "Стоит {price}. {offsets}.", "Стоит 36 000 ₽ в месяц. Отчёт строится сам.", nil},
		{"and stays as written mid-sentence", "Стоит {price}, и {offsets}.", "Стоит 36 000 ₽ в месяц, и отчёт строится сам.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, missing := fillTemplate(tt.text, values, "en")
			if got != tt.want || !slices.Equal(missing, tt.missing) {
				t.Errorf("fillTemplate(%q) = %q, %q; want %q, %q", tt.text, got, missing, tt.want, tt.missing)
			}
		})
	}
}

func TestTalkingPointsPerKind(t *testing.T) {
	in := peersInput()
	in.Holdings = []Holding{holding("pipe-pro", 50, 47)}
	in.Account.RenewalDate = day(2027, 3, 12)
	in.Pains = []PainPoint{pain(1, "security", "Security is weak", 3)}
	b := briefing(t, in)
	// With the tier upgrade declined, more seats are offered on their own.
	in.PastOffers = []PastOffer{{"pipe-ent", ResponseDeclined, daysAgoAt(3)}}
	seats := briefing(t, in)

	tests := []struct {
		product string
		want    []TalkingPoint
	}{
		{"pipe-pro", []TalkingPoint{ // seven more seats: no pain, no peer numbers for itself, no "beyond {held}",
			// and no upsell line: what Pipeline Pro does beyond the tier
			// below is not news to those who have it.
			{PointBenefit, "Pipeline Pro is a good fit for Acme Retail."},
			{PointValue, "Pipeline Pro costs $49 per seat per month."},
			{PointQuestion, "Where would Pipeline Pro help Acme Retail most this quarter?"},
			{PointExit, "If the timing is wrong, we can look at it again before your renewal on 12 Mar 2027."},
		}},
		{"pipe-ent", []TalkingPoint{ // a tier up that solves the security pain
			{PointBenefit, "You told us “Security is weak”: Pipeline Enterprise takes care of exactly that."},
			// It carries 57 seats for their 50: "$40 per seat more" would
			// hide that the 7 new ones cost the full price, so the whole
			// bill's growth is said: 57 × $89 − 50 × $49 = $2,623.
			{PointValue, "For $2,623 per month more, single sign-on and audit logs retire a separate security tool."},
			{PointQuestion, "How much time does Security cost your team each week?"},
			{PointExit, "If the timing is wrong, we can look at it again before your renewal on 12 Mar 2027."},
		}},
		{"insights", []TalkingPoint{ // 12 of 30 peers: no proof; no offsets, so the plain price
			{PointBenefit, "Insights works hand in hand with Pipeline Pro."},
			{PointValue, "Insights costs $300 per month."},
			{PointQuestion, "Where would Insights help Acme Retail most this quarter?"},
			{PointExit, "If the timing is wrong, we can look at it again before your renewal on 12 Mar 2027."},
		}},
		{"forecast", []TalkingPoint{
			{PointBenefit, "Forecast works hand in hand with Pipeline Pro."},
			{PointValue, "Forecast costs $15 per seat per month; the forecast call takes minutes instead of an afternoon."},
			{PointQuestion, "Where would Forecast help Acme Retail most this quarter?"},
			{PointExit, "If the timing is wrong, we can look at it again before your renewal on 12 Mar 2027."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.product, func(t *testing.T) {
			from := b
			if tt.product == "pipe-pro" {
				from = seats
			}
			s := find(from, tt.product)
			if s == nil {
				t.Fatalf("no %s in %v", tt.product, ids(from))
			}
			if !slices.Equal(s.TalkingPoints, tt.want) {
				t.Errorf("talking points:\n got %q\nwant %q", s.TalkingPoints, tt.want)
			}
		})
	}
	if got := find(seats, "pipe-pro").Quantity; got != 7 {
		t.Errorf("seat quantity = %d, want 7 (47 in use + 20%% = 57 seats, so $343 = 7 × $49)", got)
	}
}

func TestTemplatesThatCannotBeFilledAreSkipped(t *testing.T) {
	// A past renewal is no date to promise; a tier that costs the same has
	// no price difference; an unpriced product has no price at all.
	pb := fixturePlaybook()
	for i, p := range pb.Products {
		switch p.ID {
		case "pipe-ent":
			pb.Products[i].Price = 49
		case "forecast":
			pb.Products[i].Price = 0
		}
	}
	in := input(holding("pipe-pro", 10, 8))
	in.Catalog = NewCatalog(pb)
	in.Account.RenewalDate = day(2026, 1, 1)
	b := briefing(t, in)

	ent := find(b, "pipe-ent")
	if ent == nil {
		t.Fatalf("no pipe-ent in %v", ids(b))
	}
	// The upsell's "for $X more" cannot be said; the plain price can.
	if got, want := point(ent, PointValue), "Pipeline Enterprise costs $49 per seat per month."; got != want {
		t.Errorf("value = %q, want %q for a tier that costs no more", got, want)
	}
	if got, want := point(ent, PointExit), "No pressure: happy to leave Pipeline Enterprise for another day."; got != want {
		t.Errorf("exit = %q, want %q (the renewal is past)", got, want)
	}
	f := find(b, "forecast")
	if f == nil {
		t.Fatalf("no forecast in %v", ids(b))
	}
	if got := point(f, PointValue); got != "" {
		t.Errorf("value %q for an unpriced product", got)
	}
}

func TestTalkingPointsStayInTheAccountsLanguage(t *testing.T) {
	tests := []struct {
		locale, benefit, exit string
	}{
		{"en", "You told us “Forecasts take us two days”: Forecast takes care of exactly that.", "No pressure: happy to leave Forecast for another day."},
		{"", "You told us “Forecasts take us two days”: Forecast takes care of exactly that.", "No pressure: happy to leave Forecast for another day."},
		{"en-GB", "You told us “Forecasts take us two days”: Forecast takes care of exactly that.", "No pressure: happy to leave Forecast for another day."},
		// The fixture has no German exit line: none is said rather than
		// an English one among German lines.
		{"de", "Sie sagten „Forecasts take us two days“: Forecast löst genau das.", ""},
		{"DE", "Sie sagten „Forecasts take us two days“: Forecast löst genau das.", ""},
		{"de-AT", "Sie sagten „Forecasts take us two days“: Forecast löst genau das.", ""},
		{"de_CH", "Sie sagten „Forecasts take us two days“: Forecast löst genau das.", ""},
		// No French templates at all: the account is spoken to in English.
		{"fr", "You told us “Forecasts take us two days”: Forecast takes care of exactly that.", "No pressure: happy to leave Forecast for another day."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			in := input(holding("pipe-pro", 20, 15))
			in.Account.Locale = tt.locale
			in.Pains = []PainPoint{pain(1, "reporting", "Forecasts take us two days", 3)}
			s := find(briefing(t, in), "forecast")
			if s == nil {
				t.Fatal("no forecast")
			}
			if got := point(s, PointBenefit); got != tt.benefit {
				t.Errorf("benefit = %q, want %q", got, tt.benefit)
			}
			if got := point(s, PointExit); got != tt.exit {
				t.Errorf("exit = %q, want %q", got, tt.exit)
			}
		})
	}

	// Without a pain the German account gets the German general benefit,
	// not the English pain-free one.
	in := input(holding("pipe-pro", 20, 15))
	in.Account.Locale = "de"
	if got, want := point(find(briefing(t, in), "forecast"), PointBenefit), "Forecast passt gut zu Acme Retail."; got != want {
		t.Errorf("German benefit without pain = %q, want %q", got, want)
	}
}

func TestAPainClaimedForItsCategoryIsNotQuotedAsSolved(t *testing.T) {
	// "Auditors keep asking who changed what" shares no word with "Pipeline
	// Enterprise handles security": no talking point may say it takes care
	// of exactly that.
	in := input(holding("pipe-pro", 20, 15))
	in.Pains = []PainPoint{pain(1, "security", "Auditors keep asking who changed what", 3)}
	s := find(briefing(t, in), "pipe-ent")
	if s == nil || len(s.Solves) == 0 {
		t.Fatalf("pipe-ent %+v, want it made for the security pain", s)
	}
	for _, tp := range s.TalkingPoints {
		if strings.Contains(tp.Text, "Auditors keep asking") {
			t.Errorf("talking point quotes a pain claimed by category alone: %q", tp.Text)
		}
	}
	reasonPoints(t, s, "Same category as their pain (security), check it fits: “Auditors keep asking who changed what” (security, high): Pipeline Enterprise handles security")
	// It is pitched as an upgrade without a pain, not as a generic add-on.
	if got, want := point(s, PointBenefit), "Pipeline Enterprise gives Acme Retail room to grow beyond Pipeline Pro."; got != want {
		t.Errorf("benefit %q, want %q", got, want)
	}
}

func TestOneQuestionIsNotAskedTwiceInABriefing(t *testing.T) {
	// Two reporting products answer the same pain; the category's question
	// goes to the better ranked, the other asks its next best.
	in := input(holding("pipe-pro", 20, 15))
	in.Pains = []PainPoint{pain(1, "reporting", "Forecasts take us two days", 3)}
	b := briefing(t, in)
	seen := map[string]string{}
	for _, s := range b.Suggestions {
		q := point(&s, PointQuestion)
		if q == "" {
			continue
		}
		if other, dup := seen[q]; dup {
			t.Errorf("%s and %s both ask %q", other, s.Product.ID, q)
		}
		seen[q] = s.Product.ID
	}
	if len(seen) < 2 {
		t.Fatalf("questions %v: the fixture should give two suggestions a question", seen)
	}
}

func TestOffsetsAreSaidOnlyWithinTheirSizes(t *testing.T) {
	pb := fixturePlaybook()
	for i := range pb.Products {
		if pb.Products[i].ID == "forecast" {
			pb.Products[i].OffsetsMinEmployees, pb.Products[i].OffsetsMaxEmployees = 200, 2000
		}
	}
	for _, tc := range []struct {
		employees int
		want      bool
	}{{0, false}, {150, false}, {200, true}, {2000, true}, {20445, false}} {
		in := input(holding("pipe-pro", 20, 15))
		in.Catalog = NewCatalog(pb)
		in.Account.Employees = tc.employees
		s := find(briefing(t, in), "forecast")
		if s == nil {
			t.Fatalf("%d employees: no forecast", tc.employees)
		}
		said := false
		for _, tp := range s.TalkingPoints {
			said = said || strings.Contains(tp.Text, "the forecast call takes minutes")
		}
		if said != tc.want {
			t.Errorf("%d employees: offsets said = %v, want %v", tc.employees, said, tc.want)
		}
	}
}

// TestSeatCountsAreSaidOnlyOfANearlyFullLicence checks that a line saying
// "already uses 305 of its 414 seats … room to grow" is only said when the
// licence is nearly full: at 74% it would not be true.
func TestSeatCountsAreSaidOnlyOfANearlyFullLicence(t *testing.T) {
	pb, no := fixturePlaybook(), false
	pb.TalkingPoints = append([]TalkingPointTemplate{{Kind: PointBenefit, For: KindUpsell, WithPain: &no,
		Text: "Your team already uses {seats_used} of its {seats} seats on {held}; {product} gives that work room to grow."}}, pb.TalkingPoints...)
	// No more seats of a tier no longer sold: the upgrade is the offer.
	noLongerSold(&pb, "pipe-starter")
	for _, tt := range []struct {
		used int
		says bool
	}{{74, false}, {90, true}} {
		in := input(holding("pipe-starter", 100, tt.used))
		in.Catalog = NewCatalog(pb)
		s := find(briefing(t, in), "pipe-pro")
		if s == nil {
			t.Fatalf("%d of 100 seats: no upgrade", tt.used)
		}
		said := strings.Contains(talkingPoint(s, PointBenefit), "already uses")
		if said != tt.says {
			t.Errorf("%d of 100 seats in use: benefit %q, want the seat count said: %v", tt.used, talkingPoint(s, PointBenefit), tt.says)
		}
	}
}

// talkingPoint is a suggestion's talking point of one kind; "" when none.
func talkingPoint(s *Suggestion, kind TalkingPointKind) string {
	for _, tp := range s.TalkingPoints {
		if tp.Kind == kind {
			return tp.Text
		}
	}
	return ""
}

func TestAQuestionWrittenForAProductIsAskedAboutIt(t *testing.T) {
	// Both products answer a security pain by category; one has a question
	// of its own, which beats the category's, and the other keeps the
	// category's.
	pb := securityPlaybook()
	pb.TalkingPoints = []TalkingPointTemplate{
		{Kind: PointQuestion, Category: "security", Text: "Who can still log in who should not?"},
		{Kind: PointQuestion, Products: []string{"leavers"}, Text: "How do you close the accounts of people who leave today?"},
		{Kind: PointQuestion, Products: []string{"leavers"}, Locale: "de", Text: "Wie sperren Sie heute die Zugänge von Leuten, die gehen?"},
	}
	for _, tc := range []struct{ locale, leavers, sso string }{
		{"en", "How do you close the accounts of people who leave today?", "Who can still log in who should not?"},
		// No German category question: the product's own German question,
		// and none for the other rather than an English one.
		{"de", "Wie sperren Sie heute die Zugänge von Leuten, die gehen?", ""},
	} {
		in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now,
			Pains: []PainPoint{pain(1, "security", "Our security is weak", 3)}}
		in.Account.Locale = tc.locale
		b := briefing(t, in)
		for id, want := range map[string]string{"leavers": tc.leavers, "sso": tc.sso} {
			s := find(b, id)
			if s == nil {
				t.Fatalf("%s: no %s in %v", tc.locale, id, ids(b))
			}
			if got := point(s, PointQuestion); got != want {
				t.Errorf("%s: %s asks %q, want %q", tc.locale, id, got, want)
			}
		}
	}
}

func TestAFullLicenceIsSaidAsAllSeatsTaken(t *testing.T) {
	pb := fixturePlaybook()
	no := false
	pb.TalkingPoints = append([]TalkingPointTemplate{
		{Kind: PointBenefit, For: KindUpsell, WithPain: &no, Text: "All {seats_all} seats on {held} are in use."},
		{Kind: PointBenefit, For: KindUpsell, WithPain: &no, Text: "{seats_used} of {seats} seats on {held} are in use."},
	}, pb.TalkingPoints...)
	noLongerSold(&pb, "pipe-pro")
	for _, tc := range []struct {
		quantity, used int
		want           string
	}{
		{20, 20, "All 20 seats on Pipeline Pro are in use."},
		{20, 18, "18 of 20 seats on Pipeline Pro are in use."},
		// One seat is neither "all" nor "1 of 1 seats": another line.
		{1, 1, "Pipeline Enterprise gives Acme Retail room to grow beyond Pipeline Pro."},
		// 25 people on 20 seats: every seat is taken, and no line speaks
		// of the product as new.
		{20, 25, "All 20 seats on Pipeline Pro are in use."},
	} {
		in := input(holding("pipe-pro", tc.quantity, tc.used))
		in.Catalog = NewCatalog(pb)
		s := find(briefing(t, in), "pipe-ent")
		if s == nil {
			t.Fatalf("%d of %d: no upgrade", tc.used, tc.quantity)
		}
		if got := point(s, PointBenefit); got != tc.want {
			t.Errorf("%d of %d: benefit %q, want %q", tc.used, tc.quantity, got, tc.want)
		}
	}
}

// noLongerSold marks a product of the playbook discontinued: no more seats
// of it are offered, so the tier above is what a full licence is offered.
func noLongerSold(pb *Playbook, id string) {
	for i := range pb.Products {
		if pb.Products[i].ID == id {
			pb.Products[i].Discontinued = true
		}
	}
}
