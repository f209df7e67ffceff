package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// upsells builds the seat and tier upgrades of what the account holds. A
// tier upgrade of a family whose seats run short carries the seats the
// account needs, and the seat pressure counts for it. People said to be
// joining on the latest call (see joining) are counted in.
func (r *recommender) upsells() []*candidate {
	var out []*candidate
	allJoining, said := r.joining()
	only := r.onlySeatedFamily()
	roles := r.roleFamilies()
	for i := range r.held {
		h := &r.held[i]
		needed := seatsNeeded(h)
		pressed := seatsNearLimit(h) && needed > h.Quantity
		// People joining need seats where seats run short, and in the
		// account's one seated family however many are free: the head
		// count names no family, but there it can only mean that one.
		// Where the note names their role and the playbook says which
		// families that role works in, they need seats there, and only
		// there: new sales reps need no service desk seats.
		joining := allJoining
		if roles != nil && !roles[h.Product.Family] {
			joining = 0
		}
		if (only == h.Product.Family || roles[h.Product.Family]) && joining > 0 && h.SeatUseKnown(r.tracksSeats) && h.SeatsUsed+joining > h.Quantity {
			pressed = true
		}
		if pressed && joining > 0 {
			needed = max(needed, h.SeatsUsed+joining)
		}
		// Seats they asked for on the call: at least those, on the
		// licence they hold.
		asked := r.askedSeats > 0 && r.askedFamily == h.Product.Family && r.top[h.Product.Family] == i
		if asked {
			pressed, needed = true, max(needed, h.Quantity+r.askedSeats)
		}
		// Seats they declined stay refused, unless people were said to
		// join after they declined: that is news the no did not weigh.
		refused := r.cooling(h.ProductID) && !(joining > 0 && r.joiningAt.After(r.latest[h.ProductID].At)) &&
			!(asked && r.askedAt.After(r.latest[h.ProductID].At))
		if pressed && !refused && !r.cat.Products[h.ProductID].Discontinued && !r.inProgress(h.ProductID) {
			c := &candidate{product: h.Product, kind: KindUpsell, seats: true, basis: h, quantity: needed - h.Quantity}
			c.add(seatsReason(*h))
			c.forSeats = seatsReason(*h).Points
			if asked {
				c.add(Reason{Points: cueGrowthPoints, Text: fmt.Sprintf("On the call of %s they asked for %d more seats", r.askedAt.Format("2 Jan 2006"), r.askedSeats)})
			}
			if joining > 0 {
				c.add(said)
				c.forSeats += said.Points
			}
			r.addUpsellTiming(c)
			r.addWelcome(c)
			r.addResponse(c)
			r.addARRShare(c)
			out = append(out, c)
		}
		if r.top[h.Product.Family] != i {
			continue // a lower tier held beside a higher one: upgrade from the top
		}
		for _, p := range r.cat.nextTier(h.Product.Family, h.Product.Tier) {
			if !r.pitchable(p.ID) {
				continue
			}
			c := &candidate{product: p, kind: KindUpsell, basis: h, quantity: max(h.Quantity, 1)}
			c.add(nextTierReason(h.Product))
			switch {
			case asked:
				// They asked for seats of what they have: those are the
				// offer, not a tier above carrying them.
			case pressed && p.Seated && refused:
				// They said no to more seats: the upgrade keeps the
				// seats they have, and does not bring the refused ones back.
				c.add(Reason{Text: fmt.Sprintf("They declined more seats of %s on %s: the upgrade keeps their %d", h.Product.Name, formatDay(r.latest[h.ProductID].At), h.Quantity)})
			case pressed && p.Seated:
				c.quantity = needed
				c.add(seatsReason(*h))
				// Growing on what they chose speaks for more seats of it
				// as much as for the tier above.
				c.forSeats = nextTierReason(h.Product).Points + seatsReason(*h).Points
				if joining > 0 {
					c.add(said)
					c.forSeats += said.Points
				}
			}
			c.canSolve = r.solvedBy(p, &h.Product)
			from := len(c.reasons)
			c.evidence = r.bookEvidence(c)
			c.evFrom, c.evTo = from, capEvidence(c, from, len(c.reasons))
			r.addPeers(c)
			r.addUpsellTiming(c)
			r.addWelcome(c)
			r.addResponse(c)
			r.addARRShare(c)
			out = append(out, c)
		}
	}
	return out
}

// addUpsellTiming adds the renewal and advocate reasons that favour upsells.
func (r *recommender) addUpsellTiming(c *candidate) {
	if renewal := r.in.Account.RenewalDate; !renewal.IsZero() {
		if d := daysBetween(r.in.Now, renewal); d >= 0 && d <= renewalWindowDays {
			c.add(renewalReason(d, c.seats))
		}
	}
	if r.in.Account.Stage == StageAdvocate {
		c.add(advocateReason())
	}
}

// seatsNearLimit reports whether a seated holding uses at least
// seatsNearLimitPercent of its seats.
func seatsNearLimit(h *HeldProduct) bool {
	return h.Product.Seated && h.Quantity > 0 && h.SeatsUsed*100 >= seatsNearLimitPercent*h.Quantity
}

