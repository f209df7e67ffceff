package model

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// PainCost is the pain category of customers who say they pay too much.
const PainCost = "cost"

// PainNotCost is how a pain filed as cost is read when its words say cost
// is not the problem and name no other category ("Budget is approved for
// next year"): no cost rule holds for it.
const PainNotCost = "other"

// restraint is what the fair-offer rules hold back for one account: no
// expansion at all, or none in some families, and the sentences that tell
// the rep why and what to do instead.
type restraint struct {
	// all is true when a high-severity cost pain is open: nothing is sold.
	all bool
	// families maps a held family to the sentence that says why it is not
	// expanded (an open cost pain, or seats left unused).
	families map[string]string
	// advice lists the sentences for the briefing's guidance, in order.
	advice []string
}

// heldForSeats reports whether a family is held back for its seats left
// unused.
func (rs restraint) heldForSeats() bool {
	for _, why := range rs.families {
		if why == "seats" {
			return true
		}
	}
	return false
}

// restraints applies the fair-offer rules on spend to an account: an open
// cost pain means no tier upgrade and no seats in any family it holds (the
// pain names no family, so it speaks for all of them); a high-severity one
// means no offer at all; seat use under lowSeatUsePercent in a family
// means no expansion of that family.
func (r *recommender) restraints() restraint {
	rs := restraint{families: map[string]string{}}
	idle := r.idleFamilies()
	cost := r.openCostPain()
	// Right-sizing is only advice where seats sit idle: an account using
	// what it pays for hears to show what it gets for it instead.
	full := r.seatsFull()
	churn, call, churned := r.in.heard(CueChurnRisk)
	switch {
	case churned:
		// A churn risk heard on the latest call stops every offer, as it
		// does on the call itself, until a later call says otherwise.
		rs.all = true
		if churn.Category == CueContactLeaving {
			rs.advice = append(rs.advice, AdviceHeardContactLeaving(r.in.Account.Locale, Quoted(call.Said(churn)), call.At))
		} else {
			rs.advice = append(rs.advice, AdviceHeardChurn(r.in.Account.Locale, Quoted(call.Said(churn)), call.At))
		}
	case cost != nil && heardOnCall(*cost) && cost.Severity >= 3:
		rs.all = true
		_, call, _ := r.in.heard(CuePrice)
		rs.advice = append(rs.advice, AdviceHeardFreeze(r.in.Account.Locale, Quoted(call.Said(Cue{Text: cost.Title})), call.At))
	case cost != nil && heardOnCall(*cost) && r.in.heardNothingNew():
		// "We pay too much, nothing new for now": a new product is
		// something new too.
		rs.all = true
		price, call, _ := r.in.heard(CuePrice)
		rs.advice = append(rs.advice, AdviceHeardNothingNew(r.in.Account.Locale, Quoted(call.Said(price)), call.At))
	case cost != nil && heardOnCall(*cost):
		for family := range r.top {
			rs.families[family] = "cost"
		}
		price, call, _ := r.in.heard(CuePrice)
		rs.advice = append(rs.advice, AdviceHeardPrice(r.in.Account.Locale, Quoted(call.Said(price)), call.At))
	case cost != nil && r.cat.saysFrozen(cost.Title, r.in.Account.Locale):
		rs.all = true
		rs.advice = append(rs.advice, AdviceNoOffersFreeze(r.in.Account.Locale, Quoted(cost.Title)))
	case cost != nil && clampSeverity(cost.Severity) >= 3:
		rs.all = true
		rs.advice = append(rs.advice, AdviceNoOffers(r.in.Account.Locale, Quoted(cost.Title), full))
	case cost != nil:
		for family := range r.top {
			rs.families[family] = "cost"
		}
		rs.advice = append(rs.advice, AdviceNoExpansion(r.in.Account.Locale, Quoted(cost.Title), full))
	}
	r.holdForShrinking(&rs)
	if a, ok := r.renewalPassedAdvice(); ok {
		rs.advice = append(rs.advice, a)
	}
	for _, p := range r.aboutUs {
		rs.advice = append(rs.advice, AdviceAboutUs(r.in.Account.Locale, Quoted(p.Title)))
	}
	for _, u := range idle {
		if _, ok := rs.families[u.family]; !ok {
			rs.families[u.family] = "seats"
		}
	}
	switch len(idle) {
	case 0:
	case 1:
		rs.advice = append(rs.advice, AdviceLowSeats(r.in.Account.Locale, idle[0].Name, idle[0].Used, idle[0].Seats))
	default:
		uses := make([]SeatUse, len(idle))
		for i, u := range idle {
			uses[i] = u.SeatUse
		}
		rs.advice = append(rs.advice, AdviceLowSeatsAll(r.in.Account.Locale, uses))
	}
	return rs
}

// leaving is how many people the latest connected call said are leaving
// the team ("from 40 to 25": 15), when it heard the team shrink and no
// growth; 0 otherwise.
func (r *recommender) leaving() int {
	c, call, ok := r.in.heardShrinking()
	if !ok {
		return 0
	}
	n := c.Number
	for _, q := range call.Cues {
		if q.Kind == CueShrinking {
			n = max(n, q.Number)
		}
	}
	return n
}

// heldForShrinking reports whether families are held back because the
// team is said to get smaller.
func (rs restraint) heldForShrinking() bool {
	for _, why := range rs.families {
		if why == "shrinking" {
			return true
		}
	}
	return false
}

