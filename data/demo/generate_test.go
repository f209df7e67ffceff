package demo_test

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/data/demo"
	"talktrack/model"
)

// now is a fixed moment, so that every run generates the same book.
var now = time.Date(2026, 3, 15, 14, 30, 0, 0, time.UTC)

func playbook(t testing.TB) model.Playbook {
	t.Helper()
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	return pb
}

// bookOnce is the 250-account demo, generated once for the tests that only
// read it.
var bookOnce = sync.OnceValues(func() (model.Dataset, error) {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		return model.Dataset{}, err
	}
	return demo.Generate(pb, demo.Options{Seed: 1, Now: now}), nil
})

func book(t *testing.T) model.Dataset {
	t.Helper()
	ds, err := bookOnce()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestGenerateDeterministic(t *testing.T) {
	pb := playbook(t)
	a := demo.Generate(pb, demo.Options{Seed: 7, Accounts: 300, Now: now})
	b := demo.Generate(pb, demo.Options{Seed: 7, Accounts: 300, Now: now})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different datasets")
	}
	c := demo.Generate(pb, demo.Options{Seed: 8, Accounts: 300, Now: now})
	if reflect.DeepEqual(a.Accounts, c.Accounts) || reflect.DeepEqual(a.Holdings, c.Holdings) {
		t.Fatal("different seeds gave the same accounts or holdings")
	}
}

func TestGenerateSize(t *testing.T) {
	pb := playbook(t)
	for _, tt := range []struct{ asked, want int }{{0, demo.DefaultAccounts}, {-3, demo.DefaultAccounts}, {1, 1}, {37, 37}} {
		ds := demo.Generate(pb, demo.Options{Seed: 1, Accounts: tt.asked, Now: now})
		if len(ds.Accounts) != tt.want {
			t.Errorf("Accounts %d gave %d accounts, want %d", tt.asked, len(ds.Accounts), tt.want)
		}
	}
	if ds := demo.Generate(pb, demo.Options{Seed: 1, Accounts: 3, Now: now}); !reflect.DeepEqual(ds.Playbook, pb) {
		t.Error("the dataset does not carry the playbook")
	}
}

func TestGenerateEmptyPlaybook(t *testing.T) {
	ds := demo.Generate(model.Playbook{Currency: "$"}, demo.Options{Seed: 1, Accounts: 20, Now: now})
	if len(ds.Accounts) != 20 || len(ds.Holdings) != 0 || len(ds.Pains) != 0 {
		t.Errorf("%d accounts, %d holdings, %d pains from an empty playbook", len(ds.Accounts), len(ds.Holdings), len(ds.Pains))
	}
	for _, c := range ds.Calls {
		if len(c.Offers) > 0 {
			t.Fatalf("offer of an unknown product: %+v", c.Offers)
		}
	}
}

