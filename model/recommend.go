package model

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Recommend ranks what to offer one account now, with reasons and talking
// points, gated by its journey stage and by the fair-offer rules.
//
// Upsells are the next tier of each family the account holds (never a lower
// or equal tier); seats are more of a seated product whose usage reached
// 85% of its seats, sized to the seats in use plus headroom. Cross-sells are
// products of families the account does not hold that something speaks
// for: a declared complement, the book's evidence (see Evidence), the
// account's segment beyond the book, or an open pain. Onboarding, at-risk
// and churned accounts get no suggestions; adoption accounts only get
// suggestions that solve an open pain, and no tier upgrades.
//
// The fair-offer rules: an open cost pain, or seat use under 70% in a
// family, means no tier upgrade and no seats there, and a high-severity
// cost pain no offer at all (the guidance says why and what instead); one
// offer per family; a pain is claimed by its best two products only; a
// product whose latest answer was accepted or interested is in progress and
// a declined one cools off, neither is offered; an offer costing a large
// share of ARR ranks lower. Every point of a score comes from a Reason (the
// weights live in score.go), and ties are broken by the unrounded evidence,
// book popularity, kind, product name and id, so the same input always
// gives the same briefing.
//
// Talking point templates may use these placeholders: {account},
// {product}, {held} (the held product the suggestion builds on),
// {integrated} and {complement} (that product, only when the playbook
// declares an integration or a complement pair), {pain} and
// {pain_category} (the top open pain it solves), {price}, {price_delta},
// {offsets}, {peer_count}, {peer_total}, {segment}, {quantity},
// {seats_used}, {seats} and {renewal}, all in the account's language and
// currency (see talking_points.go). A template with a placeholder that
// cannot be filled truthfully for a suggestion is skipped, and so is, for
// more seats, a template that names both {held} and {product} (they are the
// same product there). Seat suggestions use their own templates, then the
// upsell ones.
func Recommend(in BriefingInput) Briefing {
	b := Briefing{Guidance: in.Account.Stage.GuidanceIn(in.Account.Locale)}
	if in.Catalog == nil {
		return b
	}
	r := newRecommender(in)
	r.explain = true
	b.CoolingOff = coolingOff(r.latest, r.cat, in.Now, r.coolOff)
	b.InProgress = inProgressOffers(r.latest, r.cat, r.heldIdx, in.Now)
	for _, p := range in.Pains {
		if i := slices.IndexFunc(r.open, func(o PainPoint) bool { return o.ID == p.ID }); i >= 0 && r.open[i].Category != p.Category {
			if b.ReadAs == nil {
				b.ReadAs = map[int64]string{}
			}
			b.ReadAs[p.ID] = r.open[i].Category
		}
	}
	cands, rs := r.ranked()
	// Seats declined and reopened by people joining since are offered,
	// not resting.
	b.CoolingOff = slices.DeleteFunc(b.CoolingOff, func(o CoolingOff) bool {
		return slices.ContainsFunc(cands, func(c *candidate) bool { return c.seats && c.product.ID == o.Product.ID })
	})
	_, _, churned := in.heard(CueChurnRisk)
	switch {
	case in.Account.Stage.AllowsOffers() && churned:
		// Heard on the latest call: the account is at risk, whatever its
		// stage says.
		b.Guidance = StageAtRisk.GuidanceIn(in.Account.Locale)
	case in.Account.Stage.AllowsOffers() && r.openCostPain() != nil:
		b.Guidance = in.Account.Stage.CostGuidanceIn(in.Account.Locale)
	case in.Account.Stage == StageAdvocate && len(r.aboutUs) > 0:
		// An advocate with a complaint about us open is not asked for a
		// reference until it is settled.
		b.Guidance = AdvocateComplaintGuidance(in.Account.Locale)
	case in.Account.Stage == StageAdvocate && rs.heldForShrinking():
		b.Guidance = AdvocateShrinkingGuidance(in.Account.Locale)
	case in.Account.Stage == StageAdvocate && rs.heldForSeats() && !slices.ContainsFunc(cands, func(c *candidate) bool { return c.kind == KindUpsell || c.kind == KindSeats }):
		// Seats unused and no upgrade offered: "propose the upgrade that
		// fits" would say the opposite of what is held back.
		b.Guidance = AdvocateIdleGuidance(in.Account.Locale)
	}
	switch {
	case in.Account.Stage.AllowsOffers():
		b.Advice = rs.advice
	case in.Account.Stage != StageChurned:
		// No offers now, but a product they hold that answers their pain is
		// the help an account at risk or going live needs, and one at risk
		// hears how to right-size; seats not yet used while going live are
		// no reason to cut them.
		if in.Account.Stage == StageAtRisk {
			b.Advice = rs.advice
		}
		// With no offers, assignPains names every held answer sure enough.
		b.Advice = append(b.Advice, r.heldAdvice(assignPains(nil, heldAnswers(r.open, r.held, r.cat), r.cat, nil))...)
	}
	if len(cands) == 0 {
		return b
	}
	b.Suggestions = make([]Suggestion, len(cands))
	for i, c := range cands {
		b.Suggestions[i] = r.suggestion(c)
	}
	return b
}

