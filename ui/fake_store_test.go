package ui

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"talktrack/model"
)

// fixedNow is the clock of every test: a Wednesday afternoon.
var fixedNow = time.Date(2026, 11, 18, 14, 5, 0, 0, time.UTC)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fakeStore is an in-memory Store with a small, realistic book of
// business. It records every query and write so tests can assert on them.
type fakeStore struct {
	mu       sync.Mutex
	accounts []model.PortfolioRow
	views    map[string]model.AccountView
	drafts   map[string]model.Draft
	calls    []model.Call

	queries   []model.PortfolioQuery
	saves     []model.Draft
	saveErr   error
	logErr    error
	draftErr  error
	deletions []string

	// today is the day's queue (see fake_today_test.go).
	today        []model.TodayItem
	todayQueries []model.TodayQuery
	done         map[string]bool

	// syncStatus is what SyncStatus answers.
	syncStatus model.SyncStatus
}

var _ Store = (*fakeStore)(nil)

func newFakeStore() *fakeStore {
	f := &fakeStore{views: map[string]model.AccountView{}, drafts: map[string]model.Draft{}}
	for _, v := range detailedAccounts() {
		f.views[v.Account.ID] = v
	}
	for _, r := range portfolioRows() {
		if v, ok := f.views[r.ID]; ok {
			r.Name, r.Stage, r.ARR, r.RenewalDate = v.Account.Name, v.Account.Stage, v.Account.ARR, v.Account.RenewalDate
		}
		f.accounts = append(f.accounts, r)
	}
	f.drafts["acc-0107"] = model.Draft{
		ID:        "draft-0107",
		AccountID: "acc-0107",
		StartedAt: time.Date(2026, 11, 18, 13, 52, 10, 0, time.UTC),
		Notes:     "Spoke with Priya Raman about the Q1 intake.\nThey hire 12 associates in January",
		Offers:    []model.Offer{{ProductID: "docs-ent", Response: model.ResponseInterested}},
		UpdatedAt: time.Date(2026, 11, 18, 13, 58, 41, 0, time.UTC),
	}
	return f
}

// newBulkStore is a book of n plain accounts, for paging.
func newBulkStore(n int) *fakeStore {
	f := &fakeStore{views: map[string]model.AccountView{}, drafts: map[string]model.Draft{}}
	for i := range n {
		f.accounts = append(f.accounts, model.PortfolioRow{
			ID: fmt.Sprintf("bulk-%05d", i), Name: fmt.Sprintf("Account %05d", i),
			Stage: model.Stages[i%len(model.Stages)], ARR: float64(1000 * (i%97 + 1)),
		})
	}
	return f
}

func (f *fakeStore) Portfolio(_ context.Context, q model.PortfolioQuery) (model.PortfolioPage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q)
	key := model.NameKey(q.Filter)
	var rows []model.PortfolioRow
	for _, r := range f.accounts {
		if q.Stage != "" && r.Stage != q.Stage {
			continue
		}
		if !strings.Contains(model.NameKey(r.Name), key) {
			continue
		}
		if _, ok := f.drafts[r.ID]; ok {
			r.HasDraft = true
		}
		for _, c := range f.calls {
			if c.AccountID == r.ID && c.StartedAt.After(r.LastContact) {
				r.LastContact = c.StartedAt
			}
		}
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b model.PortfolioRow) int {
		// Names that start with the filter come first, as the store promises.
		if key != "" {
			ap, bp := strings.HasPrefix(model.NameKey(a.Name), key), strings.HasPrefix(model.NameKey(b.Name), key)
			if ap != bp {
				if ap {
					return -1
				}
				return 1
			}
		}
		c := compareRows(a, b, q.Sort)
		if q.Desc {
			c = -c
		}
		return cmp.Or(c, strings.Compare(a.Name, b.Name))
	})
	page := model.PortfolioPage{Total: len(rows)}
	lo := min(q.Offset, len(rows))
	hi := min(lo+q.Limit, len(rows))
	page.Rows = slices.Clone(rows[lo:hi])
	return page, nil
}