// holdForShrinking holds back upgrades and seats in every held family when
// the latest connected call heard the team get smaller ("layoffs, the
// team goes from 40 to 25") and no growth: seats for people who are
// leaving are no offer. A later call that says otherwise is the latest.
func (r *recommender) holdForShrinking(rs *restraint) {
	if rs.all {
		return
	}
	c, call, ok := r.in.heardShrinking()
	if !ok {
		return
	}
	held := false
	for family := range r.top {
		if _, ok := rs.families[family]; !ok {
			rs.families[family], held = "shrinking", true
		}
	}
	if held {
		rs.advice = append(rs.advice, AdviceHeardShrinking(r.in.Account.Locale, Quoted(call.Said(c)), call.At))
	}
}

// familySeatUse is the seat use of one held family, named for the rep.
type familySeatUse struct {
	SeatUse
	family string
}

// idleFamilies lists the held families whose seats in use (with the
// people said to be joining, in the account's one seated family) are
// under lowSeatUsePercent of those bought,
// by family, each named by its top held product in the account's language
// (売上予測, not the family's English name).
func (r *recommender) idleFamilies() []familySeatUse {
	var idle []familySeatUse
	// Seats free for the people said to join are not idle: "right-size"
	// is no advice to a customer hiring 80 with 50 seats to spare. The
	// head count names no family, so it counts in the account's one
	// seated family only, as it does for seats (see upsells).
	joining, _ := r.joining()
	only := r.onlySeatedFamily()
	roles := r.roleFamilies()
	for _, family := range r.heldFamilies() {
		used, seats := r.seatUse(family)
		if roles[family] || roles == nil && family == only {
			used += joining
		}
		if seats == 0 || used*100 >= lowSeatUsePercent*seats {
			continue
		}
		// The seats counted are those of every tier held in the family:
		// each is named ("CRM Starter + CRM Pro: 13 of 20"), not the top
		// tier alone with the family's numbers.
		var tiers []Product
		for _, h := range r.held {
			if h.Product.Family == family && h.SeatUseKnown(r.tracksSeats) {
				tiers = append(tiers, h.Product)
			}
		}
		slices.SortStableFunc(tiers, func(a, b Product) int { return cmp.Compare(a.Tier, b.Tier) })
		names := make([]string, len(tiers))
		for i, p := range tiers {
			names[i] = p.NameIn(r.lang)
		}
		name := cmp.Or(strings.Join(names, " + "), family)
		idle = append(idle, familySeatUse{SeatUse{Name: name, Used: used, Seats: seats}, family})
	}
	return idle
}

// seatsFull reports whether the account uses what it pays for: some of its
// seated holdings track use, and in every such family at least
// seatsNearLimitPercent of the seats are in use, so there is nothing to
// right-size.
func (r *recommender) seatsFull() bool {
	known := false
	for _, family := range r.heldFamilies() {
		used, seats := r.seatUse(family)
		if seats == 0 {
			continue
		}
		known = true
		if used*100 < seatsNearLimitPercent*seats {
			return false
		}
	}
	return known
}