// TopSuggestion is the product and kind of the first suggestion Recommend
// makes for in; ok is false when it makes none. It ranks exactly as
// Recommend does but writes no suggestion out, talking points included,
// which saves about a third of Recommend's time: for lists that show each
// account's best offer.
func TopSuggestion(in BriefingInput) (p Product, kind SuggestionKind, ok bool) {
	if in.Catalog == nil {
		return p, kind, false
	}
	cands, _ := newRecommender(in).ranked()
	if len(cands) == 0 {
		return p, kind, false
	}
	return cands[0].product, cands[0].publicKind(), true
}

// RankedProducts lists the products Recommend would offer, best first, and
// the kind of each, without reasons or talking points: for backtests.
func RankedProducts(in BriefingInput) ([]Product, []SuggestionKind) {
	if in.Catalog == nil {
		return nil, nil
	}
	cands, _ := newRecommender(in).ranked()
	ps, ks := make([]Product, len(cands)), make([]SuggestionKind, len(cands))
	for i, c := range cands {
		ps[i], ks[i] = c.product, c.publicKind()
	}
	return ps, ks
}

// ranked builds the candidates the stage and the fair-offer rules allow,
// best first, and the restraint that held some back.
func (r *recommender) ranked() ([]*candidate, restraint) {
	rs := r.restraints()
	if !r.in.Account.Stage.AllowsOffers() {
		return nil, rs
	}
	cands := append(r.upsells(), r.crossSells()...)
	cands = slices.DeleteFunc(cands, rs.holdsBack)
	cands = slices.DeleteFunc(cands, r.familyBusy)
	cands = slices.DeleteFunc(cands, func(c *candidate) bool { return !c.product.SoldIn(r.in.Account.Region) || !r.hasBase(c.product) })
	held := heldAnswers(r.open, r.held, r.cat)
	answered, maybe := assignPains(cands, held, r.cat, r.spokenForFits())
	claimed := claimedPains(cands)
	// Adoption holds back what claims a pain for its category alone; the
	// rep still hears which product may fit it (guesses), when its price
	// is not what speaks against it.
	var guesses []*candidate
	cands = slices.DeleteFunc(cands, func(c *candidate) bool {
		if !r.gated(c) {
			return false
		}
		if c.kind == KindUpsell && !c.seats && c.answersInTheirWords() {
			r.afterAdoption = append(r.afterAdoption, c)
		}
		// A share of their ARR that costs it some points is no reason to
		// keep quiet about it; only one it could not carry is.
		if c.kind == KindCrossSell && len(c.solves) > 0 && !r.overARR(c) && (c.score > 0 || !r.sunkByPrice(c)) {
			guesses = append(guesses, c)
		}
		return true
	})
	cands = slices.DeleteFunc(cands, r.outOfStage)
	// An offer that everything weighed speaks against is no offer, unless
	// it answers a pain in the customer's own words: a likeness by
	// category does not outweigh a price beyond their means. Nor is a
	// product that could solve a pain answered better elsewhere, with
	// nothing else for it.
	// One that answers a pain in their words but costs beyond their means
	// is no offer either: the rep hears what it would answer and what it
	// costs, to ask how they manage today.
	// So is one costing more than their whole ARR a year, whatever else
	// speaks for it, and, while they say they pay too much, something new
	// whose price takes more than half of what speaks for it.
	var beyond, upgrades []*candidate
	cands = slices.DeleteFunc(cands, func(c *candidate) bool {
		overARR := r.overARR(c)
		if c.score > 0 && !overARR && !r.priceOutweighs(c) {
			return false
		}
		if !c.answersInTheirWords() {
			if c.kind == KindUpsell && !c.seats && r.sunkByPrice(c) {
				upgrades = append(upgrades, c)
			}
			return true
		}
		if overARR || r.beyondMeans(c) {
			beyond = append(beyond, c)
			return true
		}
		return false
	})
	cands = bestPerFamily(cands)
	r.reclaimPains(cands, claimed)
	slices.SortFunc(cands, compareCandidates)
	maybe = unclaimed(maybe, cands)
	// What they passed on lately and that speaks of the pain more than
	// what they hold is named instead (see unansweredAdvice): after they
	// turn down the tier made for it, the tier they have is not said to
	// answer it.
	passedOnBetter := func(a heldAnswer) bool {
		p, _, ok := r.coolingFor(a.pain)
		if !ok {
			return false
		}
		// A higher tier of what they hold does all it does: what it was
		// offered for is no more answered by the tier they kept.
		if p.Family == a.product.Family && p.Tier > a.product.Tier {
			return true
		}
		return r.cat.painFit(a.pain, p) > a.fit
	}
	maybe = slices.DeleteFunc(maybe, passedOnBetter)
	answered = slices.DeleteFunc(answered, passedOnBetter)
	useFirst := slices.DeleteFunc(slices.Clone(answered), func(a heldAnswer) bool { return upgradeOffered(cands, a.product) })
	rs.advice = append(rs.advice, r.heldAdvice(useFirst, maybe)...)
	priced, pricedPains := r.beyondMeansAdvice(beyond, cands)
	rs.advice = append(rs.advice, priced...)
	// While nothing is offered at all, "nothing we can offer answers it"
	// would be untrue of a pain some product answers.
	if !rs.all {
		rs.advice = append(rs.advice, r.unansweredAdvice(cands, guesses, slices.Concat(answered, maybe), pricedPains)...)
	}
	rs.advice = append(rs.advice, r.upgradeBeyondAdvice(upgrades, cands)...)
	rs.advice = append(rs.advice, r.listPricesAdvice(cands)...)
	rs.advice = append(rs.advice, r.arrUnknownAdvice(cands)...)
	r.spreadAlike(cands)
	r.painAnswersFirst(cands)
	r.costAnswersFirst(cands)
	rs.advice = append(rs.advice, r.furtherDownAdvice(cands)...)
	return cands, rs
}