func compareRows(a, b model.PortfolioRow, s model.PortfolioSort) int {
	switch s {
	case model.SortStage:
		return cmp.Compare(slices.Index(model.Stages, a.Stage), slices.Index(model.Stages, b.Stage))
	case model.SortRenewal:
		return a.RenewalDate.Compare(b.RenewalDate)
	case model.SortARR:
		return cmp.Compare(a.ARR, b.ARR)
	case model.SortOpenPains:
		return cmp.Compare(a.OpenPains, b.OpenPains)
	case model.SortLastContact:
		return a.LastContact.Compare(b.LastContact)
	case model.SortHealth:
		return cmp.Compare(a.Health, b.Health)
	}
	return strings.Compare(a.Name, b.Name)
}

func (f *fakeStore) AccountView(_ context.Context, id string, now time.Time) (model.AccountView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	v, ok := f.views[id]
	if !ok {
		i := slices.IndexFunc(f.accounts, func(r model.PortfolioRow) bool { return r.ID == id })
		if i < 0 {
			return model.AccountView{}, model.Errorf(model.ENOTFOUND, "no account %q", id)
		}
		r := f.accounts[i]
		v = model.AccountView{
			Account:  model.Account{ID: r.ID, Name: r.Name, Stage: r.Stage, ARR: r.ARR, RenewalDate: r.RenewalDate},
			Briefing: model.Briefing{Guidance: r.Stage.Guidance()},
		}
	}
	var calls []model.Call
	for _, c := range f.calls {
		if c.AccountID == id {
			calls = append([]model.Call{c}, calls...)
		}
	}
	v.RecentCalls = append(calls, v.RecentCalls...)
	if d, ok := f.drafts[id]; ok {
		v.Draft = &d
	}
	return v, nil
}

func (f *fakeStore) SaveDraft(_ context.Context, d model.Draft) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.saveErr != nil {
		return f.saveErr
	}
	if d.ID == "" {
		return model.Errorf(model.EINVALID, "a call draft needs an id")
	}
	f.saves = append(f.saves, d)
	f.drafts[d.AccountID] = d
	return nil
}

func (f *fakeStore) Draft(_ context.Context, id string) (model.Draft, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.draftErr != nil {
		return model.Draft{}, f.draftErr
	}
	d, ok := f.drafts[id]
	if !ok {
		return model.Draft{}, model.Errorf(model.ENOTFOUND, "no draft for %q", id)
	}
	return d, nil
}

// DeleteDraft deletes the draft with this draft id (drafts are kept by
// account, the newest one per account, for the tests' convenience).
func (f *fakeStore) DeleteDraft(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.deletions = append(f.deletions, id)
	f.deleteDraft(id)
	return nil
}

func (f *fakeStore) deleteDraft(id string) {
	for acc, d := range f.drafts {
		if d.ID == id {
			delete(f.drafts, acc)
		}
	}
}

func (f *fakeStore) LogCall(_ context.Context, c model.Call) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.logErr != nil {
		return 0, f.logErr
	}
	if err := c.Validate(); err != nil {
		return 0, err
	}
	c.ID = int64(len(f.calls) + 1)
	f.calls = append(f.calls, c)
	if c.DraftID != "" {
		f.deleteDraft(c.DraftID)
	}
	return c.ID, nil
}

func (f *fakeStore) lastQuery() model.PortfolioQuery {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.queries[len(f.queries)-1]
}

func (f *fakeStore) savedDrafts() []model.Draft {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.saves)
}

