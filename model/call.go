package model

import (
	"crypto/rand"
	"encoding/hex"
	"time"
	"unicode/utf8"
)

// Offer is one suggestion put to the customer during a call and how they
// answered it.
type Offer struct {
	// ProductID is the product offered.
	ProductID string `json:"product_id"`
	// Response is the customer's answer.
	Response Response `json:"response"`
	// Quantity is how many the rep offered when it differs from the
	// suggestion (seats, licences); 0 means the suggestion's own.
	Quantity int `json:"quantity,omitempty"`
}

// Call is a logged call with an account.
type Call struct {
	// ID identifies the call; assigned by the store.
	ID int64 `json:"id"`
	// AccountID is the account called.
	AccountID string `json:"account_id"`
	// ContactID is the person spoken to; empty when unknown.
	ContactID string `json:"contact_id,omitempty"`
	// StartedAt is when the call began.
	StartedAt time.Time `json:"started_at"`
	// Duration is how long it lasted.
	Duration time.Duration `json:"-"`
	// Outcome is how it ended.
	Outcome Outcome `json:"outcome"`
	// Notes are the rep's notes, free text.
	Notes string `json:"notes"`
	// FollowUp is the agreed follow-up date; zero when none.
	FollowUp time.Time `json:"-"`
	// Offers are the offers made and their responses.
	Offers []Offer `json:"offers"`
	// Cues are what the customer signalled, as heard in the notes, in
	// the order they stand there.
	Cues []Cue `json:"cues"`
	// DraftID is the draft the call was written in (Draft.ID): logging
	// the call deletes that draft and no other. Empty for a call logged
	// without one, from the command line or a sync.
	DraftID string `json:"-"`
	// GlobalID is the call's id on every laptop and on the team hub (a
	// UUID); the store assigns one when it is empty.
	GlobalID string `json:"global_id,omitempty"`
	// LoggedBy is the rep who logged the call, as the hub names them;
	// empty for calls logged on this laptop.
	LoggedBy string `json:"logged_by,omitempty"`
}

// PastOffer is an offer response from an earlier call, used for cool-off.
type PastOffer struct {
	// ProductID is the product that was offered.
	ProductID string
	// Response is how the customer answered.
	Response Response
	// At is when the call happened.
	At time.Time
}

// Draft is an unsaved call in progress. It is written to the store within a
// second of every change so that nothing typed during a call is lost. A
// draft belongs to the call being written, not to the account: logging
// another call on the account (from the command line, another window or a
// teammate) never touches it.
type Draft struct {
	// ID identifies the call being written, chosen when it starts
	// (NewDraftID) and kept when it is resumed.
	ID string `json:"id"`
	// AccountID is the account being called.
	AccountID string `json:"account_id"`
	// StartedAt is when the call began.
	StartedAt time.Time `json:"started_at"`
	// Notes is what has been typed so far.
	Notes string `json:"notes"`
	// Offers are the responses recorded so far.
	Offers []Offer `json:"offers"`
	// FollowUp is the follow-up date chosen so far; zero when none.
	FollowUp time.Time `json:"-"`
	// ContactID is the contact picked as on the line; "" when none.
	ContactID string `json:"contact_id,omitempty"`
	// Quantities are the quantities the rep changed by product, also for
	// offers not answered yet.
	Quantities map[string]int `json:"quantities,omitempty"`
	// UpdatedAt is when the draft was last saved.
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks a call before it is stored.
func (c Call) Validate() error {
	if c.AccountID == "" {
		return Errorf(EINVALID, "a call needs an account")
	}
	if _, err := ParseOutcome(string(c.Outcome)); err != nil {
		return err
	}
	if c.StartedAt.IsZero() {
		return Errorf(EINVALID, "a call needs a start time")
	}
	if c.Duration < 0 {
		return Errorf(EINVALID, "a call cannot last less than nothing")
	}
	if c.Duration > MaxCallDuration {
		return Errorf(EINVALID, "a call lasts at most 24 hours; %s is not a call's length", c.Duration)
	}
	if err := ValidateNotes(c.Notes); err != nil {
		return err
	}
	if !c.FollowUp.IsZero() {
		fy, fm, fd := c.FollowUp.Date()
		sy, sm, sd := c.StartedAt.In(c.FollowUp.Location()).Date()
		if fy*10000+int(fm)*100+fd < sy*10000+int(sm)*100+sd {
			return Errorf(EINVALID, "the follow-up date %s is before the call (%s): pick a day from then on",
				c.FollowUp.Format("2006-01-02"), c.StartedAt.In(c.FollowUp.Location()).Format("2006-01-02"))
		}
	}
	seen := map[string]bool{}
	for _, o := range c.Offers {
		if _, err := ParseResponse(string(o.Response)); err != nil {
			return err
		}
		if seen[o.ProductID] {
			return Errorf(EINVALID, "product %q is offered twice in one call; keep one response", o.ProductID)
		}
		seen[o.ProductID] = true
	}
	return nil
}

// MaxNoteChars is the most a call's notes may hold: 20,000 characters,
// about ten pages, so one note can never swell the database.
const MaxNoteChars = 20_000

// MaxCallDuration is the longest a call may last.
const MaxCallDuration = 24 * time.Hour

// ValidateNotes refuses notes that are not UTF-8 text or that are longer
// than MaxNoteChars.
func ValidateNotes(notes string) error {
	if !utf8.ValidString(notes) {
		return Errorf(EINVALID, "the notes are not valid UTF-8 text: type them again, or convert the file they came from to UTF-8")
	}
	if n := utf8.RuneCountInString(notes); n > MaxNoteChars {
		return Errorf(EINVALID, "the notes have %d characters; a call's notes hold at most %d: shorten them", n, MaxNoteChars)
	}
	return nil
}

// NewDraftID returns a fresh draft id: 128 random bits in hex, unique
// across processes and machines without asking the store.
func NewDraftID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}