func TestGenerateAccounts(t *testing.T) {
	ds := book(t)
	today := now.Truncate(24 * time.Hour)
	stages := map[model.Stage]int{}
	ids, names, owners := map[string]bool{}, map[string]bool{}, map[string]bool{}
	locales := map[string]int{}
	renewalsAhead := 0
	defer func() {
		// Every language a customer is spoken to in shows in the demo.
		for _, l := range model.Languages {
			if locales[l] < 5 {
				t.Errorf("%d accounts in %s, want at least 5: %v", locales[l], l, locales)
			}
		}
	}()
	for i, a := range ds.Accounts {
		stages[a.Stage]++
		owners[a.Owner] = true
		if want := fmt.Sprintf("ACC-%05d", i+1); a.ID != want {
			t.Errorf("account %d has id %q, want %q", i, a.ID, want)
		}
		if ids[a.ID] || names[model.NameKey(a.Name)] {
			t.Errorf("account %s %q is not unique", a.ID, a.Name)
		}
		ids[a.ID], names[model.NameKey(a.Name)] = true, true
		if a.Industry == "" || a.Industry != strings.ToLower(a.Industry) {
			t.Errorf("%s: industry %q", a.ID, a.Industry)
		}
		if a.Employees <= 0 || a.SizeBand != model.SizeBandFor(a.Employees) {
			t.Errorf("%s: %d employees in band %q", a.ID, a.Employees, a.SizeBand)
		}
		regionLocale := map[string]string{"DACH": "de", "Japan": "ja", "Russia": "ru", "Estonia": "et"}
		if want := cmp.Or(regionLocale[a.Region], "en"); a.Locale != want {
			t.Errorf("%s: region %q with locale %q", a.ID, a.Region, a.Locale)
		}
		locales[a.Locale]++
		if a.StageSince.IsZero() || a.StageSince.After(today) || a.StageInferred {
			t.Errorf("%s: stage since %v (inferred %v)", a.ID, a.StageSince, a.StageInferred)
		}
		switch {
		case a.Stage == model.StageChurned:
			if !a.RenewalDate.IsZero() || a.ARR != 0 {
				t.Errorf("churned %s renews %v with ARR %v", a.ID, a.RenewalDate, a.ARR)
			}
		case a.RenewalDate.Before(today.AddDate(0, 0, -30)) || a.RenewalDate.After(today.AddDate(1, 0, 1)):
			t.Errorf("%s renews on %v, not within a year", a.ID, a.RenewalDate)
		case a.RenewalDate.After(today):
			renewalsAhead++
		}
		if a.Stage != model.StageChurned && a.ARR <= 0 {
			t.Errorf("%s (%s) has ARR %v", a.ID, a.Stage, a.ARR)
		}
	}
	for _, s := range model.Stages {
		if stages[s] < 5 {
			t.Errorf("only %d accounts in stage %s", stages[s], s)
		}
	}
	if stages[model.StageValueRealized] <= stages[model.StageOnboarding] {
		t.Errorf("stage mix looks wrong: %v", stages)
	}
	live := len(ds.Accounts) - stages[model.StageChurned]
	if renewalsAhead < live*9/10 || renewalsAhead == live {
		t.Errorf("%d of %d live accounts renew ahead; want most, and a few overdue", renewalsAhead, live)
	}
	if len(owners) < 3 || len(owners) > 20 {
		t.Errorf("%d owners", len(owners))
	}
}