// portfolioRows is a small book across industries and all six stages.
func portfolioRows() []model.PortfolioRow {
	return []model.PortfolioRow{
		{ID: "acc-0042", OpenPains: 3, TopSuggestion: "Insights Enterprise", TopKind: model.KindUpsell, LastContact: time.Date(2026, 10, 2, 10, 30, 0, 0, time.UTC)},
		{ID: "acc-0081", OpenPains: 2, LastContact: time.Date(2026, 11, 11, 9, 0, 0, 0, time.UTC)},
		{ID: "acc-0107", OpenPains: 1, TopSuggestion: "Docs Enterprise", TopKind: model.KindUpsell, LastContact: time.Date(2026, 8, 21, 15, 0, 0, 0, time.UTC)},
		{ID: "acc-0003", Name: "Acme Robotics", Stage: model.StageAdoption, RenewalDate: date(2027, 4, 1), ARR: 64000, OpenPains: 2, TopSuggestion: "Onboarding Workshop", TopKind: model.KindCrossSell, LastContact: time.Date(2026, 11, 3, 11, 0, 0, 0, time.UTC)},
		{ID: "acc-0011", Name: "Bluepeak Software", Stage: model.StageAdvocate, RenewalDate: date(2027, 2, 14), ARR: 412000, OpenPains: 0, TopSuggestion: "Insights Enterprise", TopKind: model.KindUpsell, LastContact: time.Date(2026, 11, 16, 16, 0, 0, 0, time.UTC)},
		{ID: "acc-0019", Name: "Cedar Lane Clinics", Stage: model.StageOnboarding, RenewalDate: date(2027, 9, 30), ARR: 38500, OpenPains: 1},
		{ID: "acc-0023", Name: "Copperline Freight", Stage: model.StageValueRealized, RenewalDate: date(2027, 6, 12), ARR: 97000, OpenPains: 1, TopSuggestion: "Scale Pack", TopKind: model.KindCrossSell, LastContact: time.Date(2026, 7, 2, 10, 0, 0, 0, time.UTC)},
		{ID: "acc-0031", Name: "Driftwood Hotels", Stage: model.StageChurned, RenewalDate: time.Time{}, ARR: 0, OpenPains: 0, LastContact: time.Date(2025, 12, 1, 10, 0, 0, 0, time.UTC)},
		{ID: "acc-0037", Name: "Evergreen Credit Union", Stage: model.StageAtRisk, RenewalDate: date(2026, 12, 31), ARR: 230000, OpenPains: 4, LastContact: time.Date(2026, 11, 17, 9, 30, 0, 0, time.UTC)},
		{ID: "acc-0044", Name: "Fjord Analytics", Stage: model.StageValueRealized, RenewalDate: date(2027, 3, 3), ARR: 151000, OpenPains: 0, TopSuggestion: "Premium Support", TopKind: model.KindCrossSell, LastContact: time.Date(2026, 10, 20, 14, 0, 0, 0, time.UTC)},
		{ID: "acc-0052", Name: "Granite Peak Insurance", Stage: model.StageAdvocate, RenewalDate: date(2027, 1, 8), ARR: 1250000, OpenPains: 1, TopSuggestion: "Analytics Seats", TopKind: model.KindUpsell, LastContact: time.Date(2026, 11, 2, 13, 0, 0, 0, time.UTC)},
		{ID: "acc-0058", Name: "Juniper Health Partners", Stage: model.StageAdoption, RenewalDate: date(2027, 5, 19), ARR: 78000, OpenPains: 3, TopSuggestion: "Admin Training", TopKind: model.KindCrossSell},
		{ID: "acc-0063", Name: "Kestrel Manufacturing", Stage: model.StageValueRealized, RenewalDate: date(2027, 8, 1), ARR: 305000, OpenPains: 2, TopSuggestion: "Forecasting", TopKind: model.KindCrossSell, LastContact: time.Date(2026, 9, 9, 9, 0, 0, 0, time.UTC)},
		{ID: "acc-0070", Name: "Lumen Schools Trust", Stage: model.StageOnboarding, RenewalDate: date(2027, 10, 15), ARR: 24000, OpenPains: 0},
		{ID: "acc-0074", Name: "Maple & Main Bakery", Stage: model.StageAdoption, RenewalDate: date(2027, 2, 27), ARR: 6800, OpenPains: 1, LastContact: time.Date(2026, 10, 30, 8, 0, 0, 0, time.UTC)},
		{ID: "acc-0088", Name: "Northgate Pharmacy", Stage: model.StageAtRisk, RenewalDate: date(2027, 1, 20), ARR: 54000, OpenPains: 2, LastContact: time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)},
		{ID: "acc-0095", Name: "Oakridge Property Group", Stage: model.StageAdvocate, RenewalDate: date(2027, 7, 7), ARR: 189000, OpenPains: 0, TopSuggestion: "Docs Enterprise", TopKind: model.KindUpsell, LastContact: time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)},
		{ID: "acc-0112", Name: "Quarry Lane Studios", Stage: model.StageValueRealized, RenewalDate: date(2027, 3, 28), ARR: 42000, OpenPains: 1, TopSuggestion: "Scale Pack", TopKind: model.KindCrossSell},
		{ID: "acc-0120", Name: "Redwood Civic Services", Stage: model.StageAdoption, RenewalDate: date(2027, 11, 1), ARR: 133000, OpenPains: 2, LastContact: time.Date(2026, 11, 12, 15, 0, 0, 0, time.UTC)},
	}
}

