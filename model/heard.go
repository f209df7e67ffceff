package model

import "time"

// HeardFor is how long what the customer said on their latest connected
// call holds the briefing back: a price objection or a churn risk heard
// then is not forgotten on the next call, nor held against them for ever.
const HeardFor = 90 * 24 * time.Hour

// HeardOnCall is what the cues of an account's latest connected call
// said: the call's start and the cues saved with its notes.
type HeardOnCall struct {
	// At is when the call started.
	At time.Time
	// Cues are the cues found in its notes, in the order they stand.
	Cues []Cue
}

// heardPainID is the id of the cost pain a price objection heard on the
// latest call stands for; stored pains have positive ids.
const heardPainID = -1

// heard returns the first cue of kind on the account's latest connected
// call, when that call is recent enough to speak for the account now.
func (in BriefingInput) heard(kind CueKind) (Cue, time.Time, bool) {
	last := in.LastCall
	if last == nil || in.Now.Sub(last.At) > HeardFor || last.At.After(in.Now) {
		return Cue{}, time.Time{}, false
	}
	for _, c := range last.Cues {
		if c.Kind == kind {
			return c, last.At, true
		}
	}
	return Cue{}, time.Time{}, false
}

// heardCostPain is the open cost pain a price objection on the latest
// connected call stands for, in the words heard ("pay way too much"); ok
// is false when none was heard lately. It counts as a medium one: the
// rules then hold back upgrades and seats, not every offer.
func (in BriefingInput) heardCostPain() (PainPoint, bool) {
	c, at, ok := in.heard(CuePrice)
	if !ok {
		return PainPoint{}, false
	}
	return PainPoint{ID: heardPainID, AccountID: in.Account.ID, Category: PainCost, Title: c.Text, Severity: 2, Status: PainOpen, NotedAt: at}, true
}

// heardOnCall reports whether a pain is one heard on the latest call
// rather than one noted on the account.
func heardOnCall(p PainPoint) bool { return p.ID == heardPainID }
