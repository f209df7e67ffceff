package model

import (
	"strconv"
	"time"
)

// AccountBrief is what a rep reads before a call besides the briefing:
// follow-ups still open, every offer made and its answer, and how the same
// offers went with similar accounts.
type AccountBrief struct {
	// FollowUps are the follow-ups agreed and still open (no connected
	// call since, not marked done), earliest due first.
	FollowUps []OpenFollowUp
	// Offers are the offers made on calls, newest first.
	Offers []OfferRecord
	// Peers tells, per product offered to this account, how similar
	// accounts answered when it was offered to them.
	Peers map[string]PeerAnswers
}

// OpenFollowUp is a follow-up date agreed on a call and not done yet.
type OpenFollowUp struct {
	// CallID is the call that agreed it.
	CallID int64 `json:"call_id"`
	// Due is the follow-up day.
	Due time.Time `json:"-"`
	// AgreedAt is when that call started.
	AgreedAt time.Time `json:"-"`
	// Outcome is how that call ended.
	Outcome Outcome `json:"outcome"`
}

// OfferRecord is one offer made on a call and the answer.
type OfferRecord struct {
	ProductID   string   `json:"product_id"`
	ProductName string   `json:"product_name"`
	Response    Response `json:"response"`
	// Seats is set when the product was held when offered: the offer was
	// more seats of it, Quantity of them when known.
	Seats    bool      `json:"seats,omitempty"`
	Quantity int       `json:"quantity,omitempty"`
	At       time.Time `json:"-"`
}

// What names the offer as a rep says it: "+8 seats of CRM Pro", "more
// seats of CRM Pro", or the product: declining more seats of a product is
// not declining the product.
func (o OfferRecord) What() string {
	switch {
	case o.Seats && o.Quantity == 1:
		return "+1 seat of " + o.ProductName
	case o.Seats && o.Quantity > 1:
		return "+" + strconv.Itoa(o.Quantity) + " seats of " + o.ProductName
	case o.Seats:
		return "more seats of " + o.ProductName
	}
	return o.ProductName
}

// PeerAnswers counts how similar accounts (same industry and size band,
// this account left out) answered a product when it was offered.
type PeerAnswers struct {
	// Offered counts the accounts it was offered to; Accepted those that
	// accepted it at least once.
	Offered  int `json:"offered"`
	Accepted int `json:"accepted"`
}

// Text says it in words: "4 of 9 similar accounts offered it accepted";
// "" when it was never offered to one.
func (p PeerAnswers) Text() string {
	switch {
	case p.Offered == 0:
		return ""
	case p.Offered == 1 && p.Accepted == 1:
		return "the one similar account offered it accepted"
	case p.Offered == 1:
		return "the one similar account offered it did not accept"
	case p.Accepted == 0:
		return "none of the " + strconv.Itoa(p.Offered) + " similar accounts offered it accepted"
	}
	return strconv.Itoa(p.Accepted) + " of " + strconv.Itoa(p.Offered) + " similar accounts offered it accepted"
}

// Reach lists how to reach a contact: phone, then e-mail, whichever are
// known.
func (c Contact) Reach() []string {
	var out []string
	if c.Phone != "" {
		out = append(out, c.Phone)
	}
	if c.Email != "" {
		out = append(out, c.Email)
	}
	return out
}