var (
	insightsPro = model.Product{ID: "insights-pro", Name: "Insights Pro", Family: "insights", Tier: 2, Price: 39, BillingUnit: "seat/month", Seated: true, Pains: []string{"reporting"}}
	insightsEnt = model.Product{ID: "insights-ent", Name: "Insights Enterprise", Family: "insights", Tier: 3, Price: 57, BillingUnit: "seat/month", Seated: true, Pains: []string{"reporting", "security"}}
	commerce    = model.Product{ID: "commerce-core", Name: "Commerce Core", Family: "commerce", Tier: 1, Price: 2400, BillingUnit: "month"}
	scalePack   = model.Product{ID: "scale-pack", Name: "Scale Pack", Family: "scale-pack", Tier: 1, Price: 600, BillingUnit: "month", Pains: []string{"scale"}}
	stdSupport  = model.Product{ID: "support-std", Name: "Standard Support", Family: "support", Tier: 1, Price: 0, BillingUnit: "year"}
	premSupport = model.Product{ID: "support-prem", Name: "Premium Support", Family: "support", Tier: 2, Price: 9000, BillingUnit: "year", Pains: []string{"support"}}
	docsTeam    = model.Product{ID: "docs-team", Name: "Docs Team", Family: "docs", Tier: 1, Price: 15, BillingUnit: "seat/month", Seated: true}
	docsEnt     = model.Product{ID: "docs-ent", Name: "Docs Enterprise", Family: "docs", Tier: 2, Price: 29, BillingUnit: "seat/month", Seated: true, Pains: []string{"security"}}
	training    = model.Product{ID: "admin-training", Name: "Admin Training", Family: "admin-training", Tier: 1, Price: 1800, BillingUnit: "unit", Pains: []string{"onboarding"}}
	crmStarter  = model.Product{ID: "crm-starter", Name: "CRM Starter", Family: "CRM", Tier: 1, Price: 25, BillingUnit: "seat/month", Seated: true}
	crmPro      = model.Product{ID: "crm-pro", Name: "CRM Pro", Family: "CRM", Tier: 2, Price: 59, BillingUnit: "seat/month", Seated: true, Pains: []string{"reporting"}}
	deskPro     = model.Product{ID: "desk-pro", Name: "Service Desk Pro", Family: "Service Desk", Tier: 2, Price: 49, BillingUnit: "seat/month", Seated: true}
	flowsBiz    = model.Product{ID: "flows-business", Name: "Workflows Business", Family: "Workflows", Tier: 2, Price: 900, BillingUnit: "month", Pains: []string{"automation"}}
	knowledge   = model.Product{ID: "knowledge-base", Name: "Knowledge Base", Family: "Knowledge Base", Tier: 1, Price: 150, BillingUnit: "month", Pains: []string{"support"}}
	connectStd  = model.Product{ID: "connect-standard", Name: "Connect Standard", Family: "Connect", Tier: 1, Price: 450, BillingUnit: "month", Pains: []string{"integration"}}
	connectPlus = model.Product{ID: "connect-plus", Name: "Connect Plus", Family: "Connect", Tier: 2, Price: 1100, BillingUnit: "month", Pains: []string{"integration"}}
	migration   = model.Product{ID: "data-migration", Name: "Data Migration Service", Family: "Data Migration", Tier: 1, Price: 3000, BillingUnit: "package", Pains: []string{"integration"}}
)