// recommender holds one account's data indexed for the rules.
type recommender struct {
	in  BriefingInput
	cat *Catalog
	// afterAdoption are the tier upgrades adoption holds back that answer
	// an open pain in its words: said as what answers it once they use
	// what they have (see unansweredAdvice).
	afterAdoption []*candidate
	// joiningPain is the open pain that sized seat offers by the people
	// it says are joining (see joiningInPains); 0 when none did.
	joiningPain int64
	// joiningAt is when the people joining were said (see joining): seats
	// declined before it are offered again.
	joiningAt time.Time
	// joiningWords are the words that said people join: the sentence of
	// the call or the pain (see roleFamilies).
	joiningWords string
	// roles caches roleFamilies.
	roles map[string]bool
	// askedSeats are the more seats a call asked for, of askedFamily, on
	// askedAt (see seatsAsked); 0 when none were.
	askedSeats  int
	askedFamily string
	askedAt     time.Time
	// held are the catalogue products the account holds, by name then id.
	held []HeldProduct
	// tracksSeats is TracksSeatUse of held.
	tracksSeats bool
	// heldIdx maps a held product id to its index in held.
	heldIdx map[string]int
	// top maps each held family to the index in held of its highest tier.
	top map[string]int
	// open are the open pains, most severe first, then newest, then by id;
	// aboutUs those that speak of us, the vendor, which no offer answers.
	open, aboutUs []PainPoint
	// latest is the latest response to an offer of each product.
	latest  map[string]PastOffer
	coolOff time.Duration
	// peers is false when in.Peers describes another segment; its counts
	// would then be untrue for this account.
	peers bool
	// ladders caches ladder by family.
	ladders map[string]bool
	// spent caches spend; negative until computed.
	spent float64
	// explain is false when only the ranking is wanted: reasons then
	// carry their points without text.
	explain bool
	// evIndex caches heldIndex; terms is bookEvidence's scratch space.
	evIndex []int
	terms   []evidenceTerm
	// shares caches lookalikeShares; sharesDone says it was asked.
	shares     []float64
	sharesDone bool
	// sharesRestOn is how many accounts the shares effectively rest on.
	sharesRestOn float64
	// rows and rowHolders cache peerRows.
	rows       []map[string]int
	rowHolders []int
	// asked are the discovery questions given to suggestions so far.
	asked map[string]bool
	// locale is the account's locale, normalised for template matching.
	locale string
	// lang is the language the account is spoken to in.
	lang string
}

