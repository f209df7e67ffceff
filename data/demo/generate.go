// Package demo generates a believable book of business from a playbook:
// companies across industries, sizes and regions in every journey stage,
// with contacts, holdings that follow segment patterns (so that "similar
// customers also use X" is true), seat usage, pain points in the customers'
// own words and a history of calls with offer responses. The same playbook,
// seed, size and moment always give the same data.
package demo

import (
	"math"
	"math/rand/v2"
	"time"

	"talktrack/model"
)

// DefaultAccounts is the size of the demo book when Options leaves it out.
const DefaultAccounts = 250

// Options choose which book Generate writes.
type Options struct {
	// Seed picks the book; the same seed gives the same data.
	Seed int64
	// Accounts is how many accounts to generate; 0 or less means
	// DefaultAccounts.
	Accounts int
	// Now is the moment the book is written for: renewals fall after it,
	// calls and pain points before it. Zero means the current time.
	Now time.Time
}

// Generate writes a book of business for the playbook. Products, pain
// categories and complements come from pb, so the data fits whatever
// catalogue sales ops wrote; the dataset carries pb along for seeding.
func Generate(pb model.Playbook, opts Options) model.Dataset {
	n := opts.Accounts
	if n <= 0 {
		n = DefaultAccounts
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	g := newGenerator(pb, opts.Seed, n, now)
	for i := 1; i <= n; i++ {
		g.account(i)
	}
	hearCues(&g.ds, pb.Cues)
	return g.ds
}

// hearCues saves with each call the cues its notes hold, in the account's
// language, as the call screen and `log` do: what the latest conversation
// said counts in the briefing.
func hearCues(ds *model.Dataset, rules model.CueRules) {
	d, err := model.NewCueDetector(rules)
	if err != nil || rules.IsZero() {
		return // a playbook without cue rules hears nothing
	}
	locales := make(map[string]string, len(ds.Accounts))
	for _, a := range ds.Accounts {
		locales[a.ID] = a.Locale
	}
	for i := range ds.Calls {
		ds.Calls[i].Cues = d.DetectNote(ds.Calls[i].Notes, locales[ds.Calls[i].AccountID])
	}
}

// Shares of the book, in the order of model.Stages and model.SizeBands.
var (
	stageShares = []float64{8, 16, 38, 14, 13, 11}
	bandShares  = []float64{28, 34, 24, 11, 3}
	// bandEmployees bounds the head count drawn for each band.
	bandEmployees = [5][2]float64{{3, 49}, {50, 199}, {200, 999}, {1000, 4999}, {5000, 40000}}
)

// generator holds the state of one run. Everything random comes from rng
// in a fixed order, which is what makes a run repeatable.
type generator struct {
	ix    *index
	rng   *rand.Rand
	now   time.Time
	today time.Time // midnight UTC of now

	ds       model.Dataset
	accWidth int
	conWidth int
	names    map[string]struct{}
	buf      []byte

	stages, inds, bands, regs dist
	countries                 []dist

	// Scratch reused from account to account.
	famHeld []int // family -> index into ds.Holdings, or -1
	weights []float64
	boost   []float64
	cats    []float64
	catHeld []bool
}

func newGenerator(pb model.Playbook, seed int64, n int, now time.Time) *generator {
	ix := newIndex(pb)
	g := &generator{
		ix:       ix,
		rng:      rand.New(rand.NewPCG(uint64(seed), 0x7a1c_7a1c_7a1c_7a1c)),
		now:      now,
		today:    day(now),
		accWidth: max(5, digits(n)),
		conWidth: max(5, digits(3*n)),
		names:    make(map[string]struct{}, n),
		buf:      make([]byte, 0, 256),
		stages:   newDist(stageShares),
		bands:    newDist(bandShares),
		famHeld:  make([]int, len(ix.families)),
		weights:  make([]float64, len(ix.families)),
		boost:    make([]float64, len(ix.families)),
		cats:     make([]float64, len(ix.categories)),
		catHeld:  make([]bool, len(ix.categories)),
	}
	indW := make([]float64, len(industries))
	for i, in := range industries {
		indW[i] = in.weight
	}
	g.inds = newDist(indW)
	regW := make([]float64, len(regions))
	for i, r := range regions {
		regW[i] = r.weight
		cw := make([]float64, len(r.countries))
		for j, c := range r.countries {
			cw[j] = c.weight
		}
		g.countries = append(g.countries, newDist(cw))
	}
	g.regs = newDist(regW)
	g.ds = model.Dataset{
		Playbook: pb,
		Accounts: make([]model.Account, 0, n),
		Contacts: make([]model.Contact, 0, 2*n+n/4),
		Holdings: make([]model.Holding, 0, 11*n),
		Pains:    make([]model.PainPoint, 0, 5*n/2),
		Calls:    make([]model.Call, 0, 2*n+n/4),
	}
	return g
}

// account is what the parts of one account's generation share.
type account struct {
	*model.Account
	indIdx int
	band   int
	ctry   *country
	cult   *culture
	// start is when the customer first bought.
	start time.Time
	// firstContact, firstHolding and firstPain index the account's rows in
	// the dataset; its rows are always contiguous.
	firstContact, firstHolding, firstPain int
	// said holds the call note sentences already used for the account, so
	// that its calls do not all read alike.
	said []string
}

// account generates account number n with everything that belongs to it.
func (g *generator) account(n int) {
	r := g.rng
	stage := model.Stages[g.stages.pick(r)]
	indIdx := g.inds.pick(r)
	band := g.bands.pick(r)
	regIdx := g.regs.pick(r)
	reg := &regions[regIdx]
	ctry := &reg.countries[g.countries[regIdx].pick(r)]
	employees := g.employees(band)

	g.buf = appendID(g.buf[:0], "ACC-", n, g.accWidth)
	id := string(g.buf)
	name, domain := g.companyName(&industries[indIdx], ctry, band)
	g.ds.Accounts = append(g.ds.Accounts, model.Account{
		ID:        id,
		Name:      name,
		Industry:  industries[indIdx].name,
		SizeBand:  model.SizeBandFor(employees),
		Employees: employees,
		Region:    reg.name,
		Locale:    reg.locale,
		Currency:  ctry.currency,
		Owner:     reg.owners[r.IntN(len(reg.owners))],
		Stage:     stage,
	})
	a := &account{
		Account:      &g.ds.Accounts[len(g.ds.Accounts)-1],
		indIdx:       indIdx,
		band:         band,
		ctry:         ctry,
		cult:         ctry.culture,
		firstContact: len(g.ds.Contacts),
		firstHolding: len(g.ds.Holdings),
		firstPain:    len(g.ds.Pains),
	}
	g.dates(a)
	g.contacts(a, domain)
	g.holdings(a)
	g.pains(a)
	g.calls(a)
	a.ARR = g.arr(a)
}

// employees draws a head count within a band, spread evenly on a log scale
// so that a band holds as many 60-person firms as 180-person ones.
func (g *generator) employees(band int) int {
	lo, hi := bandEmployees[band][0], bandEmployees[band][1]
	return int(math.Round(lo * math.Exp(g.rng.Float64()*math.Log(hi/lo))))
}

// dates sets when the account entered its stage, when it first bought and
// when it renews. Each stage has a typical age: onboarding customers bought
// weeks ago, advocates have been around for years.
func (g *generator) dates(a *account) {
	var since, before [2]int // days ago the stage began; days the customer had before it
	switch a.Stage {
	case model.StageOnboarding:
		since, before = [2]int{3, 60}, [2]int{0, 0}
	case model.StageAdoption:
		since, before = [2]int{20, 150}, [2]int{20, 60}
	case model.StageValueRealized:
		since, before = [2]int{30, 700}, [2]int{60, 400}
	case model.StageAdvocate:
		since, before = [2]int{30, 500}, [2]int{150, 900}
	case model.StageAtRisk:
		since, before = [2]int{5, 120}, [2]int{180, 1500}
	default: // churned
		since, before = [2]int{10, 400}, [2]int{180, 1200}
	}
	a.StageSince = g.daysAgo(g.between(since[0], since[1]))
	a.start = a.StageSince.AddDate(0, 0, -g.between(before[0], before[1]))

	switch {
	case a.Stage == model.StageChurned:
		// A churned customer has nothing left to renew.
	case g.rng.Float64() < 0.04:
		// A few renewals are overdue: still being negotiated.
		a.RenewalDate = g.daysAgo(g.between(1, 25))
	default:
		renewal := a.start.AddDate(g.today.Year()-a.start.Year(), 0, 0)
		for !renewal.After(g.today) {
			renewal = renewal.AddDate(1, 0, 0)
		}
		a.RenewalDate = renewal
	}
}

// arr is the yearly recurring revenue of the account's holdings at list
// price in the account's currency, less the discount a company of its size usually gets. One-off
// services do not recur, and a churned customer pays nothing.
func (g *generator) arr(a *account) float64 {
	if a.Stage == model.StageChurned {
		return 0
	}
	total := 0.0
	for _, h := range g.ds.Holdings[a.firstHolding:] {
		p := &g.ix.products[g.ix.byID[h.ProductID]]
		price, _ := p.PriceIn(a.Currency, g.ix.pb.Currency)
		total += price.Amount * p.perYear * float64(h.Quantity)
	}
	discount := [5]float64{0, 0.04, 0.08, 0.12, 0.18}[a.band] + 0.04*g.rng.Float64()
	return math.Round(total*(1-discount)/10) * 10
}

// day is the calendar day of t in UTC, at midnight, as the store keeps days.
func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (g *generator) daysAgo(n int) time.Time { return g.today.AddDate(0, 0, -n) }

// between draws a whole number from lo to hi, both included.
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.IntN(hi-lo+1)
}

// daysBetween is the number of whole days from a to b.
func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// dist is a fixed discrete distribution, kept as cumulative weights.
type dist []float64

func newDist(weights []float64) dist {
	d := make(dist, len(weights))
	sum := 0.0
	for i, w := range weights {
		sum += w
		d[i] = sum
	}
	return d
}

func (d dist) pick(r *rand.Rand) int {
	x := r.Float64() * d[len(d)-1]
	for i, c := range d {
		if x < c {
			return i
		}
	}
	return len(d) - 1
}

// pickWeighted draws an index with probability proportional to its weight,
// or -1 when every weight is zero.
func pickWeighted(r *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	if total <= 0 {
		return -1
	}
	x := r.Float64() * total
	last := -1
	for i, w := range weights {
		if w <= 0 {
			continue
		}
		last = i
		if x < w {
			return i
		}
		x -= w
	}
	return last
}

// pickString draws one of xs.
func pickString(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

// later and earlier pick one of two instants.
func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