// seatsNeeded is how many seats a seated holding should have: the seats in
// use plus extraSeatsPercent of headroom, rounded up, and never fewer than
// it has. Seats bought but unused are not grown on.
func seatsNeeded(h *HeldProduct) int {
	if !h.Product.Seated || h.SeatsUsed <= 0 {
		return h.Quantity
	}
	return max((h.SeatsUsed*(100+extraSeatsPercent)+99)/100, h.Quantity)
}

// onlySeatedFamily is the family of the account's seated holdings whose
// use is known, when they are all of one family; "" otherwise.
func (r *recommender) onlySeatedFamily() string {
	family := ""
	for _, h := range r.held {
		if !h.SeatUseKnown(r.tracksSeats) {
			continue
		}
		if family != "" && family != h.Product.Family {
			return ""
		}
		family = h.Product.Family
	}
	return family
}

// joining is how many people the latest connected call said are joining
// ("12 new reps start in March"), heard within HeardFor, and the reason
// that says so; else how many an open pain says are ("hiring 40
// engineers by March"); 0 when none was said. It sizes the seats of
// families already running short, and of the account's one seated
// family: which family the people join is not said.
func (r *recommender) joining() (int, Reason) {
	c, call, ok := r.in.heard(CueGrowth)
	if !ok {
		return r.joiningInPains()
	}
	for _, q := range call.Cues {
		if q.Kind == CueGrowth && q.Number > c.Number {
			c = q // the head count, where one cue says it
		}
	}
	if c.Number <= 0 {
		return 0, Reason{}
	}
	// "They asked for 12 more CRM Pro seats" asks for seats of one
	// product: they are offered there (see seatsAsked), not counted as
	// people joining every family.
	if said := call.Said(c); countsSeats(said, c.Text) {
		r.seatsAsked(said, c.Number, call.At)
		return 0, Reason{}
	}
	r.joiningAt, r.joiningWords = call.At, call.Said(c)
	return c.Number, Reason{Points: pointsGrowthHeard,
		Text: fmt.Sprintf("On the call of %s: %q, so the seats count the %d people joining", call.At.Format("2 Jan 2006"), c.Text, c.Number)}
}

// seatsAsked notes a request for n more seats said on the call of at: of
// the held product the sentence names, or of the account's one seated
// family when it names no product at all.
func (r *recommender) seatsAsked(sentence string, n int, at time.Time) {
	lower := strings.ToLower(sentence)
	names := func(p Product) bool {
		for _, n := range []string{p.Name, p.NameIn(r.lang)} {
			if n != "" && strings.Contains(lower, strings.ToLower(n)) {
				return true
			}
		}
		return false
	}
	family := ""
	for _, h := range r.held {
		if h.Product.Seated && names(h.Product) {
			family = h.Product.Family
		}
	}
	if family == "" {
		// Seats of a product they do not hold are that product's offer.
		for _, p := range r.cat.Products {
			if names(p) {
				return
			}
		}
		family = r.onlySeatedFamily()
	}
	if family == "" {
		return
	}
	r.askedSeats, r.askedFamily, r.askedAt = n, family, at
}

// joiningInPains is the most people an open pain says are joining, and
// the reason that quotes it; 0 when none does. The pain is then answered
// by the seats it sizes (see joiningPain).
func (r *recommender) joiningInPains() (int, Reason) {
	n, said := 0, PainPoint{}
	for _, p := range r.open {
		if k := r.cat.joiningSaid(p.Title, r.in.Account.Locale); k > n {
			n, said = k, p
		}
	}
	if n == 0 {
		return 0, Reason{}
	}
	r.joiningPain, r.joiningAt, r.joiningWords = said.ID, said.NotedAt, said.Title
	return n, Reason{Points: pointsGrowthHeard,
		Text: fmt.Sprintf("They say “%s”, so the seats count the %d people joining", Quoted(said.Title), n)}
}

// seatsSizedFor reports whether p is the pain whose people joining sized
// the seats of one of offers (more seats, or an upgrade carrying them):
// those seats are its answer, and no line may say nothing answers it.
func (r *recommender) seatsSizedFor(p PainPoint, offers []*candidate) bool {
	return p.ID != 0 && p.ID == r.joiningPain && slices.ContainsFunc(offers, func(c *candidate) bool {
		return c.basis != nil && c.basis.Product.Seated && (c.seats || c.quantity > c.basis.Quantity)
	})
}

// cueSeatWords are the starts of the words for seats and licences, folded,
// in the five languages.
var cueSeatWords = []string{"seat", "licen", "login", "lizenz", "platz", "plätz", "лиценз", "litsents", "ライセンス", "席", "アカウント"}

// countsSeats reports whether a growth cue's number counts seats or
// licences rather than people: a seat word in the cue's words or in the
// few words after them in its sentence ("2 more Smart Assist seats"), not
// further on ("12 new reps start in March and need seats").
func countsSeats(sentence, cue string) bool {
	after := ""
	if i := strings.Index(sentence, cue); i >= 0 {
		words := strings.Fields(sentence[i+len(cue):])
		after = strings.Join(words[:min(len(words), 3)], " ")
	}
	lower := strings.ToLower(cue + " " + after)
	return slices.ContainsFunc(cueSeatWords, func(w string) bool { return strings.Contains(lower, w) })
}