func newRecommender(in BriefingInput) *recommender {
	r := &recommender{
		in:      in,
		cat:     in.Catalog,
		heldIdx: make(map[string]int, len(in.Holdings)),
		top:     make(map[string]int, len(in.Holdings)),
		latest:  latestResponses(in.PastOffers),
		coolOff: coolOffPeriod(in),
		peers:   in.Peers.Segment == "" || in.Peers.Segment == in.Account.Segment(),
		locale:  normLocale(in.Account.Locale),
		spent:   -1,
		lang:    speakingLanguage(in.Catalog, in.Account.Locale),
	}

	// A product held twice (the schema forbids it, an import might not) is
	// merged by adding up, which does not depend on input order.
	for _, h := range in.Holdings {
		p, known := r.cat.Products[h.ProductID]
		if !known {
			continue
		}
		if i, dup := r.heldIdx[h.ProductID]; dup {
			r.held[i].Quantity += h.Quantity
			r.held[i].SeatsUsed += h.SeatsUsed
			continue
		}
		r.heldIdx[h.ProductID] = len(r.held)
		r.held = append(r.held, HeldProduct{Holding: h, Product: p})
	}
	slices.SortFunc(r.held, func(a, b HeldProduct) int {
		return cmp.Or(cmp.Compare(a.Product.Name, b.Product.Name), cmp.Compare(a.ProductID, b.ProductID))
	})
	r.tracksSeats = TracksSeatUse(r.held)
	for i, h := range r.held {
		r.heldIdx[h.ProductID] = i
		if j, ok := r.top[h.Product.Family]; !ok || h.Product.Tier > r.held[j].Product.Tier {
			r.top[h.Product.Family] = i
		}
	}

	for _, p := range in.Pains {
		if p.Status == PainOpen {
			// A pain about us (our support, our product) is no reason to
			// sell anything; one about what they pay us still is a cost
			// pain, and holds expansion back.
			var aboutUs bool
			p.Category, aboutUs = r.cat.readPain(p)
			if aboutUs {
				r.aboutUs = append(r.aboutUs, p)
				continue
			}
			r.open = append(r.open, p)
		}
	}
	// A noted cost pain speaks for itself over a price objection heard,
	// but not over a spend freeze heard: that stops every offer.
	if p, ok := in.heardCostPain(); ok && !slices.ContainsFunc(r.open, func(o PainPoint) bool { return o.Category == PainCost && o.Severity >= p.Severity }) {
		r.open = append(r.open, p)
	}
	slices.SortFunc(r.open, func(a, b PainPoint) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), b.NotedAt.Compare(a.NotedAt), cmp.Compare(a.ID, b.ID))
	})
	return r
}

// candidate is a suggestion being built.
type candidate struct {
	product Product
	kind    SuggestionKind
	// costFirst is one more than the index in reasons of the reason that
	// says it answers their cost first; 0 when it does not.
	costFirst int
	// seats marks more seats of a held product rather than a new one.
	seats bool
	// forSeats are the points that speak as much for more seats as for a
	// tier upgrade carrying them: the licence at its limit, the people
	// joining and, of an upgrade, growing on what they chose (see
	// bestPerFamily).
	forSeats int
	// basis is the held product the suggestion builds on; nil when none
	// (a cross-sell found only through a pain).
	basis *HeldProduct
	// linked marks a basis still to be found among the held products the
	// book most often sees with this one (see recommender.strongestLink):
	// a briefing only needs it for seat counts and the suggestions shown.
	linked bool
	// declared are the held products a complement reason already names:
	// the book's evidence does not name them a second time.
	declared []*HeldProduct
	quantity int
	// canSolve are the open pains it addresses, most severe first; solves
	// those it is one of the best products for (see assignPains).
	canSolve, solves []PainPoint
	// byCategory marks the pains in solves claimed for their category
	// alone: no product's sentence speaks of the customer's words, so
	// nothing may say the product takes care of exactly that.
	byCategory map[int64]bool
	reasons    []Reason
	score      int
	// evidence is the unrounded item model score, a tie-breaker.
	evidence float64
	// evFrom and evTo are where the reasons of the book's evidence are in
	// reasons (see capEvidence).
	evFrom, evTo int
}

