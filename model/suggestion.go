package model

import (
	"sync"
	"time"
)

// PeerStats is what accounts in one segment (same industry and size band)
// hold, kept up to date by the store so a briefing never scans all holdings.
type PeerStats struct {
	// Segment is the peer group key, as Account.Segment returns it.
	Segment string
	// Accounts is how many accounts are in the segment, the briefed account
	// included.
	Accounts int
	// Holders maps a product id to how many accounts in the segment hold it,
	// the briefed account included.
	Holders map[string]int
	// Together maps a held product id to, for each other product id, how
	// many accounts in the segment hold both.
	Together map[string]map[string]int
}

// Catalog is the playbook in the shape recommendation needs it.
type Catalog struct {
	// Products by id.
	Products map[string]Product
	// Families maps a family to its products ordered by tier, lowest first.
	Families map[string][]Product
	// Complements maps a held product id to what complements it.
	Complements map[string][]Complement
	// PainLabels maps a pain category to its label.
	PainLabels map[string]string
	// Templates are the talking point templates.
	Templates []TalkingPointTemplate
	// Currency is the ISO 4217 code of the list prices.
	Currency string
	// painLabels are the pain category labels in other languages.
	painLabels map[string]map[string]string
	// categoryNames maps the NameKey of each category's id, label, labels
	// and aliases to its id: a pain filed under "Budget" is a cost pain.
	categoryNames map[string]string
	// templateIndex groups Templates by kind and locale (see
	// indexTemplates); built by NewCatalog.
	templateIndex map[string][]indexedTemplate
	// languages are the languages the templates are written in.
	languages map[string]bool
	// commonWords are, by pain category, the stems too many of its
	// products' sentences share to tell them apart (see commonPainWords);
	// built by NewCatalog.
	commonWords map[string]map[string]bool
	// cueRules are the playbook's cue word lists; cues hears them in a
	// pain's words, for pains of categories the playbook does not list
	// (see ruleCategory), compiled on first use (cuesOnce; it takes a few
	// milliseconds, and most books have no such pain); nil without lists.
	cueRules CueRules
	cuesOnce *sync.Once
	cues     *CueDetector
	// readings keeps how pains' words were read (see readPain), and fits
	// how well products' sentences fit them (see painFit), and frozen
	// whether a cost pain says spend is frozen (see saysFrozen, keyed by
	// locale and title), and joins how many people a pain says are
	// joining (see joiningSaid); shared by copies of the catalogue.
	readings *memo[painKey, painReading]
	fits     *memo[fitKey, int]
	frozen   *memo[painKey, bool]
	joins    *memo[painKey, int]
}

// BriefingInput is everything Recommend needs about one account.
type BriefingInput struct {
	Account  Account
	Holdings []Holding
	Pains    []PainPoint
	// PastOffers are responses from earlier calls, any order.
	PastOffers []PastOffer
	// LastCall is what was heard on the account's latest connected call;
	// nil when there was none. A price objection or a churn risk heard
	// within HeardFor holds offers back as a noted pain would.
	LastCall *HeardOnCall
	// Objection is an earlier connected call on which a price objection,
	// a freeze or a churn risk was heard and that no later call lifted (an
	// offer accepted or liked, growth heard); nil when none. Within
	// HeardFor it holds offers back as LastCall's would.
	Objection *HeardOnCall
	Peers     PeerStats
	// Evidence is what the whole book says (see NewEvidence); nil ranks
	// without it.
	Evidence *Evidence
	Catalog  *Catalog
	// Now is the moment of the briefing; cool-off is measured from it.
	Now time.Time
	// CoolOff is how long a declined product is not suggested; zero means
	// DefaultCoolOff.
	CoolOff time.Duration
}

// DefaultCoolOff is how long a declined offer rests before it is suggested again.
const DefaultCoolOff = 90 * 24 * time.Hour

// Reason is one named contribution to a suggestion's score.
type Reason struct {
	// Points is what this reason adds to the score.
	Points int `json:"points"`
	// Text explains it to a rep.
	Text string `json:"text"`
	// explain writes Text when it is wanted: a briefing weighs every
	// product of the catalogue but writes out only those it offers.
	explain func() string
	// above is, for a reason that the offer is held together with one
	// ranked above it (see spreadAlike), that offer's product id.
	above string
}

// TalkingPoint is one line a rep can say.
type TalkingPoint struct {
	// Kind is the role of the line in the pitch.
	Kind TalkingPointKind `json:"kind"`
	// Text is the line, every placeholder filled.
	Text string `json:"text"`
}

// Suggestion is one offer that fits the account now.
type Suggestion struct {
	// Product is what to offer.
	Product Product
	// Kind is upsell, seats or cross-sell.
	Kind SuggestionKind
	// Quantity is how many to offer: extra seats for a seat upsell, else
	// the quantity the account would move or start with.
	Quantity int
	// Score is the sum of the Reasons' points.
	Score int
	// Reasons explain every point of Score.
	Reasons []Reason
	// Solves lists the ids of the open pain points it addresses.
	Solves []int64
	// TalkingPoints are the lines to say, in pitch order.
	TalkingPoints []TalkingPoint
}

// CoolingOff is a product recently declined or put off, and so not
// suggested.
type CoolingOff struct {
	// Product is the declined product.
	Product Product
	// Response is ResponseDeclined or ResponseNotNow.
	Response Response
	// DeclinedAt is when the customer said no, or not now.
	DeclinedAt time.Time
	// Until is when it may be suggested again.
	Until time.Time
}

// Briefing is what a rep needs to know before and during a call.
type Briefing struct {
	// Guidance is one line of advice for the account's stage.
	Guidance string
	// Suggestions are ranked best first.
	Suggestions []Suggestion
	// Advice says, for the rep, what the fair-offer rules hold back and
	// what to do instead (right-size, adoption help); empty when nothing is
	// held back.
	Advice []string
	// CoolingOff lists declined products resting.
	CoolingOff []CoolingOff
	// InProgress lists products the customer accepted or is interested
	// in, by name: not pitched again.
	InProgress []OfferInProgress
	// ReadAs gives, by pain id, the category the rules read an open pain
	// by when it is not the one it was filed under (a price objection
	// filed as support is read as cost); nil when every pain is read as
	// filed.
	ReadAs map[int64]string
}

// CategoryLabel is how a pain's category is shown: its own, or "support,
// read as cost" when the rules read it by another (see Briefing.ReadAs).
func (b Briefing) CategoryLabel(p PainPoint) string {
	if c, ok := b.ReadAs[p.ID]; ok {
		return p.Category + ", read as " + c
	}
	return p.Category
}

// OfferInProgress is a product whose latest answer was accepted or
// interested.
type OfferInProgress struct {
	Product  Product
	Response Response
	// At is when the customer answered.
	At time.Time
}
