package demo

import (
	"slices"
	"time"

	"talktrack/model"
)

// callCounts are how many calls were logged in the last year, by stage
// (model.Stages order), as ranges.
var callCounts = [6][2]int{{1, 2}, {1, 2}, {1, 3}, {1, 3}, {2, 3}, {1, 2}}

var (
	// outcomeShares follow model.Outcomes: most calls connect.
	outcomeShares = newDist([]float64{68, 12, 5, 9, 4, 2})
	// responseShares follow model.Responses.
	responseShares = newDist([]float64{18, 30, 27, 25})
	// durations bound a call's length in seconds, by outcome.
	durations = [6][2]int{{240, 2700}, {40, 150}, {60, 180}, {20, 45}, {5, 15}, {30, 90}}
)

// calls adds the account's call history of the last year, oldest first.
// A churned account's history ends with the exit call; an at-risk one has
// been called since things went wrong.
func (g *generator) calls(a *account) {
	lo := later(a.start, g.today.AddDate(0, 0, -365))
	hi := g.today.AddDate(0, 0, -1)
	if a.Stage == model.StageChurned {
		lo = later(a.start, a.StageSince.AddDate(0, 0, -200))
		hi = earlier(hi, a.StageSince.AddDate(0, 0, 14))
	}
	if hi.Before(lo) {
		lo = hi
	}
	span := daysBetween(lo, hi)
	n := g.between(callCounts[stageIndex(a.Stage)][0], callCounts[stageIndex(a.Stage)][1])
	var offsets [4]int
	for i := range n {
		offsets[i] = g.between(0, span)
		for j := i; j > 0 && offsets[j] < offsets[j-1]; j-- {
			offsets[j], offsets[j-1] = offsets[j-1], offsets[j]
		}
	}
	inStage := min(max(daysBetween(lo, a.StageSince), 0), span)
	switch a.Stage {
	case model.StageAtRisk:
		if offsets[n-1] < inStage {
			offsets[n-1] = g.between(inStage, span)
		}
	case model.StageChurned:
		offsets[n-1] = min(inStage+g.between(0, 10), span)
	}
	for i, off := range offsets[:n] {
		g.call(a, lo.AddDate(0, 0, off), i == 0)
	}
}

// previousStage is the stage an account was most likely in before its
// current one, for calls made before it changed.
func previousStage(s model.Stage) model.Stage {
	switch s {
	case model.StageAdoption:
		return model.StageOnboarding
	case model.StageValueRealized:
		return model.StageAdoption
	case model.StageAdvocate, model.StageAtRisk:
		return model.StageValueRealized
	case model.StageChurned:
		return model.StageAtRisk
	}
	return s
}

// call logs one call on the given day. Connected calls carry notes on the
// stage the account was in at the time, sometimes a pain it raised again,
// the offers made and how they were answered; the others a line on why
// nobody was reached.
func (g *generator) call(a *account, on time.Time, first bool) {
	r := g.rng
	stage := a.Stage
	if on.Before(a.StageSince) {
		stage = previousStage(a.Stage)
	}
	words := callWordsFor(a.cult.lang)
	oi := outcomeShares.pick(r)
	outcome := model.Outcomes[oi]

	contacts := g.ds.Contacts[a.firstContact:]
	contact := contacts[0]
	if len(contacts) > 1 && r.Float64() < 0.3 {
		contact = contacts[1+r.IntN(len(contacts)-1)]
	}
	s := slots{contact: firstName(contact.Name), industry: a.Industry}
	if a.cult.familyFirst {
		s.contact += "様" // 山田様: the family name, with the honorific
	}
	started := on.Add(time.Duration(8+r.IntN(9))*time.Hour + time.Duration(5*r.IntN(12))*time.Minute)
	duration := time.Duration(g.between(durations[oi][0], durations[oi][1])) * time.Second

	var offers []model.Offer
	var followUp time.Time
	b := g.buf[:0]
	if outcome == model.OutcomeConnected {
		si := stageIndex(stage)
		opener := pickString(r, words.openers[si])
		if stage == model.StageOnboarding {
			// The kickoff comes first, and only once.
			opener = words.openers[si][0]
			if !first {
				opener = pickString(r, words.openers[si][1:])
			}
		}
		b = appendFilled(b, opener, &s)
		b = append(b, words.sep...)
		b = appendFilled(b, g.fresh(a, words.bodies[si]), &s)
		if pain := g.openPainBefore(a, on); pain != "" && r.Float64() < 0.4 {
			s.pain = pain
			b = append(b, words.sep...)
			b = appendFilled(b, pickString(r, words.painRaised), &s)
		}
		offers = g.offers(a, stage, on)
		for _, o := range offers {
			s.product = g.ix.products[g.ix.byID[o.ProductID]].NameIn(a.cult.lang)
			b = append(b, words.sep...)
			b = appendFilled(b, pickString(r, words.offers[responseIndex(o.Response)]), &s)
		}
		if r.Float64() < 0.4 {
			followUp = on.AddDate(0, 0, g.between(7, 30))
		}
	} else {
		b = appendFilled(b, pickString(r, words.unreached[oi]), &s)
		if r.Float64() < 0.3 {
			followUp = on.AddDate(0, 0, g.between(2, 7))
		}
	}
	if !followUp.IsZero() {
		var date [24]byte
		s.date = string(followUp.AppendFormat(date[:0], words.dateLayout))
		b = append(b, words.sep...)
		if outcome == model.OutcomeConnected {
			b = appendFilled(b, pickString(r, words.followUp), &s)
		} else {
			b = appendFilled(b, pickString(r, words.retry), &s)
		}
	} else if outcome == model.OutcomeConnected {
		if recap := pickString(r, words.recap); recap != "" {
			b = append(b, words.sep...)
			b = append(b, recap...)
		}
	}
	g.buf = b
	g.ds.Calls = append(g.ds.Calls, model.Call{
		AccountID: a.ID,
		ContactID: contact.ID,
		StartedAt: started,
		Duration:  duration,
		Outcome:   outcome,
		Notes:     string(b),
		FollowUp:  followUp,
		Offers:    offers,
	})
}