// publicKind is the kind a suggestion shows: seats are their own kind,
// though they use the upsell templates.
func (c *candidate) publicKind() SuggestionKind {
	if c.seats {
		return KindSeats
	}
	return c.kind
}

// add records a reason and its points.
func (c *candidate) add(r Reason) {
	c.reasons = append(c.reasons, r)
	c.score += r.Points
}

// addLater adds a reason whose text is written only if the candidate is
// offered (see writeReasons): most candidates are weighed and dropped.
func (c *candidate) addLater(points int, text func() string) {
	c.add(Reason{Points: points, explain: text})
}

// writeReasons writes the texts addLater put off.
func (c *candidate) writeReasons() {
	for i := range c.reasons {
		if r := &c.reasons[i]; r.explain != nil {
			r.Text, r.explain = r.explain(), nil
		}
	}
}

// gated reports whether the account's stage forbids a candidate. Stages that
// allow no offers at all are handled before candidates are built.
func (r *recommender) gated(c *candidate) bool {
	if r.in.Account.Stage != StageAdoption {
		return false
	}
	tierUpgrade := c.kind == KindUpsell && !c.seats
	// A claim by category alone is a guess ("check it fits"), not a fix
	// for the pain that adoption must come first.
	return tierUpgrade || !c.answersInTheirWords()
}

// outOfStage reports whether an offer is of a product meant for other
// journey stages (Product.Stages) and answers no open pain by its own
// words: a migration service pitched to a customer live for years is no
// fair offer, but one whose data came over badly may hear it.
func (r *recommender) outOfStage(c *candidate) bool {
	if len(c.product.Stages) == 0 || slices.Contains(c.product.Stages, r.in.Account.Stage) {
		return false
	}
	return !c.answersInTheirWords()
}

// answersInTheirWords reports whether the offer claims an open pain by the
// words the customer put it in, not by its category alone.
func (c *candidate) answersInTheirWords() bool {
	_, ok := c.firstInTheirWords()
	return ok
}

// firstInTheirWords is the first pain the candidate claims in the
// customer's words; ok is false when it claims none that way.
func (c *candidate) firstInTheirWords() (PainPoint, bool) {
	for _, p := range c.solves {
		if !c.byCategory[p.ID] {
			return p, true
		}
	}
	return PainPoint{}, false
}

// claims reports whether the candidate claims the pain, in the customer's
// words or for its category.
func (c *candidate) claims(painID int64) bool {
	return slices.ContainsFunc(c.solves, func(p PainPoint) bool { return p.ID == painID })
}

// claimsInTheirWords reports whether the candidate claims the pain in the
// customer's words.
func (c *candidate) claimsInTheirWords(painID int64) bool {
	return c.claims(painID) && !c.byCategory[painID]
}

// bestPerFamily keeps one offer per family, the best ranked, so a call
// never pitches two tiers of the same new product, or more seats beside a
// tier upgrade that already carries them. Between more seats and a tier
// upgrade carrying them, the need for seats and growing on what they chose
// speak for both alike (forSeats): what else speaks for each, its price
// counted, decides, and a tie goes to the seats, the smaller step. A
// customer at their limit and hiring is offered the seats, not a tier
// costing half their ARR that happens to carry them; the tier when it
// answers a pain of theirs or the book's customers take it up.
func bestPerFamily(cands []*candidate) []*candidate {
	seats := map[string]*candidate{}
	for _, c := range cands {
		if c.seats {
			seats[c.product.Family] = c
		}
	}
	better := func(a, b *candidate) bool {
		s, ok := seats[a.product.Family]
		switch {
		case ok && a == s && b.forSeats > 0:
			return a.score-a.forSeats >= b.score-b.forSeats
		case ok && b == s && a.forSeats > 0:
			return a.score-a.forSeats > b.score-b.forSeats
		}
		return compareCandidates(a, b) < 0
	}
	best := map[string]*candidate{}
	for _, c := range cands {
		if b, ok := best[c.product.Family]; !ok || better(c, b) {
			best[c.product.Family] = c
		}
	}
	return slices.DeleteFunc(cands, func(c *candidate) bool { return best[c.product.Family] != c })
}