// detailedAccounts are the accounts with a full briefing: one in value
// realized with three suggestions and a past call, one at risk (no
// offers), one advocate with a call draft in progress.
func detailedAccounts() []model.AccountView {
	northwind := model.AccountView{
		Account: model.Account{
			ID: "acc-0042", Name: "Northwind Outfitters", Industry: "retail", SizeBand: "200-999", Employees: 480,
			Region: "DACH", Locale: "en", Currency: "USD", ARR: 186000, Owner: "Dana Whitfield", RenewalDate: date(2027, 1, 30),
			Stage: model.StageValueRealized, StageSince: date(2026, 8, 11),
		},
		Contacts: []model.Contact{
			{ID: "c-1", Name: "Jonas Berger", Title: "Head of E-commerce", Primary: true},
			{ID: "c-2", Name: "Mia Keller", Title: "Finance Lead"},
			{ID: "c-3", Name: "Tom Brandt", Title: "IT Admin"},
		},
		Holdings: []model.HeldProduct{
			{Holding: model.Holding{Quantity: 1, Since: date(2023, 5, 1)}, Product: commerce},
			{Holding: model.Holding{Quantity: 50, SeatsUsed: 47, Since: date(2024, 3, 1)}, Product: insightsPro},
			{Holding: model.Holding{Quantity: 1, Since: date(2023, 5, 1)}, Product: stdSupport},
		},
		Pains: []model.PainPoint{
			{ID: 11, Category: "reporting", Title: "Month-end reporting takes us two full days of copy-paste", Severity: 3, Status: model.PainOpen, NotedAt: date(2026, 9, 14)},
			{ID: 12, Category: "scale", Title: "The shop slows to a crawl every time we run a promotion", Severity: 2, Status: model.PainOpen, NotedAt: date(2026, 10, 2)},
			{ID: 13, Category: "support", Title: "Support tickets sit for a day before anyone answers", Severity: 1, Status: model.PainOpen, NotedAt: date(2026, 6, 3)},
			{ID: 9, Category: "onboarding", Title: "Nobody on the floor knew how to use the returns screen", Severity: 2, Status: model.PainResolved, NotedAt: date(2025, 11, 20)},
		},
		RecentCalls: []model.Call{
			{ID: 7, AccountID: "acc-0042", StartedAt: time.Date(2026, 10, 2, 10, 30, 0, 0, time.UTC), Duration: 18 * time.Minute, Outcome: model.OutcomeConnected,
				Notes: "Walked through Q3 numbers with Jonas. Premium support not in budget until Q1.", FollowUp: date(2026, 11, 20),
				Offers: []model.Offer{{ProductID: "support-prem", Response: model.ResponseDeclined}}},
			{ID: 5, AccountID: "acc-0042", StartedAt: time.Date(2026, 9, 14, 9, 0, 0, 0, time.UTC), Outcome: model.OutcomeNoAnswer},
		},
		Briefing: model.Briefing{
			Guidance: model.StageValueRealized.Guidance(),
			Suggestions: []model.Suggestion{
				{
					Product: insightsEnt, Kind: model.KindUpsell, Quantity: 50, Score: 62, Solves: []int64{11},
					Reasons: []model.Reason{
						{Points: 30, Text: "Solves “Month-end reporting takes us two full days of copy-paste”"},
						{Points: 20, Text: "Next tier of Insights Pro, which they hold"},
						{Points: 12, Text: "Renewal in 73 days: a natural moment to move up"},
					},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointBenefit, Text: "You told us month-end reporting takes two full days of copy-paste; Insights Enterprise schedules those reports so they are ready on the 1st."},
						{Kind: model.PointValue, Text: "It is $18 per seat/month more than Insights Pro; it saves the two days of manual reporting each month."},
						{Kind: model.PointProof, Text: "31 of 44 retail companies with 200-999 employees that use Insights Pro also use Insights Enterprise."},
						{Kind: model.PointQuestion, Text: "Who builds the month-end numbers today, and what would they do with two days back?"},
						{Kind: model.PointExit, Text: "If the timing is wrong, we can look at it again before the renewal on 30 Jan 2027."},
					},
				},
				{
					Product: scalePack, Kind: model.KindCrossSell, Quantity: 1, Score: 41, Solves: []int64{12},
					Reasons: []model.Reason{
						{Points: 25, Text: "Solves “The shop slows to a crawl every time we run a promotion”"},
						{Points: 16, Text: "Complements Commerce Core: absorbs traffic peaks without a re-platform"},
					},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointBenefit, Text: "You said the shop slows to a crawl during promotions; Scale Pack keeps checkout fast at ten times normal traffic."},
						{Kind: model.PointQuestion, Text: "When is your next big promotion?"},
						{Kind: model.PointExit, Text: "If peaks are rare for you, this may not be worth it yet."},
					},
				},
				{
					Product: insightsPro, Kind: model.KindUpsell, Quantity: 10, Score: 28,
					Reasons: []model.Reason{{Points: 28, Text: "47 of 50 Insights Pro seats in use (94%)"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointQuestion, Text: "You use 47 of your 50 seats; who else on the team should see the numbers?"},
					},
				},
			},
			CoolingOff: []model.CoolingOff{{Product: premSupport, DeclinedAt: time.Date(2026, 10, 2, 10, 30, 0, 0, time.UTC), Until: date(2026, 12, 31)}},
		},
	}
	harbor := model.AccountView{
		Account: model.Account{
			ID: "acc-0081", Name: "Harbor Point Dental", Industry: "healthcare", SizeBand: "50-199", Employees: 120,
			Region: "US East", Locale: "en", Currency: "USD", ARR: 42000, Owner: "Luis Ortega", RenewalDate: date(2026, 12, 15),
			Stage: model.StageAtRisk, StageSince: date(2026, 10, 28),
		},
		Contacts: []model.Contact{{ID: "c-9", Name: "Dr. Anne Cho", Title: "Practice Owner", Primary: true}},
		Holdings: []model.HeldProduct{{Holding: model.Holding{Quantity: 12, SeatsUsed: 7, Since: date(2025, 2, 1)}, Product: docsTeam}},
		Pains: []model.PainPoint{
			{ID: 31, Category: "integration", Title: "Appointments double-book whenever two front desks edit at once", Severity: 3, Status: model.PainOpen},
			{ID: 32, Category: "support", Title: "We waited a week for an answer about the outage", Severity: 2, Status: model.PainOpen},
		},
		Briefing: model.Briefing{Guidance: model.StageAtRisk.Guidance()},
	}
	alder := model.AccountView{
		Account: model.Account{
			ID: "acc-0107", Name: "Alder & Finch Legal", Industry: "legal", SizeBand: "50-199", Employees: 85,
			Region: "UK", Locale: "en", Currency: "GBP", ARR: 58000, Owner: "Dana Whitfield", RenewalDate: date(2027, 4, 30),
			Stage: model.StageAdvocate, StageSince: date(2026, 2, 2),
		},
		Contacts: []model.Contact{{ID: "c-20", Name: "Priya Raman", Title: "Operations Partner", Primary: true}},
		Holdings: []model.HeldProduct{{Holding: model.Holding{Quantity: 40, SeatsUsed: 38, Since: date(2024, 9, 1)}, Product: docsTeam}},
		Pains: []model.PainPoint{
			{ID: 41, Category: "security", Title: "Clients ask for audit trails we cannot produce", Severity: 2, Status: model.PainOpen},
		},
		Briefing: model.Briefing{
			Guidance: model.StageAdvocate.Guidance(),
			Suggestions: []model.Suggestion{
				{Product: docsEnt, Kind: model.KindUpsell, Quantity: 40, Score: 55, Solves: []int64{41},
					Reasons: []model.Reason{{Points: 30, Text: "Solves “Clients ask for audit trails we cannot produce”"}, {Points: 25, Text: "Advocate: best moment to move up"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointBenefit, Text: "Docs Enterprise keeps a full audit trail your clients can be shown."},
						{Kind: model.PointExit, Text: "If audits are not pressing yet, we can park this."},
					}},
				{Product: training, Kind: model.KindCrossSell, Quantity: 1, Score: 18,
					Reasons:       []model.Reason{{Points: 18, Text: "12 of 19 legal firms with 50-199 employees that use Docs Team also use Admin Training"}},
					TalkingPoints: []model.TalkingPoint{{Kind: model.PointQuestion, Text: "How do new associates learn the document workflow today?"}}},
			},
		},
	}
	return []model.AccountView{northwind, harbor, alder}
}