func TestGenerateHoldings(t *testing.T) {
	ds := book(t)
	pb := ds.Playbook
	products := map[string]model.Product{}
	for _, p := range pb.Products {
		products[p.ID] = p
	}
	accounts := map[string]model.Account{}
	for _, a := range ds.Accounts {
		accounts[a.ID] = a
	}
	held := map[string]map[string]bool{} // account -> product
	families := map[string]map[string]bool{}
	tierSum, tierN := map[string]int{}, map[string]int{}
	nearLimit, seated := 0, 0
	annual := map[string]float64{}
	for _, h := range ds.Holdings {
		p, ok := products[h.ProductID]
		if !ok {
			t.Fatalf("%s holds unknown product %q", h.AccountID, h.ProductID)
		}
		a, ok := accounts[h.AccountID]
		if !ok {
			t.Fatalf("holding of unknown account %q", h.AccountID)
		}
		if held[a.ID] == nil {
			held[a.ID], families[a.ID] = map[string]bool{}, map[string]bool{}
		}
		if held[a.ID][p.ID] {
			t.Errorf("%s holds %s twice", a.ID, p.ID)
		}
		if families[a.ID][p.Family] {
			t.Errorf("%s holds two tiers of %s", a.ID, p.Family)
		}
		held[a.ID][p.ID], families[a.ID][p.Family] = true, true
		if h.Quantity < 1 || h.SeatsUsed < 0 || h.SeatsUsed > h.Quantity {
			t.Errorf("%s %s: %d of %d seats used", a.ID, p.ID, h.SeatsUsed, h.Quantity)
		}
		if !p.Seated && h.SeatsUsed != 0 {
			t.Errorf("%s %s is not seated but tracks %d seats used", a.ID, p.ID, h.SeatsUsed)
		}
		if p.Seated && a.Stage != model.StageChurned {
			seated++
			if h.SeatsUsed == 0 {
				t.Errorf("%s (%s) uses none of its %d %s seats", a.ID, a.Stage, h.Quantity, p.ID)
			}
			if h.SeatsUsed*10 >= h.Quantity*9 {
				nearLimit++
			}
		}
		if h.Since.IsZero() || h.Since.After(now) {
			t.Errorf("%s %s since %v", a.ID, p.ID, h.Since)
		}
		if len(pb.Products) > 0 && familySize(pb, p.Family) == 3 {
			tierSum[a.SizeBand] += p.Tier
			tierN[a.SizeBand]++
		}
		// Prices in the account's own currency: ARR is never converted.
		price, _ := p.PriceIn(a.Currency, ds.Playbook.Currency)
		if price.Listed {
			t.Errorf("%s is billed in %s, which the demo playbook has no prices in", a.ID, a.Currency)
		}
		switch {
		case strings.HasSuffix(p.BillingUnit, "month"):
			annual[a.ID] += 12 * price.Amount * float64(h.Quantity)
		case strings.HasSuffix(p.BillingUnit, "year"):
			annual[a.ID] += price.Amount * float64(h.Quantity)
		}
	}
	perAccount := float64(len(ds.Holdings)) / float64(len(ds.Accounts))
	if perAccount < 8 || perAccount > 12 {
		t.Errorf("%.1f holdings per account, want about 10", perAccount)
	}
	if nearLimit < seated/10 || nearLimit > seated/2 {
		t.Errorf("%d of %d seated holdings near their limit; want some, not most", nearLimit, seated)
	}
	for _, a := range ds.Accounts {
		if len(held[a.ID]) == 0 {
			t.Errorf("%s holds nothing", a.ID)
		}
		if a.Stage == model.StageChurned && len(held[a.ID]) > 3 {
			t.Errorf("churned %s still holds %d products", a.ID, len(held[a.ID]))
		}
		// ARR is the list price of what recurs, less at most a fifth.
		if a.Stage != model.StageChurned && (a.ARR > annual[a.ID]+10 || a.ARR < annual[a.ID]*0.75) {
			t.Errorf("%s has ARR %.0f for holdings listed at %.0f a year", a.ID, a.ARR, annual[a.ID])
		}
	}
	// Bigger companies sit higher on the ladders.
	small := float64(tierSum["1-49"]) / float64(tierN["1-49"])
	large := float64(tierSum["1000-4999"]+tierSum["5000+"]) / float64(tierN["1000-4999"]+tierN["5000+"])
	if large < small+0.5 {
		t.Errorf("average tier %.2f for small companies and %.2f for large ones", small, large)
	}
}

func familySize(pb model.Playbook, family string) int {
	n := 0
	for _, p := range pb.Products {
		if p.Family == family {
			n++
		}
	}
	return n
}

// TestGeneratePeerPattern checks that industries really differ, which is
// what makes "similar customers also use X" true: in some segment (industry
// and size band), a pair of products is held together far more often than
// by companies of the same size in other industries. Comparing within a
// size band keeps size effects (bigger companies hold more) out of it. A
// book of 3,000 accounts gives segments large enough to tell a pattern from
// chance: with the industries' weights made equal, the best pair stays
// near 2x by chance alone.
func TestGeneratePeerPattern(t *testing.T) {
	ds := demo.Generate(playbook(t), demo.Options{Seed: 3, Accounts: 3000, Now: now})
	size := map[string]int{} // segment or size band -> accounts
	for _, a := range ds.Accounts {
		size[a.Segment()]++
		size[a.SizeBand]++
	}
	held := map[string][]string{}
	for _, h := range ds.Holdings {
		held[h.AccountID] = append(held[h.AccountID], h.ProductID)
	}
	type pair struct{ group, a, b string }
	together := map[pair]int{}
	for _, acc := range ds.Accounts {
		ps := slices.Sorted(slices.Values(held[acc.ID]))
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				together[pair{acc.Segment(), ps[i], ps[j]}]++
				together[pair{acc.SizeBand, ps[i], ps[j]}]++
			}
		}
	}
	best, bestLift := pair{}, 0.0
	for p, n := range together {
		_, band, isSegment := strings.Cut(p.group, "|")
		if !isSegment || size[p.group] < 60 || n < 25 {
			continue
		}
		inSegment := float64(n) / float64(size[p.group])
		inBand := float64(together[pair{band, p.a, p.b}]) / float64(size[band])
		if lift := inSegment / inBand; lift > bestLift {
			best, bestLift = p, lift
		}
	}
	if bestLift < 3 {
		t.Errorf("no segment stands out: the best pair %v is only %.1fx as common as in its size band", best, bestLift)
	}
}