// compareCandidates ranks by score (highest first), then the unrounded
// evidence (to a millionth of a point, so that sums added in another order
// still tie), then kind (upsell first), then product name, then id.
func compareCandidates(a, b *candidate) int {
	return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(math.Round(b.evidence*1e6), math.Round(a.evidence*1e6)),
		cmp.Compare(kindRank(a), kindRank(b)),
		cmp.Compare(a.product.Name, b.product.Name), cmp.Compare(a.product.ID, b.product.ID))
}

// kindRank puts tier upgrades before seats before cross-sells: upsell
// builds on a choice the customer already made and lands more often.
func kindRank(c *candidate) int {
	switch {
	case c.seats:
		return 1
	case c.kind == KindUpsell:
		return 0
	}
	return 2
}

// suggestion turns a ranked candidate into its public form, strongest
// reason first.
func (r *recommender) suggestion(c *candidate) Suggestion {
	c.writeReasons()
	slices.SortStableFunc(c.reasons, func(a, b Reason) int { return cmp.Compare(b.Points, a.Points) })
	r.findBasis(c)
	s := Suggestion{
		Product:       c.product,
		Kind:          c.publicKind(),
		Quantity:      c.quantity,
		Score:         c.score,
		Reasons:       c.reasons,
		TalkingPoints: r.talkingPoints(c),
	}
	for _, p := range c.solves {
		s.Solves = append(s.Solves, p.ID)
	}
	return s
}

// holds reports whether the account holds a product.
func (r *recommender) holds(productID string) bool {
	_, ok := r.heldIdx[productID]
	return ok
}

// ladder reports whether a family works as a tier ladder in this book: a
// customer holds one rung and moves up. When the book shows customers
// holding two of its products side by side (at least minPeerHolders
// accounts, and a tenth of the rarer product's holders), the family is a
// set of products sold together, whose other members are offered on their
// own evidence like any other product. The answer is kept per family.
func (r *recommender) ladder(family string) bool {
	if v, ok := r.ladders[family]; ok {
		return v
	}
	ladder := true
	ps := r.cat.Families[family]
	for i := range ps {
		for j := i + 1; j < len(ps) && ladder; j++ {
			l, ok := r.in.Evidence.link(ps[i].ID, ps[j].ID)
			rarer := min(l.holders, r.in.Evidence.holdersOf(ps[j].ID))
			if ok && l.together >= minPeerHolders && l.together*10 >= rarer {
				ladder = false
			}
		}
	}
	if r.ladders == nil {
		r.ladders = map[string]bool{}
	}
	r.ladders[family] = ladder
	return ladder
}

// holdsFamily reports whether the account holds any tier of a family.
func (r *recommender) holdsFamily(family string) bool {
	_, ok := r.top[family]
	return ok
}

// cooling reports whether the product's latest answer is a decline still
// inside the cool-off.
func (r *recommender) cooling(productID string) bool {
	o, ok := r.latest[productID]
	until, resting := restsUntil(o, r.coolOff)
	return ok && resting && r.in.Now.Before(until)
}

// solvedBy lists the open pains p addresses, most severe first. For an
// upgrade from was, only pains the held tier does not already address count:
// the customer has that pain despite owning it.
func (r *recommender) solvedBy(p Product, was *Product) []PainPoint {
	var out []PainPoint
	for _, pain := range r.open {
		// The held tier addresses the category, yet the pain is there: the
		// upgrade answers it only when its own sentence speaks of it more
		// than the held tier's does.
		if p.Addresses(pain.Category) && (was == nil || !was.Addresses(pain.Category) || r.cat.painFit(pain, p) > r.cat.painFit(pain, *was)) {
			out = append(out, pain)
		}
	}
	return out
}

// addResponse nudges a candidate by the latest answer to an earlier offer.
func (r *recommender) addResponse(c *candidate) {
	if last, ok := r.latest[c.product.ID]; ok {
		if reason, ok := responseReason(last, r.in.Now); ok {
			c.add(reason)
		}
	}
}

// hasBase reports whether the account holds what a product adds to: a
// product of one of the families it requires (always, when it requires
// none).
func (r *recommender) hasBase(p Product) bool {
	if len(p.Requires) == 0 {
		return true
	}
	for _, f := range p.Requires {
		if r.holdsFamily(f) {
			return true
		}
	}
	return false
}