// newLanguageStore is the fake book with a Japanese and a Russian account
// added, for the screens that must hold wide characters and Cyrillic.
func newLanguageStore() *fakeStore {
	f := newFakeStore()
	for _, v := range []model.AccountView{japaneseAccount(), russianAccount()} {
		f.views[v.Account.ID] = v
		f.accounts = append(f.accounts, model.PortfolioRow{ID: v.Account.ID, Name: v.Account.Name, Stage: v.Account.Stage,
			ARR: v.Account.ARR, RenewalDate: v.Account.RenewalDate, OpenPains: 2})
	}
	return f
}

// japaneseAccount is a Japanese customer spoken to in keigo and billed in
// yen: wide characters in every part of the account screen.
func japaneseAccount() model.AccountView {
	return model.AccountView{
		Account: model.Account{
			ID: "acc-0130", Name: "株式会社長谷川海運", Industry: "logistics", SizeBand: "1000-4999", Employees: 1450,
			Region: "Japan", Locale: "ja", Currency: "JPY", ARR: 29008000, Owner: "渡辺 健二", RenewalDate: date(2027, 2, 16),
			Stage: model.StageValueRealized, StageSince: date(2026, 3, 2),
		},
		Contacts: []model.Contact{
			{ID: "c-30", Name: "長谷川 誠", Title: "代表取締役", Primary: true},
			{ID: "c-31", Name: "佐藤 美咲", Title: "情報システム部長"},
		},
		Holdings: []model.HeldProduct{
			{Holding: model.Holding{Quantity: 120, SeatsUsed: 112, Since: date(2024, 4, 1)}, Product: crmPro},
			{Holding: model.Holding{Quantity: 40, SeatsUsed: 31, Since: date(2024, 10, 1)}, Product: deskPro},
		},
		Pains: []model.PainPoint{
			{ID: 51, Category: "automation", Title: "見積書をPDFで送り、スキャンで戻ってくる", Severity: 3, Status: model.PainOpen, NotedAt: date(2026, 9, 30)},
			{ID: 52, Category: "support", Title: "問い合わせが2日間誰にも対応されないことがある", Severity: 2, Status: model.PainOpen, NotedAt: date(2026, 8, 12)},
			{ID: 50, Category: "security", Title: "サポートチームがまだログインを共有している", Severity: 2, Status: model.PainResolved, NotedAt: date(2025, 12, 3)},
		},
		RecentCalls: []model.Call{
			{ID: 21, AccountID: "acc-0130", StartedAt: time.Date(2026, 10, 6, 2, 0, 0, 0, time.UTC), Duration: 24 * time.Minute, Outcome: model.OutcomeConnected,
				Notes: "長谷川様と四半期レビュー。今四半期は月次決算が2日早く締まった。「問い合わせが2日間誰にも対応されないことがある」は引き続き課題とのこと。"},
		},
		Briefing: model.Briefing{
			Guidance: model.StageValueRealized.GuidanceIn("ja"),
			Suggestions: []model.Suggestion{
				{Product: flowsBiz, Kind: model.KindCrossSell, Quantity: 1, Score: 58, Solves: []int64{51},
					Reasons: []model.Reason{{Points: 30, Text: "Solves an open pain: “見積書をPDFで送り、スキャンで戻ってくる” (manual work, high)"}, {Points: 28, Text: "4 other products they hold point toward Workflows Business in the book's history"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointBenefit, Text: "以前「見積書をPDFで送り、スキャンで戻ってくる」とお伺いしました。Workflows Businessはまさにその課題のために作られています。"},
						{Kind: model.PointValue, Text: "Workflows Businessは月額¥135,000です。承認、条件分岐、エラー通知により、特定の方しか分からないスクリプトを廃止できます。"},
						{Kind: model.PointQuestion, Text: "毎週まだ手作業で行っている業務のうち、一番なくしたいものはどれでしょうか。"},
						{Kind: model.PointExit, Text: "今はWorkflows Businessの時期ではないということでしたら、遠慮なくおっしゃってください。しばらくはご提案を控えるよう記録しておきます。"},
					}},
				{Product: crmPro, Kind: model.KindSeats, Quantity: 24, Score: 37,
					Reasons: []model.Reason{{Points: 37, Text: "Uses 112 of 120 seats (93%)"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointBenefit, Text: "CRM Proは120ライセンスのうち112ライセンスがすでに使用中です。24ライセンスを追加いただければ、新しく加わる方もお待たせすることなくご利用いただけます。"},
						{Kind: model.PointValue, Text: "現在より月額¥213,600の追加となります。"},
					}},
				{Product: knowledge, Kind: model.KindCrossSell, Quantity: 1, Score: 30, Solves: []int64{52},
					Reasons: []model.Reason{{Points: 30, Text: "Solves an open pain: “問い合わせが2日間誰にも対応されないことがある” (support, medium)"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointQuestion, Text: "お客様が御社からの回答をお待ちになる時間は、現在どのくらいでしょうか。"},
					}},
			},
		},
	}
}