// heldFamilies lists the families the account holds, sorted.
func (r *recommender) heldFamilies() []string {
	out := make([]string, 0, len(r.top))
	for f := range r.top {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// seatUse adds up seats in use and seats bought over the seated holdings of
// a family whose use is known (see SeatUseKnown).
func (r *recommender) seatUse(family string) (used, seats int) {
	for _, h := range r.held {
		if h.Product.Family == family && h.SeatUseKnown(r.tracksSeats) {
			used += h.SeatsUsed
			seats += h.Quantity
		}
	}
	return used, seats
}

// holdsBack reports whether the restraint forbids a candidate.
func (rs restraint) holdsBack(c *candidate) bool {
	if rs.all {
		return true
	}
	if c.kind == KindCrossSell {
		return false
	}
	_, ok := rs.families[c.product.Family]
	return ok
}

// pitchable reports whether a product may be offered at all: still sold,
// not cooling off after a decline, and not already in progress.
func (r *recommender) pitchable(productID string) bool {
	return !r.cat.Products[productID].Discontinued && !r.cooling(productID) && !r.inProgress(productID)
}

// familyCooling reports whether another product of a family the account
// does not hold is cooling off (declined, or put off): a customer who said
// no to Connect Standard said no to connecting systems for now, and its
// dearer tier is no answer to that.
func (r *recommender) familyCooling(p Product) bool {
	if r.holdsFamily(p.Family) {
		return false
	}
	for _, other := range r.cat.Families[p.Family] {
		if other.ID != p.ID && r.cooling(other.ID) {
			return true
		}
	}
	return false
}

// inProgress reports whether the customer's latest answer to an offer of
// the product was accepted or interested: it is being worked on, not
// pitched again.
func (r *recommender) inProgress(productID string) bool {
	o, ok := r.latest[productID]
	_, held := r.heldIdx[productID]
	return ok && underWay(o, held, r.in.Now)
}

// familyBusy reports whether another product of the candidate's family
// is in progress (accepted and not yet held, or accepted or met with
// interest within familyBusyWindow: see underWay): a deal in that family
// is under way, and pitching its next tier or more seats on
// top of it would talk over it.
func (r *recommender) familyBusy(c *candidate) bool {
	for id := range r.latest {
		p, known := r.cat.Products[id]
		if !known || id == c.product.ID || p.Family != c.product.Family {
			continue
		}
		// As long as the deal is in progress (an accepted product not yet
		// held stays so): the briefing lists it as such.
		if r.inProgress(id) {
			return true
		}
	}
	return false
}

// assignPains gives each open pain to its best one or two products
// (painSolvers), best ranked first on the score they would have with it,
// and adds the pain's reason to those only. Products whose playbook
// sentence shares words with the pain come first: when any does, only
// those sharing the most may claim it (see painFit); when a held product's
// sentence shares more than any (or as many, two or more), nothing claims
// it: the customer has the answer and needs help using it, and
// assignPains returns those of held (see heldAnswers). A product that could
// solve a pain already answered twice gets neither the reason nor the
// claim. The held products sharing a word with a pain that no offer or
// answer outdid are returned too, as maybe: they may cover it, and the rep
// hears so when no offer claims it in the customer's words.
func assignPains(cands []*candidate, held []heldAnswer, cat *Catalog, spokenFor map[int64]int) (answered, maybe []heldAnswer) {
	potential := func(c *candidate) int {
		s := c.score
		for _, p := range c.canSolve {
			s += pointsPerSeverity * clampSeverity(p.Severity)
		}
		return s
	}
	order := slices.Clone(cands)
	slices.SortStableFunc(order, func(a, b *candidate) int {
		return cmp.Or(cmp.Compare(potential(b), potential(a)), compareCandidates(a, b))
	})
	// Where some products' sentences speak of what the customer said, only
	// those sharing the most words with it may claim the pain; where none
	// does, any of its category may.
	fitting := map[int64]map[*candidate]bool{}
	most := map[int64]int{}
	for _, c := range cands {
		for _, p := range c.canSolve {
			n := cat.tierFit(p, c.product)
			switch {
			case n == 0 || n < most[p.ID]:
				continue
			case n > most[p.ID]:
				most[p.ID], fitting[p.ID] = n, map[*candidate]bool{}
			}
			fitting[p.ID][c] = true
		}
	}
	// A pain that a product they passed on lately speaks of more than any
	// offer does is that product's, resting: no offer claims it, and the
	// briefing says when it may be offered again (see coolingFor). So is
	// one a deal in progress is made for (see spokenForFits).
	// A negative fit is a deal in progress for the pain's category alone:
	// it keeps off every offer that does not answer the pain in its words
	// (fewer than -fit words shared).
	for id, fit := range spokenFor {
		if fit > most[id] || fit < 0 && most[id] < -fit {
			fitting[id] = map[*candidate]bool{}
		}
	}
	// A pain that what they already hold speaks of best is theirs to
	// adopt, not another product's to claim; so is one it speaks of as
	// well as any offer does, in two words or more: what they have comes
	// first.
	for _, a := range held {
		switch {
		case a.fit > 0 && (a.fit > most[a.pain.ID] || (a.fit == most[a.pain.ID] && a.fit >= painWordsToSolve)):
			fitting[a.pain.ID] = map[*candidate]bool{}
			if a.fit >= wordsToSolve(a.pain) {
				answered = append(answered, a)
			} else {
				maybe = append(maybe, a)
			}
		case a.fit > 0 && most[a.pain.ID] < wordsToSolve(a.pain):
			// A category alone is too weak a guess to name what they
			// hold: on blind pains it was wrong three times in four.
			maybe = append(maybe, a)
		}
	}
	solvers := map[int64]int{}
	for _, c := range order {
		for _, p := range c.canSolve {
			if solvers[p.ID] >= painSolvers || (fitting[p.ID] != nil && !fitting[p.ID][c]) {
				continue
			}
			byWords := fitting[p.ID] != nil && most[p.ID] >= wordsToSolve(p)
			if !byWords && c.product.ByWordsOnly {
				continue
			}
			solvers[p.ID]++
			c.claim(p, cat, byWords)
		}
	}
	return answered, maybe
}

// claim makes the candidate an answer to the pain, in the customer's words
// (byWords) or for its category alone, with the pain's reason and, for a
// cost pain, the reason that what answers their cost comes first.
func (c *candidate) claim(p PainPoint, cat *Catalog, byWords bool) {
	c.solves = append(c.solves, p)
	if !byWords {
		if c.byCategory == nil {
			c.byCategory = map[int64]bool{}
		}
		c.byCategory[p.ID] = true
	}
	c.add(painReason(p, cat.painLabel(p.Category), c.product.Solves[p.Category], byWords))
	if p.Category == PainCost {
		c.costFirst = len(c.reasons) + 1
		c.add(costFirstReason(p))
	}
}

// claimedPains are the ids of the pains some candidate claims.
func claimedPains(cands []*candidate) map[int64]bool {
	out := map[int64]bool{}
	for _, c := range cands {
		for _, p := range c.solves {
			out[p.ID] = true
		}
	}
	return out
}

// reclaimPains gives each pain that was claimed (claimed, see
// claimedPains) but whose every claimant a later rule dropped (a cheaper
// tier kept for the family, a price beyond their means, the stage) to the
// best ranked offer left that is made for its category, as a claim by
// category: a pain some product answers is not left without an answer
// because the product that first claimed it went. A product that claims
// only in the customer's words (ByWordsOnly) does not take it.
func (r *recommender) reclaimPains(cands []*candidate, claimed map[int64]bool) {
	order := slices.Clone(cands)
	slices.SortFunc(order, compareCandidates)
	for _, p := range r.open {
		if !claimed[p.ID] || slices.ContainsFunc(cands, func(c *candidate) bool { return c.claims(p.ID) }) {
			continue
		}
		for _, c := range order {
			if c.product.ByWordsOnly || !slices.ContainsFunc(c.canSolve, func(q PainPoint) bool { return q.ID == p.ID }) {
				continue
			}
			c.claim(p, r.cat, false)
			break
		}
	}
}

// unclaimed keeps those of maybe whose pain no offer of cands claims, in
// the customer's words or as a likeness: the offers left after every rule.
// Where an offer claims it, the rep hears of that offer, not of a held
// product that may cover it too (one guess a pain, not two that disagree).
func unclaimed(maybe []heldAnswer, cands []*candidate) []heldAnswer {
	return slices.DeleteFunc(slices.Clone(maybe), func(a heldAnswer) bool {
		return slices.ContainsFunc(cands, func(c *candidate) bool { return c.claims(a.pain.ID) })
	})
}

// heldAnswer is an open pain a held product's playbook sentence speaks of.
type heldAnswer struct {
	pain    PainPoint
	product Product
	// fit is painFit of the two.
	fit int
}

// heldAnswers finds, for each open pain in order, the held product
// addressing its category whose sentence shares the most words with it
// (fit 0 when none does: the first by name); a held tier does what the
// tiers below it in its family do, so their sentences speak for it too
// (Connect Plus syncs the ERP as Connect Standard does). Cost pains are left out: what they hold is the
// cost, and restraints says what to do about it. So are one-off services
// (a migration, a training day): done once, they are no answer still at
// hand.
func heldAnswers(open []PainPoint, held []HeldProduct, cat *Catalog) []heldAnswer {
	// Those sharing a single word still keep offers from claiming the
	// pain (assignPains), and are named to the rep as what may cover it.
	var out []heldAnswer
	for _, p := range open {
		if p.Category == PainCost {
			continue
		}
		best, found := heldAnswer{pain: p}, false
		for _, h := range held {
			if !h.Product.Addresses(p.Category) || !recurring(h.Product.BillingUnit) {
				continue
			}
			n := cat.tierFit(p, h.Product)
			if !found || n > best.fit || (n == best.fit && h.Product.Name < best.product.Name) {
				best.fit, best.product, found = n, h.Product, true
			}
		}
		if found {
			out = append(out, best)
		}
	}
	return out
}

// upgradeOffered reports whether a tier upgrade of a held product is among
// the offers. "Help them put it to use before offering anything new for
// it" would then say the opposite of the offer beside it: the upgrade does
// all the held tier does, and is offered for what else speaks for it.
func upgradeOffered(cands []*candidate, held Product) bool {
	return slices.ContainsFunc(cands, func(c *candidate) bool {
		return c.kind == KindUpsell && !c.seats && c.product.Family == held.Family && c.product.Tier > held.Tier
	})
}

// tierFit is painFit of a product that does what the tiers below it in its
// family do, so their sentences speak for it too: Connect Plus syncs the
// ERP as Connect Standard does, and 20 TB of storage ends the storage
// warnings 1 TB ends. Only tiers addressing the pain's category count.
func (c *Catalog) tierFit(pain PainPoint, p Product) int {
	n := c.painFit(pain, p)
	for _, below := range c.Families[p.Family] {
		if below.Tier < p.Tier && below.Addresses(pain.Category) {
			n = max(n, c.painFit(pain, below))
		}
	}
	return n
}

// heldAdvice says, for each pain a held product answers, to help them use
// it, and for each it may cover (maybe), to check how they use it, in the
// account's language; nothing of a pain a deal in progress is made for
// (they chose what answers it).
func (r *recommender) heldAdvice(answers, maybe []heldAnswer) []string {
	out := make([]string, 0, len(answers)+len(maybe))
	lang := phraseLanguage(r.in.Account.Locale)
	for _, a := range answers {
		if !r.inProgressFor(a.pain) {
			out = append(out, AdviceHeldAnswers(r.in.Account.Locale, Quoted(a.pain.Title), a.product.NameIn(lang)))
		}
	}
	for _, a := range maybe {
		if !r.inProgressFor(a.pain) {
			out = append(out, AdviceHeldMayAnswer(r.in.Account.Locale, Quoted(a.pain.Title), a.product.NameIn(lang)))
		}
	}
	return out
}

// painWordsToSolve is how many content words a pain must share with a
// product's sentence for the product to be said to solve it (or, held, to
// be the answer they have): one shared word of a longer pain ("limit" of
// "we hit the storage limit every month") is only a likeness. The product
// is then offered for the category alone, with the points of a
// claim by category, and no talking point says it is built for exactly
// that. A pain of one or two content words ("Reports are late") needs one.
const painWordsToSolve = 2

// wordsToSolve is how many words a pain must share with a sentence that
// solves it: painWordsToSolve, or fewer for a pain of fewer words.
func wordsToSolve(p PainPoint) int {
	return min(painWordsToSolve, (len(contentStems(p.Title))+1)/2)
}

// painSolvers is how many products may answer one pain.
const painSolvers = 2

// addWelcome adds how offers of the product were answered in the segment
// (or the book), when that differs from offers in general by a point.
func (r *recommender) addWelcome(c *candidate) {
	lift, used, inSegment, ok := r.in.Evidence.welcome(r.in.Account.Segment(), c.product.ID)
	if !ok {
		return
	}
	if pts := int(math.Round(lift * pointsPerWelcome)); pts != 0 {
		c.add(welcomeReason(c.product, used, inSegment, pts))
	}
}

// addARRShare holds back an offer whose yearly cost is a large share of the
// account's ARR: one point per percent from arrSharePercent on. Only a
// price in the account's own currency is compared with its ARR; a list
// price in another currency is never converted. An ARR that is a tenth of
// what the account's holdings cost a year at list price, or less, is not an
// ARR in the same units (a revenue column in millions, say), and is not
// compared.
func (r *recommender) addARRShare(c *candidate) {
	share, yearly, currency, ok := r.arrShare(c)
	if !ok {
		return
	}
	pts := -min(int(math.Round(share*100)), maxARRSharePoints)
	// A customer who says they pay too much feels every percent of new
	// spend twice, unless the offer is what answers their cost.
	cost := r.openCostPain()
	double := cost != nil && !c.product.Addresses(PainCost)
	if double {
		pts = max(2*pts, -maxARRSharePoints)
	}
	if !r.explain {
		c.add(Reason{Points: pts})
		return
	}
	c.addLater(pts, func() string {
		why := arrShareReason(currency, yearly, share, pts, !recurring(c.product.BillingUnit))
		if double {
			why.Text += fmt.Sprintf(", weighed double as they say “%s”", Quoted(cost.Title))
		}
		return why.Text
	})
}

// priceOutweighs reports whether, while the customer says they pay too
// much, a cross-sell that does not answer that costs them more points for
// its share of their ARR (weighed double, see addARRShare) than it keeps:
// its price takes more than half of what speaks for it, and a rep who
// offers it to a customer counting every euro loses the call.
func (r *recommender) priceOutweighs(c *candidate) bool {
	if c.kind != KindCrossSell || c.product.Addresses(PainCost) || r.openCostPain() == nil {
		return false
	}
	share, _, _, ok := r.arrShare(c)
	if !ok {
		return false
	}
	return c.score < min(2*int(math.Round(share*100)), maxARRSharePoints)
}

// pointsCostFirst is what an offer answering a cost pain gains on top of
// the pain's own points: what the customer says about cost is the first
// thing to answer, before anything the book's evidence (up to 50 points)
// puts forward.
const pointsCostFirst = 25

// costFirstReason says why an offer answering the cost pain p comes first.
func costFirstReason(p PainPoint) Reason {
	return Reason{Points: pointsCostFirst, Text: fmt.Sprintf("They say “%s”: what answers their cost comes before anything new", Quoted(p.Title))}
}

// sunkByPrice reports whether an offer is left out for its price against
// the account's ARR: it costs more than the whole ARR, or it would score
// above nothing without the points its share of the ARR takes.
func (r *recommender) sunkByPrice(c *candidate) bool {
	share, _, _, ok := r.arrShare(c)
	if !ok {
		return false
	}
	return share > 1 || c.score+min(int(math.Round(share*100)), maxARRSharePoints) > 0
}

// upgradeBeyondAdvice says, for each tier upgrade left out for its price
// (upgrades, see sunkByPrice) in a family with no upgrade listed (more
// seats of what they hold may be), what it
// would add to their bill and how much of their ARR that is: an advocate
// told to propose the upgrade that fits hears why none is proposed.
func (r *recommender) upgradeBeyondAdvice(upgrades, offered []*candidate) []string {
	slices.SortFunc(upgrades, func(a, b *candidate) int {
		return cmp.Or(cmp.Compare(a.product.Family, b.product.Family), cmp.Compare(a.product.Tier, b.product.Tier))
	})
	var out []string
	said := map[string]bool{}
	locale := r.in.Account.Locale
	for _, c := range upgrades {
		f := c.product.Family
		if said[f] || slices.ContainsFunc(offered, func(o *candidate) bool { return o.product.Family == f && !o.seats }) {
			continue
		}
		said[f] = true
		share, yearly, currency, _ := r.arrShare(c)
		cost := CostPhrase(locale, FormatAmount(locale, currency, yearly), false)
		out = append(out, AdviceUpgradeBeyond(locale, c.product.NameIn(r.lang), cost, share))
	}
	return out
}

// maxListedNamed is how many offers quoted at list price the line names.
const maxListedNamed = 3

// listPricesAdvice says, once, when an offer listed is priced in the
// catalogue's list currency because the catalogue has no price for it in
// the account's: the talking points then quote that currency's code, and
// no price is weighed against their ARR (prices are never converted).
// Where other products have prices in their currency, it names the offers
// without one.
func (r *recommender) listPricesAdvice(offers []*candidate) []string {
	var listed []string
	list := ""
	for _, c := range offers {
		if pr, ok := c.product.PriceIn(r.currency(), r.cat.Currency); ok && pr.Listed {
			if len(listed) == maxListedNamed {
				listed = append(listed, "…")
				break
			}
			listed = append(listed, c.product.NameIn(r.lang))
			list = pr.Currency
		}
	}
	if len(listed) == 0 {
		return nil
	}
	cur := CurrencyCode(r.currency())
	// Where the catalogue has prices in their currency for other
	// products, the line names the offers that have none: the rest are
	// priced and weighed.
	for _, p := range r.cat.Products {
		if p.Prices[cur] > 0 {
			return []string{AdviceListPricesFor(r.in.Account.Locale, cur, CurrencyCode(list), listed)}
		}
	}
	return []string{AdviceListPrices(r.in.Account.Locale, cur, CurrencyCode(list))}
}

// arrUnknownAdvice says, when the account has no ARR on file and a priced
// offer is made, that no price was weighed against their size: without
// it a rep would take the list as checked for what they can afford.
func (r *recommender) arrUnknownAdvice(offers []*candidate) []string {
	if r.in.Account.ARR > 0 {
		return nil
	}
	for _, c := range offers {
		if yearly, _, priced := r.yearlyCost(c); priced && yearly > 0 {
			return []string{AdviceARRUnknown(r.in.Account.Locale)}
		}
	}
	return nil
}

// overARR reports whether an offer costs more a year than the account's
// whole ARR, or more than costPainShareCap of it while they say they pay
// too much (see arrShare for when the two are compared).
func (r *recommender) overARR(c *candidate) bool {
	share, _, _, ok := r.arrShare(c)
	return ok && (share > 1 || (share > costPainShareCap && r.openCostPain() != nil))
}

// costPainShareCap is the share of their ARR above which nothing is
// offered to a customer who says they pay too much, not even what answers
// that: a review costing two thirds of a small clinic's ARR is no answer
// to "the monthly fee is out of line with our size".
const costPainShareCap = 0.25

// costAnswersFirst ranks the offers that answer an open cost pain above
// every other, as the reason they carry says ("what answers their cost
// comes before anything new"): that reason is given the points it takes,
// so the order and the points agree.
func (r *recommender) costAnswersFirst(cands []*candidate) {
	if r.openCostPain() == nil {
		return
	}
	best, any := 0, false
	for _, c := range cands {
		if c.costFirst == 0 && (!any || c.score > best) {
			best, any = c.score, true
		}
	}
	if !any {
		return
	}
	moved := false
	for _, c := range cands {
		if c.costFirst == 0 || c.score > best {
			continue
		}
		lift := best - c.score + 1
		c.reasons[c.costFirst-1].Points += lift
		c.score += lift
		moved = true
	}
	if moved {
		slices.SortStableFunc(cands, compareCandidates)
	}
}

// beyondMeans reports whether an offer's price against the account's ARR
// is what sinks it: its yearly cost is arrSharePercent of their ARR or more
// (see addARRShare).
func (r *recommender) beyondMeans(c *candidate) bool {
	_, _, _, ok := r.arrShare(c)
	return ok
}

// arrShare is the offer's yearly cost in the account's currency and its
// share of their ARR; ok is false when the share is not to be weighed: an
// unknown ARR or price, an ARR not in the units of what they pay (see
// addARRShare), or a share under arrSharePercent.
func (r *recommender) arrShare(c *candidate) (share, yearly float64, currency string, ok bool) {
	arr := r.in.Account.ARR
	yearly, currency, priced := r.yearlyCost(c)
	if r.spend() > arrUnitsFactor*arr {
		return 0, 0, "", false
	}
	if !priced && arr > 0 && r.openCostPain() != nil {
		// While they say they pay too much, a price known only in the
		// list currency is no way past the cost rules: it is weighed
		// against their ARR at the rate the price books imply.
		yearly, currency, priced = r.listedYearlyCost(c)
		if listed, ok := r.cat.ListValue(arr, r.currency()); ok && priced {
			arr = listed
		} else {
			priced = false
		}
	}
	if arr <= 0 || !priced || yearly <= 0 || yearly*100 < arrSharePercent*arr {
		return 0, 0, "", false
	}
	return yearly / arr, yearly, currency, true
}

// beyondMeansAdvice says, for offers answering a pain in the customer's
// words that their price against the ARR sinks, what the cheapest of each
// family would answer, what it costs and how much of their ARR that is,
// by product name. Nothing is said of a family still offered (a cheaper
// tier made the list) or of a pain an offer answers in their words.
func (r *recommender) beyondMeansAdvice(sunk, offered []*candidate) (advice []string, pains []int64) {
	type priced struct {
		c        *candidate
		pain     PainPoint
		share    float64
		yearly   float64
		currency string
	}
	cheapest := map[string]priced{}
	for _, c := range sunk {
		pain, _ := c.firstInTheirWords()
		if slices.ContainsFunc(offered, func(o *candidate) bool {
			return o.product.Family == c.product.Family || slices.ContainsFunc(c.solves, func(p PainPoint) bool {
				return c.claimsInTheirWords(p.ID) && o.claimsInTheirWords(p.ID)
			})
		}) {
			continue
		}
		share, yearly, currency, _ := r.arrShare(c)
		if o, ok := cheapest[c.product.Family]; !ok || yearly < o.yearly || (yearly == o.yearly && c.product.Name < o.c.product.Name) {
			cheapest[c.product.Family] = priced{c, pain, share, yearly, currency}
		}
	}
	kept := slices.SortedFunc(maps.Values(cheapest), func(a, b priced) int {
		return cmp.Or(cmp.Compare(a.c.product.Name, b.c.product.Name), cmp.Compare(a.c.product.ID, b.c.product.ID))
	})
	locale := r.in.Account.Locale
	for _, k := range kept {
		phrase := CostPhrase(locale, FormatAmount(locale, k.currency, k.yearly), !recurring(k.c.product.BillingUnit))
		advice = append(advice, AdviceBeyondMeans(locale, k.c.product.NameIn(phraseLanguage(locale)), Quoted(k.pain.Title), phrase, k.share))
		pains = append(pains, k.pain.ID)
	}
	return advice, pains
}

// openCostPain is the account's most severe open cost pain; nil when none.
func (r *recommender) openCostPain() *PainPoint {
	for i, p := range r.open {
		if p.Category == PainCost {
			return &r.open[i] // most severe first
		}
	}
	return nil
}

// spend is what the account pays a year for its holdings at list price in
// its currency, as far as that is known; computed once.
func (r *recommender) spend() float64 {
	if r.spent >= 0 {
		return r.spent
	}
	r.spent = 0
	for _, h := range r.held {
		if pr, ok := h.Product.PriceIn(r.currency(), r.cat.Currency); ok && !pr.Listed {
			r.spent += pr.Amount * float64(max(h.Quantity, 1)) * periodsPerYear(h.Product.BillingUnit)
		}
	}
	return r.spent
}

// yearlyCost is what the offer adds to the account's bill in a year, in the
// account's currency: the extra seats, the difference to the held tier, or
// the new product, at its quantity. Prices billed per month count twelve
// times; others once. False when the prices are not known in the
// account's currency or in the same billing unit.
func (r *recommender) yearlyCost(c *candidate) (float64, string, bool) {
	p := c.product
	pr, ok := p.PriceIn(r.currency(), r.cat.Currency)
	if !ok || pr.Listed {
		return 0, "", false
	}
	per, qty := pr.Amount, float64(max(c.quantity, 1))
	if c.kind == KindUpsell && !c.seats && c.basis != nil {
		was, ok := c.basis.Product.PriceIn(r.currency(), r.cat.Currency)
		if !ok || was.Listed || was.Currency != pr.Currency || c.basis.Product.BillingUnit != p.BillingUnit {
			return 0, "", false
		}
		held := float64(min(c.basis.Quantity, c.quantity))
		// The difference on what they have, the new price on seats added.
		cost := (pr.Amount-was.Amount)*held + pr.Amount*(qty-held)
		return cost * periodsPerYear(p.BillingUnit), pr.Currency, true
	}
	return per * qty * periodsPerYear(p.BillingUnit), pr.Currency, true
}

// listedYearlyCost is what an offer with no price in the account's
// currency adds to their bill a year at its list price, in the list
// currency; ok is false when it has a price in theirs or none at all, or
// is an upgrade (what they pay today is in another currency).
func (r *recommender) listedYearlyCost(c *candidate) (float64, string, bool) {
	pr, ok := c.product.PriceIn(r.currency(), r.cat.Currency)
	if !ok || !pr.Listed || c.kind == KindUpsell && !c.seats {
		return 0, "", false
	}
	return pr.Amount * float64(max(c.quantity, 1)) * periodsPerYear(c.product.BillingUnit), pr.Currency, true
}

// Recurring says a billing unit is paid every month or year: a
// subscription.
func Recurring(unit string) bool { return recurring(unit) }

// recurring reports whether a billing unit is paid again and again (per
// month, per year) rather than once (a workshop, a day, a package).
func recurring(unit string) bool {
	u := strings.ToLower(unit)
	return strings.Contains(u, "month") || strings.Contains(u, "year") || strings.Contains(u, "annual")
}

// periodsPerYear reads a billing unit: monthly prices are paid twelve times
// a year, everything else once.
func periodsPerYear(unit string) float64 {
	if strings.Contains(strings.ToLower(unit), "month") {
		return 12
	}
	return 1
}

// ruleCategory is the pain category the advice reads a pain by: its own
// when the playbook lists it, or the category one of whose names it is (a
// label in any language or an alias: "Budget" and "Kosten" are cost). A
// customer who says they pay too much never hears expansion because of how
// the CRM filed it: a pain whose words are a price objection the
// playbook's cue lists hear ("too expensive", "Budget gekürzt", "高すぎる",
// "we're overpaying") is cost unless its words also speak of the category
// it was filed under; one of a category the playbook does not know is cost
// also when its words are a cost pain (a cost topic with a problem). A pain
// that says cost is not the problem ("am Preis liegt es nicht") keeps its
// category.
func (c *Catalog) ruleCategory(p PainPoint) string {
	if c == nil {
		return p.Category
	}
	category, known := p.Category, false
	if _, ok := c.PainLabels[p.Category]; ok {
		known = true
	} else if id, ok := c.categoryNames[NameKey(p.Category)]; ok {
		category, known = id, true
	}
	if category == PainCost {
		return c.costFiledCategory(p)
	}
	// A pain that says cost is not the problem ("Price isn't the issue;
	// nobody knows how to build a dashboard") names money only to set it
	// aside. Its own punctuation is kept here, so that the negation in
	// what follows the denial does not cancel it.
	if category == PainCost || c.cueDetector() == nil || c.cueDetector().deniesCost(p.Title) {
		return category
	}
	// A pain is one short complaint: a comma in it ("we pay for licences,
	// which nobody uses") joins what it says rather than parting two
	// thoughts, as it would in call notes.
	_, cues := c.cueDetector().detectAnyAsked(strings.NewReplacer(",", " ", "，", "", "、", "").Replace(p.Title))
	price, cost, filed, other := false, false, false, false
	for _, q := range cues {
		price = price || q.Kind == CuePrice
		cost = cost || (q.Kind == CuePain && q.Category == PainCost)
		filed = filed || (q.Kind == CuePain && q.Category == category)
		other = other || (q.Kind == CuePain && q.Category != PainCost && q.Category != "")
	}
	// Words that name what they pay ("per-seat pricing", "Wartungsgebühr",
	// 保守費) speak of cost too, where no word of the filed category's
	// topics does ("the budget-vs-actual dashboard" stays reporting), and
	// no other problem is the complaint: costs added up by hand
	// („Personalkosten … mühsam in Excel“, «затраты на персонал … вручную»)
	// are their own costs, and the hand work is the pain. Only a price
	// objection outweighs that.
	names := !filed && !other && c.namesCost(p.Title) && (!known || !c.speaksOf(p.Title, category))
	cost = cost && !other
	switch {
	case !known && (price || cost || names):
		return PainCost
	case known && (price || names) && !filed:
		// A price objection that does not speak of the category it was
		// filed under ("We can't justify the renewal price", filed as
		// reporting) is about cost; one that does ("Reports are too
		// expensive to build by hand") keeps the rep's reading.
		return PainCost
	}
	return category
}

// costFiledCategory is the category of a pain filed as cost: cost, unless
// its words say cost is not the problem ("Cost-wise it's fine, the problem
// is nobody knows how to build a report", 「費用面は問題なく…」) or that
// the money is there ("budget is approved, they want to expand"). Such a
// pain is read by the other problem it names, or by none: quoted back as a
// complaint about what they pay, it would tell the customer they said
// what they did not.
func (c *Catalog) costFiledCategory(p PainPoint) string {
	d := c.cueDetector()
	if d == nil || !d.deniesCost(p.Title) {
		return PainCost
	}
	_, cues := d.detectAnyAsked(p.Title)
	for _, q := range cues {
		if q.Kind == CuePain && q.Category != PainCost && q.Category != "" {
			return q.Category
		}
	}
	return PainNotCost
}

// maxUnansweredAdvice is how many open pains at most are said to have no
// answer, the most severe first: the rep needs to know they were not
// overlooked, not a list of everything the catalogue lacks.
const maxUnansweredAdvice = 2

// unansweredAdvice says, for the most severe open pains that nothing
// answers, that nothing on offer does and what to ask instead: no offer
// claims them (in their words or by category), no line names a product
// they hold as what answers or may cover them (held: a held product made
// for the pain's category alone says nothing, and the pain must not
// vanish), no line says what would answer them at what price
// (priced), and no product in progress is made for them. When an offer
// the stage holds back claims the pain for its category (guesses, best
// ranked first), it is named as what may fit, to ask about first. Cost
// pains are left out: the restraints say what to do about those.
func (r *recommender) unansweredAdvice(offers, guesses []*candidate, held []heldAnswer, priced []int64) []string {
	slices.SortFunc(guesses, compareCandidates)
	var out []string
	for _, p := range r.open {
		if len(out) == maxUnansweredAdvice {
			break
		}
		if p.Category == PainCost || slices.Contains(priced, p.ID) ||
			slices.ContainsFunc(offers, func(c *candidate) bool { return c.claims(p.ID) }) ||
			r.seatsSizedFor(p, offers) ||
			slices.ContainsFunc(held, func(a heldAnswer) bool { return a.pain.ID == p.ID }) ||
			r.inProgressFor(p) || r.seatsTakenFor(p) {
			continue
		}
		if prod, until, ok := r.coolingFor(p); ok {
			out = append(out, AdviceCoolingFor(r.in.Account.Locale, Quoted(p.Title), prod.NameIn(r.lang), until))
			continue
		}
		if i := slices.IndexFunc(r.afterAdoption, func(c *candidate) bool { return c.claimsInTheirWords(p.ID) }); i >= 0 {
			out = append(out, AdviceAfterAdoption(r.in.Account.Locale, Quoted(p.Title), r.afterAdoption[i].product.NameIn(r.lang)))
			continue
		}
		// People joining need seats, not a product of the pain's category
		// ("hiring 20 sales reps" is no case for a service desk).
		if i := slices.IndexFunc(guesses, func(c *candidate) bool { return c.claims(p.ID) }); i >= 0 && r.cat.joiningSaid(p.Title, r.in.Account.Locale) == 0 {
			out = append(out, AdviceMayFit(r.in.Account.Locale, Quoted(p.Title), guesses[i].product.NameIn(r.lang)))
			continue
		}
		out = append(out, AdviceUnanswered(r.in.Account.Locale, Quoted(p.Title)))
	}
	return out
}

// spokenForFits is, for each open pain a product cooling off speaks of in
// its words, how many words the best of them shares with it; for a pain a
// deal in progress is made for (see inProgressFor), more than any offer
// can share: the customer chose what answers it.
func (r *recommender) spokenForFits() map[int64]int {
	var out map[int64]int
	for _, p := range r.open {
		if fit, ok := r.inProgressFit(p); ok {
			if out == nil {
				out = map[int64]int{}
			}
			// A deal made for the pain in its words has it; one that only
			// shares its category keeps guesses by category off it, not an
			// offer whose sentence answers it.
			out[p.ID] = math.MaxInt
			if fit < wordsToSolve(p) {
				out[p.ID] = -wordsToSolve(p) // see assignPains
			}
			continue
		}
		if prod, _, ok := r.coolingFor(p); ok {
			if fit := r.cat.painFit(p, prod); fit > 0 {
				if out == nil {
					out = map[int64]int{}
				}
				out[p.ID] = fit
			}
		}
	}
	return out
}

// coolingFor finds the product that answers a pain best of those cooling
// off (declined, or not now, lately: see cooling), and when it may be
// offered again; ties by name. false when none addresses the pain's
// category.
func (r *recommender) coolingFor(p PainPoint) (best Product, until time.Time, ok bool) {
	fit := -1
	for id, o := range r.latest {
		prod, known := r.cat.Products[id]
		if !known || prod.Discontinued || !r.cooling(id) || !prod.Addresses(p.Category) {
			continue
		}
		f := r.cat.painFit(p, prod)
		if f > fit || (f == fit && prod.Name < best.Name) {
			best, fit, ok = prod, f, true
			until, _ = restsUntil(o, r.coolOff)
		}
	}
	return best, until, ok
}

// seatsTakenFor reports whether a pain saying people join ("hiring 25
// drivers") was answered by more seats of a product they hold, accepted
// since it was noted: the need is met, and no tier they passed on is still
// what answers it.
func (r *recommender) seatsTakenFor(p PainPoint) bool {
	if r.cat.joiningSaid(p.Title, r.in.Account.Locale) == 0 {
		return false
	}
	for id, o := range r.latest {
		if prod, known := r.cat.Products[id]; known && prod.Seated && r.holds(id) && r.inProgress(id) && !o.At.Before(p.NotedAt) {
			return true
		}
	}
	return false
}

// inProgressFor reports whether a product in progress (accepted, or met
// with interest lately: see underWay) addresses the pain's category.
func (r *recommender) inProgressFor(p PainPoint) bool {
	_, ok := r.inProgressFit(p)
	return ok
}

// inProgressFit is how many words the best product in progress that
// addresses the pain's category shares with it (see tierFit); ok is false
// when none does.
func (r *recommender) inProgressFit(p PainPoint) (fit int, ok bool) {
	for id := range r.latest {
		if prod, known := r.cat.Products[id]; known && r.inProgress(id) && prod.Addresses(p.Category) {
			fit, ok = max(fit, r.cat.tierFit(p, prod)), true
		}
	}
	return fit, ok
}