func TestGenerateContacts(t *testing.T) {
	ds := book(t)
	domains := map[string]string{}
	perAccount := map[string]int{}
	primaries := map[string]int{}
	ids := map[string]bool{}
	for _, c := range ds.Contacts {
		if !strings.HasPrefix(c.ID, "CON-") || ids[c.ID] {
			t.Errorf("contact id %q is malformed or repeated", c.ID)
		}
		ids[c.ID] = true
		perAccount[c.AccountID]++
		if c.Primary {
			primaries[c.AccountID]++
		}
		if len(strings.Fields(c.Name)) < 2 || c.Title == "" {
			t.Errorf("contact %s: name %q, title %q", c.ID, c.Name, c.Title)
		}
		if c.Primary && (c.Email == "" || c.Phone == "") {
			t.Errorf("primary contact %s lacks email or phone", c.ID)
		}
		if c.Email != "" {
			at := strings.IndexByte(c.Email, '@')
			local, domain := c.Email[:max(at, 0)], c.Email[at+1:]
			if at <= 0 || strings.Trim(local, "abcdefghijklmnopqrstuvwxyz0123456789.") != "" || !strings.Contains(domain, ".") {
				t.Errorf("contact %s has email %q", c.ID, c.Email)
			}
			if d, ok := domains[c.AccountID]; ok && d != domain {
				t.Errorf("%s: emails on %s and %s", c.AccountID, d, domain)
			}
			domains[c.AccountID] = domain
		}
		if c.Phone != "" && (!strings.HasPrefix(c.Phone, "+") || strings.Trim(c.Phone, "+0123456789 ") != "") {
			t.Errorf("contact %s has phone %q", c.ID, c.Phone)
		}
	}
	for _, a := range ds.Accounts {
		if n := perAccount[a.ID]; n < 1 || n > 3 || primaries[a.ID] != 1 {
			t.Errorf("%s has %d contacts, %d primary", a.ID, n, primaries[a.ID])
		}
		if a.Region == "DACH" && !strings.HasSuffix(domains[a.ID], ".de") && !strings.HasSuffix(domains[a.ID], ".at") && !strings.HasSuffix(domains[a.ID], ".ch") {
			t.Errorf("DACH account %s writes from %s", a.ID, domains[a.ID])
		}
	}
}

func TestGeneratePains(t *testing.T) {
	ds := book(t)
	categories := map[string]bool{}
	for _, c := range ds.Playbook.PainCategories {
		categories[c.ID] = true
	}
	stage := map[string]model.Stage{}
	for _, a := range ds.Accounts {
		stage[a.ID] = a.Stage
	}
	status := map[model.PainStatus]int{}
	atRiskOpen := map[string]int{}
	titles := map[string]bool{}
	for _, p := range ds.Pains {
		status[p.Status]++
		titles[p.Title] = true
		if p.ID != 0 {
			t.Errorf("pain %q has id %d; the store assigns ids", p.Title, p.ID)
		}
		if !categories[p.Category] || p.Severity < 1 || p.Severity > 3 || len(p.Title) < 15 {
			t.Errorf("pain %+v", p)
		}
		if p.NotedAt.IsZero() || p.NotedAt.After(now) {
			t.Errorf("pain %q noted %v", p.Title, p.NotedAt)
		}
		if p.Status == model.PainOpen && stage[p.AccountID] == model.StageAtRisk {
			atRiskOpen[p.AccountID]++
		}
	}
	if status[model.PainOpen] < len(ds.Accounts)/2 || status[model.PainResolved] < len(ds.Accounts)/4 {
		t.Errorf("pain statuses %v", status)
	}
	for _, a := range ds.Accounts {
		if a.Stage == model.StageAtRisk && atRiskOpen[a.ID] < 2 {
			t.Errorf("at-risk %s has %d open pains", a.ID, atRiskOpen[a.ID])
		}
	}
	if len(titles) < len(ds.Pains)/4 {
		t.Errorf("only %d different pain titles for %d pains", len(titles), len(ds.Pains))
	}
}