// russianAccount is a Russian customer spoken to with «вы» and billed in
// roubles.
func russianAccount() model.AccountView {
	return model.AccountView{
		Account: model.Account{
			ID: "acc-0140", Name: "ООО «Вектор Логистик»", Industry: "logistics", SizeBand: "200-999", Employees: 340,
			Region: "Russia", Locale: "ru", Currency: "RUB", ARR: 4870000, Owner: "Андрей Котов", RenewalDate: date(2027, 3, 20),
			Stage: model.StageAdvocate, StageSince: date(2025, 12, 1),
		},
		Contacts: []model.Contact{
			{ID: "c-40", Name: "Ирина Смирнова", Title: "Директор по продажам", Primary: true},
			{ID: "c-41", Name: "Павел Орлов", Title: "ИТ-директор"},
		},
		Holdings: []model.HeldProduct{
			{Holding: model.Holding{Quantity: 30, SeatsUsed: 29, Since: date(2024, 2, 1)}, Product: crmStarter},
			{Holding: model.Holding{Quantity: 1, Since: date(2025, 5, 1)}, Product: connectStd},
		},
		Pains: []model.PainPoint{
			{ID: 61, Category: "reporting", Title: "Каждый понедельник заново собираем одну и ту же таблицу по воронке", Severity: 3, Status: model.PainOpen, NotedAt: date(2026, 10, 21)},
			{ID: 62, Category: "integration", Title: "Заказы вводим дважды: в ERP и здесь", Severity: 2, Status: model.PainOpen, NotedAt: date(2026, 9, 2)},
		},
		RecentCalls: []model.Call{
			{ID: 31, AccountID: "acc-0140", StartedAt: time.Date(2026, 10, 21, 8, 0, 0, 0, time.UTC), Duration: 31 * time.Minute, Outcome: model.OutcomeConnected,
				Notes: "Квартальный обзор, на связи Ирина, очень позитивно. Готовы выступить референсом для других компаний отрасли."},
		},
		Briefing: model.Briefing{
			Guidance: model.StageAdvocate.GuidanceIn("ru"),
			Suggestions: []model.Suggestion{
				{Product: crmPro, Kind: model.KindUpsell, Quantity: 30, Score: 70, Solves: []int64{61},
					Reasons: []model.Reason{{Points: 30, Text: "Next tier up from CRM Starter"}, {Points: 30, Text: "Solves an open pain: “Каждый понедельник заново собираем одну и ту же таблицу по воронке” (reporting, high)"}, {Points: 10, Text: "Advocate: the best moment to grow what they have"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointBenefit, Text: "Вы говорили: «Каждый понедельник заново собираем одну и ту же таблицу по воронке». CRM Pro — следующий уровень после CRM Starter, и он создан как раз для этого."},
						{Kind: model.PointValue, Text: "Доплата составит 3\u00a0200\u00a0₽ за лицензию в месяц. Отчёты по воронке строятся сами, а задачи на следующие шаги создаются автоматически — большинству менеджеров это возвращает около двух часов в неделю."},
						{Kind: model.PointQuestion, Text: "Сколько времени сейчас уходит у вашей команды на то, чтобы собрать цифры к закрытию месяца?"},
						{Kind: model.PointExit, Text: "Если CRM Starter пока полностью вас устраивает, это совершенно нормальный ответ; я какое-то время не буду поднимать эту тему."},
					}},
				{Product: connectPlus, Kind: model.KindUpsell, Quantity: 1, Score: 52, Solves: []int64{62},
					Reasons: []model.Reason{{Points: 30, Text: "Next tier up from Connect Standard"}, {Points: 22, Text: "Solves an open pain: “Заказы вводим дважды: в ERP и здесь” (integration, medium)"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointValue, Text: "Доплата составит 62\u00a0000\u00a0₽ в месяц."},
					}},
				{Product: migration, Kind: model.KindCrossSell, Quantity: 1, Score: 31, Solves: []int64{62},
					Reasons: []model.Reason{{Points: 31, Text: "Solves an open pain: “Заказы вводим дважды: в ERP и здесь” (integration, medium)"}},
					TalkingPoints: []model.TalkingPoint{
						{Kind: model.PointValue, Text: "Data Migration Service стоит 285\u00a0000\u00a0₽ за пакет."},
					}},
			},
		},
	}
}