// fresh draws a sentence the account's notes have not used yet, if a few
// tries find one.
func (g *generator) fresh(a *account, sentences []string) string {
	s := pickString(g.rng, sentences)
	for try := 0; try < 3 && slices.Contains(a.said, s); try++ {
		s = pickString(g.rng, sentences)
	}
	a.said = append(a.said, s)
	return s
}

// openPainBefore returns the words of one of the open pains the account had
// already raised by the given day, or "" when there is none.
func (g *generator) openPainBefore(a *account, on time.Time) string {
	var titles [8]string
	n := 0
	for _, p := range g.ds.Pains[a.firstPain:] {
		if p.Status == model.PainOpen && !p.NotedAt.After(on) && n < len(titles) {
			titles[n] = p.Title
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return titles[g.rng.IntN(n)]
}

// offers are the products pitched on a connected call, if any. Offers
// follow the stage rules reps work by: none while onboarding or at risk,
// only what fixes an open pain during adoption, and upgrades or
// complements once the customer sees value. An accepted offer becomes a
// holding a few days later.
func (g *generator) offers(a *account, stage model.Stage, on time.Time) []model.Offer {
	r := g.rng
	var chance float64
	most := 1
	switch stage {
	case model.StageValueRealized, model.StageAdvocate:
		chance, most = 0.45, 2
	case model.StageAdoption:
		chance = 0.2
	default:
		return nil
	}
	if r.Float64() >= chance {
		return nil
	}
	var offers []model.Offer
	for range 1 + r.IntN(most) {
		pi := g.offerProduct(a, stage, offers)
		if pi < 0 {
			break
		}
		resp := model.Responses[responseShares.pick(r)]
		offers = append(offers, model.Offer{ProductID: g.ix.products[pi].ID, Response: resp})
		if resp == model.ResponseAccepted {
			g.accept(a, pi, on)
		}
	}
	return offers
}

// offerProduct picks something a rep would have pitched: the next tier of
// a held product or a complement of one from a family not yet held. During
// adoption only complements that address an open pain qualify. It returns
// -1 when nothing fits.
func (g *generator) offerProduct(a *account, stage model.Stage, made []model.Offer) int {
	ix := g.ix
	var cands [64]int
	n := 0
	add := func(pi int) {
		for _, o := range made {
			if o.ProductID == ix.products[pi].ID {
				return
			}
		}
		if n < len(cands) {
			cands[n] = pi
			n++
		}
	}
	for _, h := range g.ds.Holdings[a.firstHolding:] {
		held := &ix.products[ix.byID[h.ProductID]]
		if stage != model.StageAdoption {
			if ladder := ix.families[held.family].products; held.rung+1 < len(ladder) {
				add(ladder[held.rung+1])
			}
		}
		for _, c := range held.complements {
			if g.famHeld[ix.products[c].family] >= 0 {
				continue
			}
			if stage == model.StageAdoption && !g.solvesOpenPain(a, &ix.products[c]) {
				continue
			}
			add(c)
		}
	}
	if n == 0 {
		return -1
	}
	return cands[g.rng.IntN(n)]
}

// solvesOpenPain reports whether p addresses one of the account's open pains.
func (g *generator) solvesOpenPain(a *account, p *productInfo) bool {
	for _, pain := range g.ds.Pains[a.firstPain:] {
		if pain.Status == model.PainOpen && p.Addresses(pain.Category) {
			return true
		}
	}
	return false
}

// accept turns an accepted offer into a holding: an upgrade replaces the
// tier held, a new product is added. Either starts a few days after the call.
func (g *generator) accept(a *account, pi int, on time.Time) {
	since := earlier(on.AddDate(0, 0, g.between(3, 14)), g.today)
	p := &g.ix.products[pi]
	if h := g.famHeld[p.family]; h >= 0 {
		g.ds.Holdings[h].ProductID = p.ID
		g.ds.Holdings[h].Since = since
		return
	}
	g.holdProduct(a, pi, since)
}

// firstName is the part of a full name before the first space.
func firstName(full string) string {
	for i := 0; i < len(full); i++ {
		if full[i] == ' ' {
			return full[:i]
		}
	}
	return full
}

// responseIndex is the response's position in model.Responses.
func responseIndex(r model.Response) int {
	for i, x := range model.Responses {
		if x == r {
			return i
		}
	}
	return 0
}