func TestGenerateCalls(t *testing.T) {
	ds := book(t)
	products := map[string]bool{}
	for _, p := range ds.Playbook.Products {
		products[p.ID] = true
	}
	contactOf := map[string]string{}
	for _, c := range ds.Contacts {
		contactOf[c.ID] = c.AccountID
	}
	stage := map[string]model.Stage{}
	locale := map[string]string{}
	for _, a := range ds.Accounts {
		stage[a.ID] = a.Stage
		locale[a.ID] = a.Locale
	}
	responses := map[model.Response]int{}
	recentDeclines := 0
	for _, c := range ds.Calls {
		if err := c.Validate(); err != nil {
			t.Errorf("call %+v: %v", c, err)
		}
		if c.ID != 0 || contactOf[c.ContactID] != c.AccountID {
			t.Errorf("call of %s has id %d and contact %s", c.AccountID, c.ID, c.ContactID)
		}
		// A churned account's history ends with its exit call, however
		// long ago; the others show the last year.
		if !c.StartedAt.Before(now) || (stage[c.AccountID] != model.StageChurned && c.StartedAt.Before(now.AddDate(-1, 0, -1))) {
			t.Errorf("call of %s started %v", c.AccountID, c.StartedAt)
		}
		if c.Notes == "" || c.Duration <= 0 {
			t.Errorf("call of %s: notes %q, duration %v", c.AccountID, c.Notes, c.Duration)
		}
		if len(c.Offers) > 0 && c.Outcome != model.OutcomeConnected {
			t.Errorf("offers made on a %s call", c.Outcome)
		}
		for _, o := range c.Offers {
			if !products[o.ProductID] {
				t.Errorf("offer of unknown product %q", o.ProductID)
			}
			if !strings.Contains(c.Notes, productName(ds.Playbook, o.ProductID, locale[c.AccountID])) {
				t.Errorf("notes %q do not mention the offered %s", c.Notes, o.ProductID)
			}
			responses[o.Response]++
			if o.Response == model.ResponseDeclined && now.Sub(c.StartedAt) < model.DefaultCoolOff {
				if s := stage[c.AccountID]; s == model.StageValueRealized || s == model.StageAdvocate {
					recentDeclines++
				}
			}
		}
	}
	for _, r := range model.Responses {
		if responses[r] == 0 {
			t.Errorf("no offer was answered %s", r)
		}
	}
	if recentDeclines < 2 {
		t.Errorf("%d recent declines; want a few, so that cool-off shows", recentDeclines)
	}
}

// productName is how call notes in a language name a product.
func productName(pb model.Playbook, id, lang string) string {
	for _, p := range pb.Products {
		if p.ID == id {
			return p.NameIn(lang)
		}
	}
	return id
}

// TestGenerateText makes sure no phrase slot or template brace reaches a
// rep, and that German accounts read German.
func TestGenerateText(t *testing.T) {
	ds := book(t)
	check := func(what, s string) {
		if strings.ContainsAny(s, "{}") || strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
			t.Errorf("%s %q", what, s)
		}
	}
	locale := map[string]string{}
	for _, a := range ds.Accounts {
		locale[a.ID] = a.Locale
		check("account name", a.Name)
	}
	for _, c := range ds.Contacts {
		for _, f := range []string{c.Name, c.Title, c.Email, c.Phone} {
			check("contact", f)
		}
	}
	for _, p := range ds.Pains {
		check("pain", p.Title)
	}
	german := 0
	for _, c := range ds.Calls {
		check("notes", c.Notes)
		if locale[c.AccountID] == "de" && c.Outcome == model.OutcomeConnected {
			if !strings.Contains(c.Notes, " mit ") && !strings.Contains(c.Notes, " hat angerufen") {
				t.Errorf("notes of German account %s read %q", c.AccountID, c.Notes)
			}
			german++
		}
	}
	if german == 0 {
		t.Error("no connected calls with German accounts")
	}
}

func BenchmarkGenerate100k(b *testing.B) {
	pb := playbook(b)
	for b.Loop() {
		ds := demo.Generate(pb, demo.Options{Seed: 1, Accounts: 100_000, Now: now})
		if len(ds.Holdings) < 800_000 {
			b.Fatalf("%d holdings", len(ds.Holdings))
		}
	}
}
